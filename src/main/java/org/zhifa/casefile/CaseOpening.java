package org.zhifa.casefile;

import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.intake.ClueFiledEvent;
import org.zhifa.process.Values;
import org.zhifa.security.SystemAuthority;

/**
 * Opens the case of a filed clue, in the transaction that files it: the case record under a new case number and
 * {@code PenaltyCaseProcess} for the ordinary procedure or {@code SimpleProcedureProcess} for the simple one, with the
 * case number as business key. A clue opens one case only, so a retried filing changes nothing.
 */
@Component
class CaseOpening {

	private static final Logger LOG = LoggerFactory.getLogger(CaseOpening.class);

	private final Cases cases;

	private final CaseNumbers numbers;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	CaseOpening(Cases cases, CaseNumbers numbers, RuntimeService runtimeService, SystemAuthority authority) {
		this.cases = cases;
		this.numbers = numbers;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	@EventListener
	@Transactional
	public void on(ClueFiledEvent event) {
		if (cases.findByClueNo(event.clueNo()).isPresent()) {
			return;
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		String caseNo = numbers.next(CaseNumbers.Kind.FILING, now.atZone(Values.ZONE).getYear());
		CaseRecord record = CaseRecord.open(caseNo, event.clueNo(), event.procedure(), event.handlingSquad(),
				event.catalogueVersion(), now);

		if (record.state() == CaseState.AWAITING_SIMPLE_PROCEDURE) {
			ProcessInstance instance = authority.run(() -> runtimeService.startProcessInstanceByKey(
					SimpleProcedureProcess.KEY, caseNo, Variables.createVariables()
						.putValue(SimpleProcedureProcess.CASE_NO, caseNo)
						.putValue(SimpleProcedureProcess.CLUE_NO, event.clueNo())
						.putValue(SimpleProcedureProcess.SQUAD, event.handlingSquad())
						.putValue(SimpleProcedureProcess.CATALOGUE_VERSION, event.catalogueVersion())
						.putValue(SimpleProcedureProcess.LINE_AREA, event.lineArea())
						.putValue(SimpleProcedureProcess.ITEM_CODE, event.itemCode())));
			record.startedAs(instance.getId());
			cases.save(record);
			LOG.info("Case {} opened for clue {}: SimpleProcedureProcess {}", caseNo, event.clueNo(), instance.getId());
			return;
		}
		ProcessInstance instance = authority.run(() -> runtimeService.startProcessInstanceByKey(PenaltyCaseProcess.KEY,
				caseNo, Variables.createVariables()
					.putValue(PenaltyCaseProcess.CASE_NO, caseNo)
					.putValue(PenaltyCaseProcess.CLUE_NO, event.clueNo())
					.putValue(PenaltyCaseProcess.SQUAD, event.handlingSquad())
					.putValue(PenaltyCaseProcess.CATALOGUE_VERSION, event.catalogueVersion())
					.putValue(PenaltyCaseProcess.LINE_AREA, event.lineArea())
					.putValue(PenaltyCaseProcess.ITEM_CODE, event.itemCode())));
		record.startedAs(instance.getId());
		cases.save(record);
		LOG.info("Case {} opened for clue {}: PenaltyCaseProcess {}", caseNo, event.clueNo(), instance.getId());
	}

}
