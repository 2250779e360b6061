package org.zhifa.casefile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: the case record, its state and its open deadlines.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final CaseQueries queries;

	CaseController(CaseQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/{caseNo}")
	CaseView find(@PathVariable String caseNo) {
		return queries.find(caseNo);
	}

}
