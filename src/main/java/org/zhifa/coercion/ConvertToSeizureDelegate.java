package org.zhifa.coercion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.coercion.CoerciveMeasureProcess.MeasureKind;

import static org.zhifa.coercion.CoerciveMeasureProcess.CONVERTED_TO_SEIZURE;
import static org.zhifa.coercion.CoerciveMeasureProcess.EMERGENCY;
import static org.zhifa.coercion.CoerciveMeasureProcess.MEASURE_KIND;

/**
 * {@code Task_ConvertToSeizure} (转为扣押): the preserved evidence is to be seized (行政处罚法 Art 56), a coercive
 * measure that needs the head's prior approval (行政强制法 Art 18(1)); the measure becomes a seizure and goes back to
 * the approval.
 */
@Component("convertToSeizureDelegate")
class ConvertToSeizureDelegate implements JavaDelegate {

	private final CoerciveMeasureManagement measures;

	ConvertToSeizureDelegate(CoerciveMeasureManagement measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		measures.convertToSeizure(MeasureVariables.measureId(execution));

		execution.setVariable(MEASURE_KIND, MeasureKind.SEIZURE.name());
		execution.setVariable(EMERGENCY, false);
		execution.setVariable(CONVERTED_TO_SEIZURE, true);
	}

}
