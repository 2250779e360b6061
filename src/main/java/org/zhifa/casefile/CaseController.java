package org.zhifa.casefile;

import java.io.IOException;
import java.io.InputStream;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/cases}: the case record, its state and its open deadlines; recusal requests for its handlers; its
 * evidence files.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final CaseQueries queries;

	private final CaseRecusals recusals;

	private final CaseEvidenceFiles evidence;

	CaseController(CaseQueries queries, CaseRecusals recusals, CaseEvidenceFiles evidence) {
		this.queries = queries;
		this.recusals = recusals;
		this.evidence = evidence;
	}

	@GetMapping("/{caseNo}")
	CaseView find(@PathVariable String caseNo) {
		return queries.find(caseNo);
	}

	/** Accepted: the head decides the request in Tasklist (决定回避申请). */
	@PostMapping("/{caseNo}/recusals")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RecusalAccepted requestRecusal(@PathVariable String caseNo, @Valid @RequestBody RecusalRequest request) {
		recusals.request(caseNo, request);
		return new RecusalAccepted(caseNo, request.recusedHandler().strip(), request.requestedBy());
	}

	/** The answer to a recusal request: it waits for the head's decision. */
	record RecusalAccepted(String caseNo, String recusedHandler, RecusalRequest.Requester requestedBy) {
	}

	/** Adds an evidence file to the case: 201 with its SHA-256, size and who collected it when. */
	@PostMapping(path = "/{caseNo}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CaseEvidenceFiles.EvidenceFile addEvidence(@PathVariable String caseNo,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "description", required = false) String description) {
		return evidence.add(caseNo, file == null ? null : upload(file), description);
	}

	private static CaseEvidenceFiles.Upload upload(MultipartFile file) {
		return new CaseEvidenceFiles.Upload() {

			@Override
			public String fileName() {
				return file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
			}

			@Override
			public String contentType() {
				return file.getContentType();
			}

			@Override
			public long size() {
				return file.getSize();
			}

			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}

		};
	}

}
