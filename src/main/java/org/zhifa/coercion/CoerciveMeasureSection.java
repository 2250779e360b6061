package org.zhifa.coercion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseFileSection;
import org.zhifa.coercion.CoerciveMeasureProcess.MeasureKind;
import org.zhifa.coercion.CoerciveMeasureProcess.PartySignature;
import org.zhifa.coercion.CoerciveMeasureProcess.ReleaseReason;

/**
 * The coercive measures of a case in {@code GET /api/v1/cases/{caseNo}}, under {@code sections.coerciveMeasures}.
 */
@Component
class CoerciveMeasureSection implements CaseFileSection {

	private final CoerciveMeasureManagement measures;

	CoerciveMeasureSection(CoerciveMeasureManagement measures) {
		this.measures = measures;
	}

	@Override
	public String name() {
		return "coerciveMeasures";
	}

	@Override
	public Optional<Object> read(String caseNo) {
		List<MeasureView> found = measures.measuresOf(caseNo).stream().map(MeasureView::of).toList();
		return found.isEmpty() ? Optional.empty() : Optional.of(found);
	}

	/** A measure as the case file shows it. */
	record MeasureView(MeasureKind kind, MeasureKind convertedFrom, CoerciveMeasure.State state, String reason,
			String legalBasis, String items, String place, List<String> officers, Instant proposedAt,
			Emergency emergency, List<MeasureApproval> approvals, OnSite onSite, Term term,
			CoerciveMeasure.Outcome outcome, String outcomeNote, Release release, Instant closedAt) {

		static MeasureView of(CoerciveMeasure m) {
			return new MeasureView(m.kind(), m.convertedFrom(), m.state(), m.reason(), m.legalBasis(), m.items(),
					m.place(), List.of(m.officer1(), m.officer2()), m.proposedAt(), Emergency.of(m), m.approvals(),
					OnSite.of(m), Term.of(m), m.outcome(), m.outcomeNote(), Release.of(m), m.closedAt());
		}

	}

	/** Taken on the spot and reported to the head afterwards (行政强制法 Art 19); absent otherwise. */
	record Emergency(Instant takenAt, Instant reportedAt, Boolean reportedInTime) {

		static Emergency of(CoerciveMeasure m) {
			return m.emergency() ? new Emergency(m.takenAt(), m.reportedAt(), m.reportedInTime()) : null;
		}

	}

	/** The document handed over on the spot and how the party signed. */
	record OnSite(String documentNo, LocalDate documentDate, Instant handedOverAt, PartySignature partySignature,
			String signatureNote) {

		static OnSite of(CoerciveMeasure m) {
			return m.documentNo() == null ? null : new OnSite(m.documentNo(), m.documentDate(), m.handedOverAt(),
					m.partySignature(), m.signatureNote());
		}

	}

	/** The term of a seal-up or seizure, its extension and the excluded testing intervals. */
	record Term(LocalDate start, LocalDate end, Integer extensionDays, String extensionReason, Instant extendedAt,
			List<TestingInterval> testing) {

		static Term of(CoerciveMeasure m) {
			return m.termStart() == null ? null : new Term(m.termStart(), m.termEnd(), m.extensionDays(),
					m.extensionReason(), m.extendedAt(), m.testingIntervals());
		}

	}

	/** The release decision and the return of the items. */
	record Release(ReleaseReason reason, String documentNo, LocalDate itemsReturnedOn) {

		static Release of(CoerciveMeasure m) {
			return m.releaseReason() == null ? null : new Release(m.releaseReason(), m.releaseDocumentNo(),
					m.itemsReturnedOn());
		}

	}

}
