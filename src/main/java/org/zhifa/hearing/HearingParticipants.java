package org.zhifa.hearing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.OrganisationDirectory;

import static org.zhifa.hearing.HearingProcess.HANDLER_1;
import static org.zhifa.hearing.HearingProcess.HANDLER_2;

/**
 * Who may preside over a hearing: a member of the organ designated for it, never one of the case's investigators
 * (行政处罚法 Art 64(4)) and never an auxiliary (浙江省综合行政执法条例 Art 30).
 */
@Component
class HearingParticipants {

	static final String AUXILIARY = "auxiliary";

	static final String OFFICER = "officer";

	private final OrganisationDirectory directory;

	HearingParticipants(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/** What keeps this person from presiding over the case's hearing, if anything. */
	Optional<String> presidingProblem(String userId, VariableScope caseVariables) {
		if (isInvestigator(userId, caseVariables)) {
			return Optional.of("听证主持人不得为本案调查人员（行政处罚法第六十四条第四项）：" + userId);
		}
		List<String> groups = directory.groupsOf(userId);
		if (groups.isEmpty()) {
			return Optional.of("人员不存在：" + userId);
		}
		if (groups.contains(AUXILIARY) && !groups.contains(OFFICER)) {
			return Optional.of("执法辅助人员不得主持听证：" + userId);
		}
		return Optional.empty();
	}

	static boolean isInvestigator(String userId, VariableScope caseVariables) {
		return Stream.of(caseVariables.getVariable(HANDLER_1), caseVariables.getVariable(HANDLER_2))
			.filter(Objects::nonNull).map(handler -> String.valueOf(handler).strip()).anyMatch(userId::equals);
	}

}
