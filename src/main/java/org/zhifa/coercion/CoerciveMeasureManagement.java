package org.zhifa.coercion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.coercion.CoerciveMeasure.Outcome;
import org.zhifa.deadline.DateInterval;
import org.zhifa.process.Values;
import org.zhifa.web.NotFoundException;

/**
 * What the steps of {@code CoerciveMeasureProcess} do to the measure's record, in the engine's transaction: a failing
 * step rolls back the engine's state and our rows together.
 */
@Service
@Transactional
class CoerciveMeasureManagement {

	private static final Logger LOG = LoggerFactory.getLogger(CoerciveMeasureManagement.class);

	private final CoerciveMeasures measures;

	private final SeizureTerms terms;

	CoerciveMeasureManagement(CoerciveMeasures measures, SeizureTerms terms) {
		this.measures = measures;
		this.terms = terms;
	}

	long propose(String caseNo, CoerciveMeasure.Proposal proposal) {
		CoerciveMeasure measure = measures.save(CoerciveMeasure.proposed(caseNo, proposal, now()));
		LOG.info("Case {}: coercive measure {} ({}) proposed{}", caseNo, measure.id(), measure.kind(),
				measure.emergency() ? " after an emergency" : "");
		return measure.id();
	}

	void decide(long id, MeasureApproval approval) {
		CoerciveMeasure measure = find(id);
		measure.decide(approval);
		measures.save(measure);
		LOG.info("Case {}: coercive measure {} {} approval {}", measure.caseNo(), id, approval.kind(),
				approval.approved() ? "given" : "refused");
	}

	/**
	 * Records what was done on the spot; for a seal-up or seizure the term starts on the day of the hand-over.
	 * @return the measure as recorded
	 */
	CoerciveMeasure carryOut(long id, CoerciveMeasure.OnSite onSite, Instant reportedAt, Boolean reportedInTime) {
		CoerciveMeasure measure = find(id);
		measure.carryOut(onSite, reportedAt, reportedInTime);
		if (measure.kind().hasTerm()) {
			LocalDate start = LocalDate.ofInstant(onSite.handedOverAt(), Values.ZONE);
			measure.term(start, terms.end(start, null, List.of()));
		}
		LOG.info("Case {}: coercive measure {} carried out", measure.caseNo(), id);
		return measures.save(measure);
	}

	/** @return the measure with its term moved by the extension */
	CoerciveMeasure extend(long id, int days, String reason) {
		CoerciveMeasure measure = find(id);
		measure.extend(days, reason, now());
		LOG.info("Case {}: term of coercive measure {} extended by {} days", measure.caseNo(), id, days);
		return retermed(measure);
	}

	/** @return the measure with its term moved by the testing days */
	CoerciveMeasure addTesting(long id, TestingInterval testing) {
		CoerciveMeasure measure = find(id);
		measure.addTesting(testing);
		LOG.info("Case {}: coercive measure {} sent for {}", measure.caseNo(), id, testing.testingKind());
		return retermed(measure);
	}

	void convertToSeizure(long id) {
		CoerciveMeasure measure = find(id);
		measure.convertToSeizure(now());
		measures.save(measure);
		LOG.info("Case {}: preserved evidence {} to be seized", measure.caseNo(), id);
	}

	void conclude(long id, Outcome outcome, String note) {
		CoerciveMeasure measure = find(id);
		measure.conclude(outcome, note, now());
		measures.save(measure);
		LOG.info("Case {}: coercive measure {} concluded: {}", measure.caseNo(), id, outcome);
	}

	void release(long id, CoerciveMeasure.Release release) {
		CoerciveMeasure measure = find(id);
		measure.release(release, now());
		measures.save(measure);
		LOG.info("Case {}: coercive measure {} released ({})", measure.caseNo(), id, release.reason());
	}

	@Transactional(readOnly = true)
	CoerciveMeasure measure(long id) {
		return find(id);
	}

	@Transactional(readOnly = true)
	List<CoerciveMeasure> measuresOf(String caseNo) {
		return measures.findByCaseNoOrderById(caseNo);
	}

	private CoerciveMeasure retermed(CoerciveMeasure measure) {
		List<DateInterval> excluded = measure.testingIntervals().stream()
			.map(TestingInterval::interval).toList();
		measure.term(measure.termStart(), terms.end(measure.termStart(), measure.extensionDays(), excluded));
		return measures.save(measure);
	}

	private CoerciveMeasure find(long id) {
		return measures.findById(id).orElseThrow(() -> new NotFoundException("强制措施记录不存在：" + id));
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
