package org.zhifa.intake;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.organisation.Organisation;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.routing.RoutingRequest;
import org.zhifa.routing.RoutingResult;
import org.zhifa.routing.RoutingService;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.NotFoundException;

/**
 * What the steps of {@code ClueIntakeProcess} do to a clue, in the engine's transaction.
 */
@Service
@Transactional
class ClueManagement implements ClueService {

	static final Set<String> HANDLING_BODIES = Set.of("COMPREHENSIVE", "MARKET_REGULATION", "PLANNING_RESOURCES",
			"TRANSPORT", "FINANCE", "AUDIT", "STATISTICS", "MEDICAL_INSURANCE", "JUSTICE", "DISTRICT");

	static final Set<String> PROCEDURES = Set.of("SIMPLE", "ORDINARY");

	private static final Logger LOG = LoggerFactory.getLogger(ClueManagement.class);

	private final Clues clues;

	private final RoutingService routingService;

	private final OrganisationDirectory directory;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	ClueManagement(Clues clues, RoutingService routingService, OrganisationDirectory directory, Outbox outbox,
			ApplicationEventPublisher events) {
		this.clues = clues;
		this.routingService = routingService;
		this.directory = directory;
		this.outbox = outbox;
		this.events = events;
	}

	@Override
	public RoutingResult route(String clueNo) {
		Clue clue = find(clueNo);
		RoutingResult routing = routingService.route(
				new RoutingRequest(clue.lineArea(), clue.itemCode(), clue.areaCode(), clue.territorial()));

		clue.routed(routing);
		clues.save(clue);
		LOG.info("Clue {} routed to {} {} (catalogue version {})", clueNo, routing.handlingBody(), routing.squad(),
				routing.catalogueVersion());
		return routing;
	}

	@Override
	public void classify(String clueNo, String lineArea, String itemCode) {
		Clue clue = find(clueNo);
		routingService.decisionVariables(new RoutingRequest(lineArea, itemCode, clue.areaCode(), clue.territorial()));

		clue.classify(blankToNull(lineArea), blankToNull(itemCode));
		clues.save(clue);
	}

	@Override
	public void dispatchManually(String clueNo, String handlingBody, String squad) {
		if (!HANDLING_BODIES.contains(handlingBody)) {
			throw InvalidRequestException.of("handlingBody", "未知的办理主体：" + handlingBody);
		}
		boolean squadKnown = directory.unit(squad).map(Organisation.Unit::kind)
			.filter(Organisation.UnitKind.SQUAD::equals).isPresent();
		if ("COMPREHENSIVE".equals(handlingBody) && !squadKnown) {
			throw InvalidRequestException.of("squad", "综合行政执法队办理须指定中队");
		}

		Clue clue = find(clueNo);
		clue.dispatched(handlingBody, "COMPREHENSIVE".equals(handlingBody) ? squad : null);
		clues.save(clue);
	}

	@Override
	public void fileCase(String clueNo, String procedure) {
		if (!PROCEDURES.contains(procedure)) {
			throw InvalidRequestException.of("procedure", "应为 SIMPLE 或 ORDINARY");
		}
		Clue clue = find(clueNo);
		if (clue.state() == ClueState.FILED) {
			return;
		}

		clue.filed(procedure);
		clues.save(clue);
		events.publishEvent(new ClueFiledEvent(clueNo, procedure, clue.squad(),
				clue.catalogueVersion() == null ? 0 : clue.catalogueVersion(), clue.lineArea(), clue.itemCode(),
				clue.areaCode()));
		LOG.info("Clue {} filed as a case ({})", clueNo, procedure);
	}

	@Override
	public void recordNotFiled(String clueNo, ClueIntakeProcess.NotFiledReason reason, String educationRecord) {
		if (reason == null) {
			throw InvalidRequestException.of("notFiledReason", "必填");
		}
		if (reason == ClueIntakeProcess.NotFiledReason.MINOR_FIRST_VIOLATION
				&& (educationRecord == null || educationRecord.isBlank())) {
			throw InvalidRequestException.of("educationRecord", "首违或轻微违法不予立案须记录教育情况");
		}

		Clue clue = find(clueNo);
		clue.notFiled(reason, blankToNull(educationRecord));
		clues.save(clue);
		LOG.info("Clue {} not filed: {}", clueNo, reason);
	}

