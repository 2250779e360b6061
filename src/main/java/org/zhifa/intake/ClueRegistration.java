package org.zhifa.intake;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/clues}. Fields beyond the common ones depend on the source; {@link ClueValidation}
 * checks those and the codes against the organisation and the catalogue.
 *
 * @param source where the clue comes from
 * @param lineArea the line area, if known
 * @param itemCode the catalogue item, if known; with neither, the sub-centre classifies the clue
 * @param areaCode where it occurred (XIHU_STREET, SCENIC_AREA, XIXI_PARK, XIXI_PERIPHERAL, OUTSIDE)
 * @param territorial a devolved high-frequency item; taken from the catalogue item when absent
 * @param occurredAt when it occurred or was found
 * @param location the place, as precise as known
 * @param description what was found
 * @param sourceUnit the sending unit's code (department transfer, command dispatch, superior assignment)
 * @param sourceReference the sender's number: transfer letter, dispatch order, assignment or inspection number
 * @param deviceId the capturing device (non-site capture)
 * @param capturedRecordId the device's record (non-site capture)
 * @param complainantName the complainant, if not anonymous
 * @param complainantPhone how to reply to the complainant
 * @param replyOwed whether the complainant is owed a reply
 */
public record ClueRegistration(
		@NotNull(message = "必填") ClueSource source,
		@Size(max = 64, message = "过长") String lineArea,
		@Size(max = 64, message = "过长") String itemCode,
		@NotBlank(message = "必填") String areaCode,
		Boolean territorial,
		@NotNull(message = "必填") @PastOrPresent(message = "不能晚于当前时间") OffsetDateTime occurredAt,
		@NotBlank(message = "必填") @Size(max = 200, message = "不超过200字") String location,
		@NotBlank(message = "必填") @Size(max = 2000, message = "不超过2000字") String description,
		@Size(max = 64, message = "过长") String sourceUnit,
		@Size(max = 100, message = "过长") String sourceReference,
		@Size(max = 64, message = "过长") String deviceId,
		@Size(max = 100, message = "过长") String capturedRecordId,
		@Size(max = 100, message = "过长") String complainantName,
		@Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "应为手机号或固定电话") String complainantPhone,
		Boolean replyOwed) {
}
