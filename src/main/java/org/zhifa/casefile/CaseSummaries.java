package org.zhifa.casefile;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other capabilities may know of a case to act on it: its squad, state, party and cause. For steps that run in
 * the engine (a coercive measure of the case, for example), which check who acts themselves; callers of the API read
 * cases through {@link CaseQueries}, which applies the visibility rule.
 */
@Service
@Transactional(readOnly = true)
public class CaseSummaries {

	/** States in which the case is over: nothing more is done in it. */
	static final Set<CaseState> CLOSED = Set.of(CaseState.FILING_REFUSED, CaseState.NO_PENALTY,
			CaseState.TRANSFERRED, CaseState.WITHDRAWN, CaseState.REVOKED, CaseState.ARCHIVED);

	private final Cases cases;

	CaseSummaries(Cases cases) {
		this.cases = cases;
	}

	/** @return empty when no case has this number */
	public Optional<CaseSummary> find(String caseNo) {
		return caseNo == null ? Optional.empty() : cases.findById(caseNo).map(CaseSummaries::summary);
	}

	private static CaseSummary summary(CaseRecord c) {
		String party = c.parties().isEmpty() ? null : c.parties().get(0).name();
		return new CaseSummary(c.caseNo(), c.state(), !CLOSED.contains(c.state()), c.squad(), party, c.itemCode(),
				c.lineArea(), c.catalogueVersion(), c.handlerIds());
	}

	/**
	 * A case in brief.
	 * @param open whether the case is still being handled (not refused, concluded, transferred or archived)
	 * @param partyName the first party, or {@code null} before the filing names one
	 */
	public record CaseSummary(String caseNo, CaseState state, boolean open, String squad, String partyName,
			String itemCode, String lineArea, int catalogueVersion, List<String> handlers) {
	}

}
