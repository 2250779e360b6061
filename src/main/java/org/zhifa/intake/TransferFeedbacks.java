package org.zhifa.intake;

import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.NotFoundException;

/**
 * Takes the feedback of the body a clue was transferred to and hands it to the waiting process.
 */
@Service
public class TransferFeedbacks {

	private final Clues clues;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	TransferFeedbacks(Clues clues, RuntimeService runtimeService, SystemAuthority authority) {
		this.clues = clues;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	/**
	 * @throws ForbiddenException unless the caller belongs to the receiving body or the command centre
	 * @throws ConflictException when the clue is not waiting for transfer feedback
	 */
	@Transactional
	public void receive(String clueNo, String feedback) {
		if (feedback == null || feedback.isBlank()) {
			throw InvalidRequestException.of("feedback", "必填");
		}
		Clue clue = clues.findById(clueNo).orElseThrow(() -> new NotFoundException("线索不存在：" + clueNo));
		if (!authority.callerInAny(Set.of(String.valueOf(clue.handlingBody()), "dispatcher", "COMMAND_CENTRE"))) {
			throw new ForbiddenException("只有接收单位或指挥中心可以反馈移送办理情况");
		}

		long waiting = authority.run(() -> runtimeService.createEventSubscriptionQuery()
			.eventName(ClueIntakeProcess.MSG_TRANSFER_FEEDBACK)
			.processInstanceId(clue.processInstanceId()).count());
		if (waiting == 0) {
			throw new ConflictException("线索 " + clueNo + " 未在等待移送反馈");
		}
		authority.run(() -> runtimeService.createMessageCorrelation(ClueIntakeProcess.MSG_TRANSFER_FEEDBACK)
			.processInstanceBusinessKey(clueNo)
			.setVariables(Variables.createVariables().putValue(ClueIntakeProcess.TRANSFER_FEEDBACK, feedback.strip()))
			.correlateWithResult());
	}

}
