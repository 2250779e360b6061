package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.deadline.DateInterval;
import org.zhifa.deadline.Deadlines;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.NotFoundException;

import static org.zhifa.casefile.PenaltyCaseProcess.DECIDED_FINE;
import static org.zhifa.casefile.PenaltyCaseProcess.DECIDED_PENALTY_KINDS;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_1;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_2;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_ID_NUMBER;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_NAME;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_TYPE;
import static org.zhifa.casefile.PenaltyCaseProcess.REPLACEMENT_HANDLER;

/**
 * What the steps of {@code PenaltyCaseProcess} do to a case record, in the engine's transaction. Times come from the
 * engine's clock, so that the record and the engine's timers agree.
 */
@Service
@Transactional
class CaseManagement implements CaseService {

	static final String DECISION_LIMIT = "decisionLimit";

	static final String DECISION_LIMIT_EXTENSION = "decisionLimitExtension";

	static final String PUBLIC_NOTICE_SERVICE = "publicNoticeService";

	private static final Logger LOG = LoggerFactory.getLogger(CaseManagement.class);

	private final Cases cases;

	private final CaseNumbers numbers;

	private final HandlerRules handlerRules;

	private final Deadlines deadlines;

	private final PaymentPlatform payments;

	private final ApplicationEventPublisher events;

	CaseManagement(Cases cases, CaseNumbers numbers, HandlerRules handlerRules, Deadlines deadlines,
			PaymentPlatform payments, ApplicationEventPublisher events) {
		this.cases = cases;
		this.numbers = numbers;
		this.handlerRules = handlerRules;
		this.deadlines = deadlines;
		this.payments = payments;
		this.events = events;
	}

	@Override
	public FiledCase fileCase(String caseNo, Filing filing) {
		CaseRecord record = find(caseNo);
		if (record.state() != CaseState.OPENED) {
			return new FiledCase(record.filedAt(), record.decisionDueAt());
		}
		List<FieldError> errors = new ArrayList<>();
		List<String> handlers = filing.handlers();
		errors.addAll(handlerRules.check(HANDLER_1, handlers.size() > 0 ? handlers.get(0) : null, HANDLER_2,
				handlers.size() > 1 ? handlers.get(1) : null));
		if (handlers.size() > 2) {
			errors.add(new FieldError(HANDLER_2, "承办人为两名执法人员"));
		}
		CaseParty party = filing.party();
		errors.addAll(PartyRules.check(PARTY_TYPE, party.partyType() == null ? null : party.partyType().name(),
				PARTY_NAME, party.name(), PARTY_ID_NUMBER, party.idNumber()));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}

