package org.zhifa.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.organisation.StaffRegister;
import org.zhifa.organisation.StaffRegister.StaffFacts;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Who may handle a case: two distinct officers holding an enforcement certificate (行政处罚法 Art 42); an auxiliary
 * (执法辅助人员) never (浙江省综合行政执法条例 Art 30), whatever the staff register says.
 */
@Component
class HandlerRules {

	static final String AUXILIARY = "auxiliary";

	static final String OFFICER = "officer";

	private final StaffRegister staff;

	private final OrganisationDirectory directory;

	HandlerRules(StaffRegister staff, OrganisationDirectory directory) {
		this.staff = staff;
		this.directory = directory;
	}

	/** The problems with a pair of handlers, each naming its form field; empty when they may handle the case. */
	List<FieldError> check(String field1, String handler1, String field2, String handler2) {
		List<FieldError> errors = new ArrayList<>();
		checkOne(field1, handler1).ifPresent(errors::add);
		checkOne(field2, handler2).ifPresent(errors::add);
		if (errors.isEmpty() && handler1.strip().equals(handler2.strip())) {
			errors.add(new FieldError(field2, "承办人须为两名不同的执法人员（行政处罚法第四十二条）"));
		}
		return errors;
	}

	/** The problem with one handler, if any. */
	Optional<FieldError> checkOne(String field, String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.of(new FieldError(field, "请指定承办人"));
		}
		String id = userId.strip();
		List<String> groups = new ArrayList<>(directory.groupsOf(id));
		if (new HashSet<>(groups).contains(AUXILIARY) && !groups.contains(OFFICER)) {
			return Optional.of(new FieldError(field, "执法辅助人员不得担任承办人：" + id));
		}
		Optional<StaffFacts> facts = staff.find(id);
		if (facts.isEmpty()) {
			return Optional.of(new FieldError(field, "人员不存在：" + id));
		}
		if (!facts.get().certified()) {
			return Optional.of(new FieldError(field, "承办人须持有行政执法证：" + id));
		}
		return Optional.empty();
	}

}
