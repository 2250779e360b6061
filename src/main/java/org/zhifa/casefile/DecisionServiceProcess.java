package org.zhifa.casefile;

/**
 * Backing constants of {@code processes/decision-service-process.bpmn} (处罚决定送达与执行), the call activity of
 * {@code PenaltyCaseProcess}: the key and the variables its forms and steps read and write. The element ids are in
 * {@link PenaltyCaseProcess.Elements}.
 */
public final class DecisionServiceProcess {

	public static final String KEY = PenaltyCaseProcess.SERVICE_KEY;

	public static final String CASE_NO = PenaltyCaseProcess.CASE_NO;

	public static final String SQUAD = PenaltyCaseProcess.SQUAD;

	public static final String DECISION_NO = PenaltyCaseProcess.DECISION_NO;

	public static final String DECIDED_AT = PenaltyCaseProcess.DECIDED_AT;

	public static final String DECIDED_FINE = PenaltyCaseProcess.DECIDED_FINE;

	public static final String PAYMENT_CODE = PenaltyCaseProcess.PAYMENT_CODE;

	public static final String FINE_IMPOSED = PenaltyCaseProcess.FINE_IMPOSED;

	public static final String SERVICE_METHOD = PenaltyCaseProcess.SERVICE_METHOD;

	public static final String SERVED_AT = PenaltyCaseProcess.SERVED_AT;

	public static final String E_DELIVERY_CONSENT = PenaltyCaseProcess.E_DELIVERY_CONSENT;

	public static final String DEEMED_SERVED_AT = PenaltyCaseProcess.DEEMED_SERVED_AT;

	public static final String PAID_AT = PenaltyCaseProcess.PAID_AT;


	public static final String MSG_PAYMENT_RECEIVED = PenaltyCaseProcess.MSG_PAYMENT_RECEIVED;

	private DecisionServiceProcess() {
	}

}
