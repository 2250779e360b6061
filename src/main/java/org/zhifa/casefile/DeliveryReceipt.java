package org.zhifa.casefile;

import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/v1/deliveries/receipts}: the e-delivery platform confirms that a document reached the
 * party's system (民事诉讼法 Art 90: the day it arrives is the day of service).
 *
 * @param documentNo the number of the document delivered: the decision number
 * @param receiptId the platform's id of the receipt, which makes a repeated receipt recognisable
 * @param deliveredAt when the document reached the party
 */
public record DeliveryReceipt(String documentNo, String receiptId, OffsetDateTime deliveredAt) {
}
