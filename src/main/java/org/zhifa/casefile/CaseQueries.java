package org.zhifa.casefile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.NotFoundException;

/**
 * Reads cases for the API, with the visibility rule of the clues: the squad's members and the case's handlers see
 * it, and team leaders, the command centre, the sub-centre, legal reviewers and auditors see every case. A case the
 * caller may not see answers 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	static final Set<String> SEE_ALL = Set.of("dispatcher", "sub-dispatcher", "team-leader", "legal-reviewer",
			"enforcement-leader", "auditor", "COMMAND_CENTRE", "COMPREHENSIVE_SUB_CENTRE", "camunda-admin");

	private final Cases cases;

	private final TaskService taskService;

	private final SystemAuthority authority;

	private final List<CaseFileSection> sections;

	CaseQueries(Cases cases, TaskService taskService, SystemAuthority authority, List<CaseFileSection> sections) {
		this.cases = cases;
		this.taskService = taskService;
		this.authority = authority;
		this.sections = sections.stream().sorted(Comparator.comparing(CaseFileSection::name)).toList();
	}

	/**
	 * @throws NotFoundException when the case does not exist or the caller may not see it
	 */
	public CaseView find(String caseNo) {
		CaseRecord record = cases.findById(caseNo).filter(this::visible)
			.orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
		return CaseView.of(record, authority.run(() -> openTasks(record)), sections(record.caseNo()));
	}

	boolean visible(CaseRecord record) {
		String caller = authority.currentUser();
		return caller != null && record.handlerIds().contains(caller) || authority.callerInAny(SEE_ALL)
				|| record.squad() != null && authority.callerInAny(Set.of(record.squad()));
	}

	private Map<String, Object> sections(String caseNo) {
		Map<String, Object> found = new LinkedHashMap<>();
		sections.forEach(section -> section.read(caseNo).ifPresent(value -> found.put(section.name(), value)));
		return found;
	}

	private List<CaseView.OpenTask> openTasks(CaseRecord record) {
		if (record.processInstanceId() == null) {
			return List.of();
		}
		return taskService.createTaskQuery().processInstanceBusinessKey(record.caseNo()).list().stream()
			.map(task -> new CaseView.OpenTask(task.getId(), task.getName(), task.getAssignee(), task.getDueDate(),
					task.getFollowUpDate()))
			.toList();
	}

}
