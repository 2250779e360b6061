package org.zhifa.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request that a handler withdraw from a case (回避, 行政处罚法 Art 43), made by the party or by an officer.
 * @param recusedHandler the user id of the handler asked to withdraw
 * @param reason why, as the requester gives it
 * @param requestedBy who asks
 */
public record RecusalRequest(@NotBlank(message = "必填") String recusedHandler,
		@NotBlank(message = "必填") @Size(max = 2000, message = "不得超过 2000 个字符") String reason,
		@NotNull(message = "必填：PARTY（当事人）或 OFFICER（执法人员）") Requester requestedBy) {

	/** Who asks for the recusal. */
	public enum Requester {

		/** The party, through the officers who record the request. */
		PARTY,

		/** An officer, such as the handler who knows a reason to withdraw. */
		OFFICER

	}

}
