package org.zhifa.hearing;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.hearing.HearingProcess.Attendance;
import org.zhifa.web.NotFoundException;

/**
 * What the steps of {@code HearingProcess} do to the hearing record, in the engine's transaction.
 */
@Service
@Transactional
class HearingManagement {

	private static final Logger LOG = LoggerFactory.getLogger(HearingManagement.class);

	private final Hearings hearings;

	HearingManagement(Hearings hearings) {
		this.hearings = hearings;
	}

	/** Opens the hearing of a case on the party's request. */
	long open(String caseNo, Instant requestedAt) {
		Hearing hearing = hearings.save(Hearing.requested(caseNo, requestedAt));
		LOG.info("Case {}: hearing {} requested", caseNo, hearing.id());
		return hearing.id();
	}

	void schedule(long id, Hearing.Schedule schedule) {
		Hearing hearing = find(id);
		hearing.schedule(schedule);
		hearings.save(hearing);
		LOG.info("Case {}: hearing {} scheduled", hearing.caseNo(), id);
	}

	void noticeServed(long id, Instant at) {
		Hearing hearing = find(id);
		hearing.noticeServed(at);
		hearings.save(hearing);
	}

	void hold(long id, Attendance attendance, String summary, Boolean signed, String refusalNote) {
		Hearing hearing = find(id);
		hearing.hold(attendance, summary, signed, refusalNote, now());
		hearings.save(hearing);
		LOG.info("Case {}: hearing {} {}", hearing.caseNo(), id, attendance == Attendance.APPEARED ? "held" : "waived");
	}

	void report(long id, String report) {
		Hearing hearing = find(id);
		hearing.report(report, now());
		hearings.save(hearing);
	}

	@Transactional(readOnly = true)
	List<Hearing> hearingsOf(String caseNo) {
		return hearings.findByCaseNoOrderById(caseNo);
	}

	private Hearing find(long id) {
		return hearings.findById(id).orElseThrow(() -> new NotFoundException("听证记录不存在：" + id));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
