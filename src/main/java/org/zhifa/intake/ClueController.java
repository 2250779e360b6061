package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/clues}: intake of clues from every source, the clue record, and the feedback of transfers.
 */
@RestController
@RequestMapping("/api/v1/clues")
class ClueController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ClueRegistrar registrar;

	private final ClueQueries queries;

	private final TransferFeedbacks transferFeedbacks;

	ClueController(ClueRegistrar registrar, ClueQueries queries, TransferFeedbacks transferFeedbacks) {
		this.registrar = registrar;
		this.queries = queries;
		this.transferFeedbacks = transferFeedbacks;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegistrationAnswer> register(@Valid @RequestBody ClueRegistration registration,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		return answer(registerOnce(registration, List.of(), idempotencyKey));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RegistrationAnswer> registerWithEvidence(@Valid @RequestPart("clue") ClueRegistration registration,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		List<EvidenceUpload> uploads = evidence == null ? List.of()
				: evidence.stream().filter(file -> !file.isEmpty()).map(ClueController::upload).toList();
		return answer(registerOnce(registration, uploads, idempotencyKey));
	}

	@GetMapping("/{clueNo}")
	ClueView find(@PathVariable String clueNo) {
		return queries.find(clueNo);
	}

	@PostMapping(path = "/{clueNo}/transfer-feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> transferFeedback(@PathVariable String clueNo, @RequestBody Map<String, String> body) {
		transferFeedbacks.receive(clueNo, body.get("feedback"));
		return ResponseEntity.noContent().build();
	}

	private RegisteredClue registerOnce(ClueRegistration registration, List<EvidenceUpload> uploads, String key) {
		try {
			return registrar.register(registration, uploads, key);
		}
		catch (DuplicateKeyException ex) {
			// A concurrent retry with the same key committed first: its answer is now there to return.
			return registrar.register(registration, uploads, key);
		}
	}

	private ResponseEntity<RegistrationAnswer> answer(RegisteredClue registered) {
		if (registered.linked()) {
			return ResponseEntity.ok(RegistrationAnswer.linkedTo(registered.clueNo()));
		}
		return ResponseEntity.created(URI.create("/api/v1/clues/" + registered.clueNo()))
			.body(queries.registrationAnswer(registered.clueNo()));
	}

	private static EvidenceUpload upload(MultipartFile file) {
		return new EvidenceUpload() {
			@Override
			public String fileName() {
				return file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
			}

			@Override
			public String contentType() {
				return file.getContentType();
			}

			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}
		};
	}

}
