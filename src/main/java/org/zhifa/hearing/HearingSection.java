package org.zhifa.hearing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseFileSection;
import org.zhifa.hearing.HearingProcess.Attendance;
import org.zhifa.hearing.HearingProcess.NonPublicReason;

/** The hearings of a case in {@code GET /api/v1/cases/{caseNo}}, under {@code sections.hearings}. */
@Component
class HearingSection implements CaseFileSection {

	private final HearingManagement hearings;

	HearingSection(HearingManagement hearings) {
		this.hearings = hearings;
	}

	@Override
	public String name() {
		return "hearings";
	}

	@Override
	public Optional<Object> read(String caseNo) {
		List<HearingView> found = hearings.hearingsOf(caseNo).stream().map(HearingView::of).toList();
		return found.isEmpty() ? Optional.empty() : Optional.of(found);
	}

	/** A hearing as the case file shows it. */
	record HearingView(Hearing.State state, Instant requestedAt, String presidingOfficer, String recorder,
			Instant scheduledAt, String place, Boolean publicHearing, NonPublicReason nonPublicReason, String agents,
			Instant noticeServedAt, Attendance partyAttendance, String recordSummary, Boolean recordSigned,
			String signatureRefusalNote, String report, Instant heldAt, Instant closedAt) {

		static HearingView of(Hearing h) {
			return new HearingView(h.state(), h.requestedAt(), h.presidingOfficer(), h.recorder(), h.scheduledAt(),
					h.place(), h.publicHearing(), h.nonPublicReason(), h.agents(), h.noticeServedAt(),
					h.partyAttendance(), h.recordSummary(), h.recordSigned(), h.signatureRefusalNote(), h.report(),
					h.heldAt(), h.closedAt());
		}

	}

}
