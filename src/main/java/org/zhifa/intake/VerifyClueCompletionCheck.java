package org.zhifa.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.intake.ClueIntakeProcess.NotFiledReason;
import org.zhifa.intake.ClueIntakeProcess.Procedure;
import org.zhifa.intake.ClueIntakeProcess.VerificationOutcome;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.intake.ClueIntakeProcess.EDUCATION_RECORD;
import static org.zhifa.intake.ClueIntakeProcess.NOT_FILED_REASON;
import static org.zhifa.intake.ClueIntakeProcess.PROCEDURE;
import static org.zhifa.intake.ClueIntakeProcess.VERIFICATION_NOTES;
import static org.zhifa.intake.ClueIntakeProcess.VERIFICATION_OUTCOME;

/**
 * Task listener on the completion of {@code Task_VerifyClue} (核查线索): re-checks on the server what the form
 * {@code verify-clue} checks in the browser, since Camunda Forms validate only there. Refuses the completion with an
 * {@link InvalidRequestException} naming every offending variable: the outcome and the findings are required; filing
 * needs the procedure; not filing needs the reason, and a minor or first violation (行政处罚法 Art 33) the education
 * given.
 */
@Component("verifyClueCompletionCheck")
class VerifyClueCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		List<FieldError> errors = new ArrayList<>();
		requireText(task, VERIFICATION_NOTES, "请填写核查情况", errors);
		VerificationOutcome outcome = requireValue(task, VERIFICATION_OUTCOME, VerificationOutcome.class,
				"请选择核查结论", errors);

		if (outcome == VerificationOutcome.FILE) {
			requireValue(task, PROCEDURE, Procedure.class, "立案须选择适用程序（简易程序或普通程序）", errors);
		}
		if (outcome == VerificationOutcome.NOT_FILE) {
			NotFiledReason reason = requireValue(task, NOT_FILED_REASON, NotFiledReason.class, "不予立案须选择理由",
					errors);
			if (reason == NotFiledReason.MINOR_FIRST_VIOLATION) {
				requireText(task, EDUCATION_RECORD, "首违轻微不予立案须记录对当事人的教育情况（行政处罚法第三十三条）",
						errors);
			}
		}

		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static void requireText(DelegateTask task, String variable, String message, List<FieldError> errors) {
		if (!(task.getVariable(variable) instanceof String text) || text.isBlank()) {
			errors.add(new FieldError(variable, message));
		}
	}

	private static <E extends Enum<E>> E requireValue(DelegateTask task, String variable, Class<E> values,
			String message, List<FieldError> errors) {
		Object value = task.getVariable(variable);
		E found = Arrays.stream(values.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
		if (found == null) {
			errors.add(new FieldError(variable, message));
		}
		return found;
	}

}
