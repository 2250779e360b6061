package org.zhifa.casefile;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: the case record, its state and its open deadlines; recusal requests for its handlers.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final CaseQueries queries;

	private final CaseRecusals recusals;

	CaseController(CaseQueries queries, CaseRecusals recusals) {
		this.queries = queries;
		this.recusals = recusals;
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

}
