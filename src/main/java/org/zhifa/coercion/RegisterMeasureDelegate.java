package org.zhifa.coercion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseSummaries;
import org.zhifa.casefile.CaseSummaries.CaseSummary;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueItem;
import org.zhifa.coercion.CoerciveMeasureProcess.MeasureKind;
import org.zhifa.process.Values;
import org.zhifa.security.TaskRefusedException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;

/**
 * {@code Task_RegisterMeasure} (登记强制措施), right after the start: the starter must be a certified officer of the
 * case's squad; the case must exist and be open; the proposal is checked field by field (400) and recorded. Writes
 * the case's squad, party and cause, the first officer and {@code measureId}; the business key is the case number.
 */
@Component("registerMeasureDelegate")
class RegisterMeasureDelegate implements JavaDelegate {

	private final CaseSummaries cases;

	private final Catalogue catalogue;

	private final ActingOfficers officers;

	private final CoerciveMeasureManagement measures;

	RegisterMeasureDelegate(CaseSummaries cases, Catalogue catalogue, ActingOfficers officers,
			CoerciveMeasureManagement measures) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.officers = officers;
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String starter = starter(execution);
		CaseSummary summary = openCase(Values.text(execution.getVariable(CASE_NO)));
		checkStarter(starter, summary);
		CoerciveMeasure.Proposal proposal = new ProposalInput(execution, officers).read(starter);
		checkBusinessKey(execution, summary.caseNo());

		long id = measures.propose(summary.caseNo(), proposal);
		execution.setVariable(MEASURE_ID, id);
		execution.setVariable(SQUAD, summary.squad());
		execution.setVariable(PARTY_NAME, summary.partyName() == null ? "（尚未登记）" : summary.partyName());
		execution.setVariable(CAUSE, cause(summary));
		execution.setVariable(OFFICER_1, starter);
		execution.setVariable(EMERGENCY, proposal.takenAt() != null);
		execution.setVariable(CONVERTED_TO_SEIZURE, false);
	}

	private static String starter(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new TaskRefusedException("行政强制措施须由本案所属中队的持证执法人员提出");
		}
		return authentication.getUserId();
	}

	private CaseSummary openCase(String caseNo) {
		CaseSummary summary = cases.find(caseNo)
			.orElseThrow(() -> InvalidRequestException.of(CASE_NO, "案件不存在：" + caseNo));
		if (!summary.open()) {
			throw InvalidRequestException.of(CASE_NO, "案件已终结，不得采取强制措施：" + caseNo);
		}
		return summary;
	}

	private void checkStarter(String starter, CaseSummary summary) {
		officers.officerProblem(starter).ifPresent(problem -> {
			throw new TaskRefusedException(problem);
		});
		if (summary.squad() == null || !officers.belongsTo(starter, summary.squad())) {
			throw new TaskRefusedException("只有本案所属中队的执法人员可以提出强制措施：" + starter);
		}
	}

	private static void checkBusinessKey(DelegateExecution execution, String caseNo) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isBlank()) {
			execution.setProcessBusinessKey(caseNo);
		}
		else if (!businessKey.equals(caseNo)) {
			throw InvalidRequestException.of(CASE_NO, "业务键须为案件编号：" + caseNo);
		}
	}

	private String cause(CaseSummary summary) {
		if (summary.itemCode() == null) {
			return summary.lineArea();
		}
		return catalogue.item(summary.catalogueVersion(), summary.itemCode()).map(CatalogueItem::itemName)
			.orElse(summary.itemCode());
	}

	/** Reads and checks the start form. */
	private record ProposalInput(DelegateExecution execution, ActingOfficers officers, List<FieldError> errors) {

		ProposalInput(DelegateExecution execution, ActingOfficers officers) {
			this(execution, officers, new ArrayList<>());
		}

		CoerciveMeasure.Proposal read(String starter) {
			MeasureKind kind = kind();
			String reason = text(MEASURE_REASON, "请填写采取强制措施的理由");
			String basis = text(MEASURE_LEGAL_BASIS, "请填写法律依据");
			String items = text(MEASURE_ITEMS, "请填写场所、设施或者财物清单：每行一项，写明名称和数量");
			String place = text(MEASURE_PLACE, "请填写实施地点");
			String second = secondOfficer(starter);
			Instant takenAt = takenAt(kind);
			if (!errors.isEmpty()) {
				throw new InvalidRequestException(errors);
			}
			return new CoerciveMeasure.Proposal(kind, reason, basis, items, place, starter, second, takenAt);
		}

		private MeasureKind kind() {
			Object value = execution.getVariable(MEASURE_KIND);
			for (MeasureKind kind : MeasureKind.values()) {
				if (kind.name().equals(value)) {
					return kind;
				}
			}
			errors.add(new FieldError(MEASURE_KIND, "请选择措施种类：查封、扣押或先行登记保存"));
			return null;
		}

		private String text(String variable, String message) {
			String text = Values.text(execution.getVariable(variable));
			if (text == null) {
				errors.add(new FieldError(variable, message));
			}
			return text;
		}

		private String secondOfficer(String starter) {
			String second = text(OFFICER_2, "请指定第二名执法人员（行政强制法第十八条第二项）");
			if (second == null) {
				return null;
			}
			if (second.equals(starter)) {
				errors.add(new FieldError(OFFICER_2, "实施行政强制措施须由两名以上执法人员（行政强制法第十八条第二项）"));
			}
			else {
				officers.officerProblem(second).ifPresent(problem -> errors.add(new FieldError(OFFICER_2, problem)));
			}
			return second;
		}

		private Instant takenAt(MeasureKind kind) {
			if (!Values.flag(execution.getVariable(EMERGENCY))) {
				return null;
			}
			if (kind == MeasureKind.EVIDENCE_PRESERVATION) {
				errors.add(new FieldError(EMERGENCY, "先行登记保存须经负责人事先批准（行政处罚法第五十六条），不得当场先行实施"));
				return null;
			}
			Instant takenAt = Values.instant(execution.getVariable(MEASURE_TAKEN_AT));
			if (takenAt == null || takenAt.isAfter(CoerciveMeasureManagement.now())) {
				errors.add(new FieldError(MEASURE_TAKEN_AT, "请填写当场实施的时间（不得晚于现在）"));
			}
			return takenAt;
		}

	}

}
