package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordInvestigationReport} (登记调查终结报告): records the facts, evidence, legal basis and the proposed penalty.
 * Writes {@code proposedFine} back as a number for the decision table and the later checks.
 */
@Component("recordInvestigationReportDelegate")
class RecordInvestigationReportDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordInvestigationReportDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		InvestigationReport report = new InvestigationReport(Values.text(execution.getVariable(FACTS)),
				Values.strings(execution.getVariable(EVIDENCE_REFS)), Values.text(execution.getVariable(LEGAL_BASIS)),
				Values.strings(execution.getVariable(PROPOSED_PENALTY_KINDS)),
				Values.money(execution.getVariable(PROPOSED_FINE)));

		cases.recordInvestigationReport((String) execution.getVariable(CASE_NO), report);

		execution.setVariable(PROPOSED_FINE, report.proposedFine().doubleValue());
		execution.setVariable(PROPOSED_PENALTY_KINDS, String.join(",", report.proposedPenaltyKinds()));
		execution.setVariable(PENALTY_KINDS, org.camunda.spin.plugin.variable.SpinValues
			.jsonValue(org.camunda.spin.Spin.JSON(report.proposedPenaltyKinds()).toString()).create());
		java.math.BigDecimal confiscation = Values.money(execution.getVariable(CONFISCATION_VALUE));
		execution.setVariable(CONFISCATION_VALUE, confiscation == null ? 0.0 : confiscation.doubleValue());
		execution.setVariable(COMPLEX, Values.flag(execution.getVariable(COMPLEX)));
		execution.setVariable(PUBLIC_INTEREST, Values.flag(execution.getVariable(PUBLIC_INTEREST)));
	}

}
