package org.zhifa.enforcement;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/cases/{caseNo}/payment-deferrals}: the party's written application to pay later or
 * in instalments (行政处罚法 Art 66(2)), as the squad received it.
 *
 * @param kind {@code DEFERRAL} (暂缓缴纳) or {@code INSTALMENTS} (分期缴纳)
 * @param reason the economic hardship the party states
 * @param requestedUntil the day the party asks to pay by, or the last instalment's
 * @param requestedInstalments for instalments, how many the party asks for
 * @param receivedAt the day the application was received
 */
public record PaymentDeferralRequest(String kind, String reason, LocalDate requestedUntil,
		Integer requestedInstalments, LocalDate receivedAt) {
}
