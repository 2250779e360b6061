package org.zhifa.coercion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.organisation.StaffRegister;
import org.zhifa.security.AuxiliaryGuard;

import static org.zhifa.coercion.CoerciveMeasureProcess.OFFICER_1;
import static org.zhifa.coercion.CoerciveMeasureProcess.OFFICER_2;

/**
 * Who may carry out a coercive measure: certified enforcement officers, never auxiliaries (行政强制法 Art 17(3);
 * 浙江省综合行政执法条例 Art 30); and who may approve it: never one of the two officers who carry it out.
 */
@Component
class ActingOfficers {

	private final OrganisationDirectory directory;

	private final StaffRegister staff;

	ActingOfficers(OrganisationDirectory directory, StaffRegister staff) {
		this.directory = directory;
		this.staff = staff;
	}

	/** What keeps this person from carrying out a coercive measure, if anything. */
	Optional<String> officerProblem(String userId) {
		List<String> groups = directory.groupsOf(userId);
		if (groups.contains(AuxiliaryGuard.AUXILIARY_GROUP) && !groups.contains(AuxiliaryGuard.OFFICER_GROUP)) {
			return Optional.of("执法辅助人员不得实施行政强制措施（行政强制法第十七条第三款）：" + userId);
		}
		if (staff.find(userId).filter(StaffRegister.StaffFacts::certified).isEmpty()
				|| !groups.contains(AuxiliaryGuard.OFFICER_GROUP)) {
			return Optional.of("行政强制措施须由持有行政执法证的执法人员实施：" + userId);
		}
		return Optional.empty();
	}

	boolean belongsTo(String userId, String group) {
		return directory.groupsOf(userId).contains(group);
	}

	/** Whether the person is one of the two officers carrying out the measure. */
	static boolean isActing(String userId, VariableScope variables) {
		return Stream.of(variables.getVariable(OFFICER_1), variables.getVariable(OFFICER_2))
			.filter(Objects::nonNull).map(officer -> String.valueOf(officer).strip()).anyMatch(userId::equals);
	}

}