	@Override
	public String sendTransferLetter(String clueNo) {
		Clue clue = find(clueNo);
		String letterNo = "YS-" + clueNo;

		outbox.enqueue(clueNo, "TRANSFER_LETTER", clue.handlingBody(), "案件线索移送函 " + letterNo,
				"现将线索 " + clueNo + "（" + clue.location() + "）移送贵单位依法处理，请办结后反馈。线索摘要：" + clue.description());
		clue.transferred(letterNo);
		clues.save(clue);
		return letterNo;
	}

	@Override
	public void remindTransfer(String clueNo, int reminderNo) {
		Clue clue = find(clueNo);
		outbox.enqueue(clueNo, "TRANSFER_REMINDER", clue.handlingBody(), "移送反馈催办（第" + reminderNo + "次）",
				"线索 " + clueNo + " 已以 " + clue.transferLetterNo() + " 移送，尚未收到办理情况反馈，请尽快反馈。");
	}

	@Override
	public void recordTransferFeedback(String clueNo, String feedback) {
		Clue clue = find(clueNo);
		clue.transferAnswered(feedback);
		clues.save(clue);
	}

	@Override
	public void sendOutcomeToSource(String clueNo) {
		Clue clue = find(clueNo);
		String recipient = recipientOf(clue);
		if (recipient != null) {
			outbox.enqueue(clueNo, "OUTCOME", recipient, "线索办理结果 " + clueNo, outcomeText(clue));
		}
		clue.close();
		clues.save(clue);
	}

	/**
	 * Tells the source of the clue what became of the case filed from it, through the outbox.
	 * @param outcome the case's final state, e.g. PAID, NO_PENALTY, TRANSFERRED, WITHDRAWN
	 */
	public void sendCaseOutcomeToSource(String clueNo, String caseNo, String outcome, String decisionNo) {
		Clue clue = find(clueNo);
		String recipient = recipientOf(clue);
		if (recipient == null) {
			return;
		}
		String decision = decisionNo == null ? "" : "，处罚决定书 " + decisionNo;
		outbox.enqueue(clueNo, "CASE_OUTCOME", recipient, "案件办理结果 " + caseNo,
				"线索 " + clueNo + " 立案的案件 " + caseNo + " 已办结（" + caseOutcomeText(outcome) + decision + "）。");
	}

	private static String caseOutcomeText(String outcome) {
		return switch (outcome) {
			case "PAID" -> "已作出处罚决定并缴纳罚款";
			case "SERVED" -> "已作出处罚决定并送达";
			case "NO_PENALTY" -> "不予行政处罚";
			case "TRANSFERRED" -> "已移送司法机关";
			case "WITHDRAWN" -> "已撤销立案";
			case "FILING_REFUSED" -> "不予立案";
			case "REVOKED" -> "处罚决定已被复议机关或人民法院撤销";
			case "ENFORCEMENT_APPLIED" -> "已申请人民法院强制执行";
			default -> outcome;
		};
	}

	private static String recipientOf(Clue clue) {
		return switch (clue.source()) {
			case COMPLAINT -> clue.replyOwed() ? "complainant:" + clue.clueNo() : null;
			case PATROL, NON_SITE_CAPTURE -> null;
			default -> clue.sourceUnit();
		};
	}

	private static String outcomeText(Clue clue) {
		return switch (clue.state()) {
			case FILED -> "线索 " + clue.clueNo() + " 经核查已立案查处。";
			case NOT_FILED -> "线索 " + clue.clueNo() + " 经核查不予立案，理由：" + notFiledText(clue.outcomeReason()) + "。";
			default -> "线索 " + clue.clueNo() + " 已移送 " + clue.handlingBody() + " 处理"
					+ (clue.transferFeedback() == null ? "。" : "，办理情况：" + clue.transferFeedback());
		};
	}

	private static String notFiledText(String reason) {
		return switch (ClueIntakeProcess.NotFiledReason.valueOf(reason)) {
			case NO_VIOLATION -> "未发现违法行为";
			case TIME_BARRED -> "已超过行政处罚追诉时效（行政处罚法第三十六条）";
			case MINOR_FIRST_VIOLATION -> "违法行为轻微或初次违法且危害后果轻微，已予教育（行政处罚法第三十三条）";
		};
	}

	private Clue find(String clueNo) {
		return clues.findById(clueNo).orElseThrow(() -> new NotFoundException("线索不存在：" + clueNo));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