		Instant now = now();
		Instant due = deadlines.due(DECISION_LIMIT, java.util.Date.from(now), filing.lineArea()).toInstant();
		record.file(filing, now, due);
		cases.save(record);
		LOG.info("Case {} filed; decision due {}", caseNo, due);
		return new FiledCase(now, due);
	}

	@Override
	public void refuseFiling(String caseNo, String reason) {
		CaseRecord record = find(caseNo);
		if (record.state() == CaseState.FILING_REFUSED) {
			return;
		}
		record.refuseFiling(reason, now());
		cases.save(record);
		LOG.info("Case {}: filing refused", caseNo);
	}

	@Override
	public void decideRecusal(String caseNo, String recusedHandler, boolean granted, String replacementHandler) {
		CaseRecord record = find(caseNo);
		if (!granted || !record.handlerIds().contains(recusedHandler)) {
			LOG.info("Case {}: recusal of {} {}", caseNo, recusedHandler, granted ? "already done" : "refused");
			return;
		}
		handlerRules.checkOne(REPLACEMENT_HANDLER, replacementHandler).ifPresent(error -> {
			throw new InvalidRequestException(List.of(error));
		});
		String replacement = replacementHandler.strip();
		if (replacement.equals(recusedHandler) || record.handlerIds().contains(replacement)) {
			throw InvalidRequestException.of(REPLACEMENT_HANDLER, "须另行指定一名非本案承办人的执法人员");
		}
		record.replaceHandler(recusedHandler, replacement, now());
		cases.save(record);
		LOG.info("Case {}: handler {} recused, replaced by {}", caseNo, recusedHandler, replacement);
	}

	@Override
	public Instant extendDecisionLimit(String caseNo) {
		CaseRecord record = find(caseNo);
		if (record.extendedAt() != null) {
			return record.decisionDueAt();
		}
		Instant due = deadlines.due(DECISION_LIMIT_EXTENSION, java.util.Date.from(record.decisionDueAt()),
				record.lineArea()).toInstant();
		record.extendDecisionLimit(due, now());
		cases.save(record);
		LOG.info("Case {}: decision limit extended to {}", caseNo, due);
		return due;
	}

	@Override
	public Instant excludeFromDecisionLimit(String caseNo, DateInterval excluded) {
		CaseRecord record = find(caseNo);
		Instant due = deadlines.dueExcluding(DECISION_LIMIT, java.util.Date.from(record.filedAt()), record.lineArea(),
				List.of(excluded)).toInstant();
		if (record.extendedAt() != null) {
			due = deadlines.due(DECISION_LIMIT_EXTENSION, java.util.Date.from(due), record.lineArea()).toInstant();
		}
		record.moveDecisionLimit(due);
		cases.save(record);
		LOG.info("Case {}: days {} to {} left out, decision limit now {}", caseNo, excluded.start(), excluded.end(),
				due);
		return due;
	}

	@Override
	public void recordInvestigationReport(String caseNo, InvestigationReport report) {
		CaseRecord record = find(caseNo);
		record.report(report, now());
		cases.save(record);
	}

	@Override
	public void recordProcedureClass(String caseNo, String procedureClass) {
		CaseRecord record = find(caseNo);
		record.classify(procedureClass);
		cases.save(record);
	}

	@Override
	public void recordNoPenalty(String caseNo, String reason) {
		conclude(caseNo, CaseState.NO_PENALTY, reason);
	}

	@Override
	public void transferToJudicialOrgan(String caseNo, String reason) {
		conclude(caseNo, CaseState.TRANSFERRED, reason);
	}

	@Override
	public void withdrawFiling(String caseNo, String reason) {
		conclude(caseNo, CaseState.WITHDRAWN, reason);
	}

	@Override
	public IssuedDecision issueDecision(String caseNo, DecisionInput decision) {
		CaseRecord record = find(caseNo);
		if (record.decisionNo() != null) {
			return new IssuedDecision(record.decisionNo(), record.decidedAt(), record.paymentCode());
		}
		List<FieldError> errors = notHeavier(record, decision);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}

		Instant now = now();
		String decisionNo = numbers.next(CaseNumbers.Kind.DECISION, now.atZone(Values.ZONE).getYear());
		record.decide(decisionNo, decision, now);
		String paymentCode = null;
		if (decision.fine().signum() > 0) {
			paymentCode = payments.issue(caseNo, decisionNo, decision.fine());
			record.paymentCodeIssued(paymentCode);
		}
		cases.save(record);
		LOG.info("Case {}: decision {} made", caseNo, decisionNo);
		return new IssuedDecision(decisionNo, now, paymentCode);
	}

	/**
	 * 行政处罚法 Art 45: the penalty may not be heavier because the party stated or defended. The server compares the
	 * decided penalty with the proposed one of the investigation report: no higher fine and no other kind of penalty.
	 */
	static List<FieldError> notHeavier(CaseRecord record, DecisionInput decision) {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal proposed = record.proposedFine() == null ? BigDecimal.ZERO : record.proposedFine();
		if (decision.fine() == null || decision.fine().signum() < 0) {
			errors.add(new FieldError(DECIDED_FINE, "请填写决定的罚款数额"));
		}
		else if (decision.fine().compareTo(proposed) > 0) {
			errors.add(new FieldError(DECIDED_FINE, "不得因当事人陈述、申辩而加重处罚：罚款不得高于拟处罚的 " + proposed.toPlainString()
					+ " 元（行政处罚法第四十五条）"));
		}
		if (!new HashSet<>(record.proposedPenaltyKinds()).containsAll(decision.penaltyKinds())) {
			errors.add(new FieldError(DECIDED_PENALTY_KINDS, "不得因当事人陈述、申辩而增加处罚种类（行政处罚法第四十五条）"));
		}
		return errors;
	}

	@Override
	public Instant recordService(String caseNo, String method, Instant servedAt) {
		CaseRecord record = find(caseNo);
		Instant effective = PenaltyCaseProcess.ServiceMethod.PUBLIC_NOTICE.name().equals(method)
				? deadlines.due(PUBLIC_NOTICE_SERVICE, java.util.Date.from(servedAt)).toInstant() : servedAt;
		if (record.state() == CaseState.DECIDED) {
			record.served(method, effective);
			cases.save(record);
		}
		return record.servedAt() == null ? effective : record.servedAt();
	}

	@Override
	public IssuedDecision decideOnTheSpot(String caseNo, OnTheSpotDecision decision) {
		CaseRecord record = find(caseNo);
		if (record.decisionNo() != null) {
			return new IssuedDecision(record.decisionNo(), record.decidedAt(), record.paymentCode());
		}
		List<FieldError> errors = new ArrayList<>();
		CaseParty party = decision.party();
		errors.addAll(PartyRules.check(PARTY_TYPE, party.partyType() == null ? null : party.partyType().name(),
				PARTY_NAME, party.name(), PARTY_ID_NUMBER, party.idNumber()));
		List<String> handlers = decision.handlers();
		errors.addAll(handlerRules.check(HANDLER_1, handlers.size() > 0 ? handlers.get(0) : null, HANDLER_2,
				handlers.size() > 1 ? handlers.get(1) : null));
		errors.addAll(SimpleProcedureRules.check(decision));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}

		Instant now = now();
		String decisionNo = numbers.next(CaseNumbers.Kind.DECISION, now.atZone(Values.ZONE).getYear());
		record.decideOnTheSpot(decisionNo, decision, now);
		String paymentCode = null;
		if (decision.fine() != null && decision.fine().signum() > 0 && !decision.collectOnTheSpot()) {
			paymentCode = payments.issue(caseNo, decisionNo, decision.fine());
			record.paymentCodeIssued(paymentCode);
		}
		cases.save(record);
		LOG.info("Case {}: decision {} made on the spot", caseNo, decisionNo);
		return new IssuedDecision(decisionNo, now, paymentCode);
	}

	@Override
	public Instant recordOnTheSpotCollection(String caseNo, String fiscalReceiptNo, BigDecimal amount) {
		CaseRecord record = find(caseNo);
		if (record.fiscalReceiptNo() != null) {
			return record.paidAt();
		}
		if (amount == null || record.decidedFine() == null || amount.compareTo(record.decidedFine()) != 0) {
			throw InvalidRequestException.of(SimpleProcedureProcess.COLLECTED_AMOUNT,
					"收缴金额须与处罚决定的罚款数额一致");
		}
		Instant now = now();
		record.collectOnTheSpot(fiscalReceiptNo, now);
		cases.save(record);
		LOG.info("Case {}: fine collected on the spot", caseNo);
		return now;
	}

	@Override
	public void recordCashHandOver(String caseNo, Instant handedOverAt) {
		CaseRecord record = find(caseNo);
		if (record.handedOverAt() != null) {
			return;
		}
		record.handOverCash(handedOverAt);
		cases.save(record);
	}

	@Override
	public void recordFilingWithOrgan(String caseNo, Instant filedAt) {
		CaseRecord record = find(caseNo);
		if (record.filedWithOrganAt() != null) {
			return;
		}
		record.fileWithOrgan(filedAt);
		cases.save(record);
	}

	@Override
	public void recordRevocation(String caseNo, String reason) {
		CaseRecord record = find(caseNo);
		if (record.revokedAt() != null) {
			return;
		}
		Instant now = now();
		record.revoke(reason, now);
		payments.cancel(record.decisionNo(), now);
		cases.save(record);
		LOG.info("Case {}: decision {} revoked", caseNo, record.decisionNo());
	}

	@Override
	public void recordChangedFine(String caseNo, BigDecimal fine) {
		if (fine == null || fine.signum() <= 0) {
			throw InvalidRequestException.of("changedFine", "请填写变更后的罚款数额");
		}
		CaseRecord record = find(caseNo);
		record.changeFine(fine);
		payments.amend(record.decisionNo(), fine);
		cases.save(record);
		LOG.info("Case {}: fine of decision {} changed", caseNo, record.decisionNo());
	}

	@Override
	public void archive(String caseNo) {
		CaseRecord record = find(caseNo);
		if (record.state() == CaseState.ARCHIVED) {
			return;
		}
		record.archive(now());
		cases.save(record);
	}

	@Override
	public void reportOutcomeToSource(String caseNo) {
		CaseRecord record = find(caseNo);
		CaseState closing = record.closingState() == null ? record.state() : record.closingState();
		String outcome = closing.name();
		events.publishEvent(new CaseClosedEvent(caseNo, record.clueNo(), outcome, record.decisionNo()));
		LOG.info("Case {} closed ({}); outcome published for clue {}", caseNo, outcome, record.clueNo());
	}

	private void conclude(String caseNo, CaseState outcome, String reason) {
		CaseRecord record = find(caseNo);
		if (record.state() == outcome) {
			return;
		}
		record.conclude(outcome, reason, now());
		cases.save(record);
		LOG.info("Case {} concluded: {}", caseNo, outcome);
	}

	private CaseRecord find(String caseNo) {
		return cases.findById(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
