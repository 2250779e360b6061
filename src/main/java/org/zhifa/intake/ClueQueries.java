package org.zhifa.intake;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.routing.RoutingRequest;
import org.zhifa.routing.RoutingResult;
import org.zhifa.routing.RoutingService;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.NotFoundException;

/**
 * Reads clues for the API, with the visibility rule: officers see the clues of their squad, senders see what they
 * sent, and the command centre, the sub-centre, team leaders and auditors see every clue. A clue the caller may not
 * see answers 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class ClueQueries {

	static final Set<String> SEE_ALL = Set.of("dispatcher", "sub-dispatcher", "team-leader", "auditor",
			"COMMAND_CENTRE", "COMPREHENSIVE_SUB_CENTRE", "camunda-admin");

	private final Clues clues;

	private final TaskService taskService;

	private final SystemAuthority authority;

	private final RoutingService routingService;

	ClueQueries(Clues clues, TaskService taskService, SystemAuthority authority, RoutingService routingService) {
		this.clues = clues;
		this.taskService = taskService;
		this.authority = authority;
		this.routingService = routingService;
	}

	/**
	 * @throws NotFoundException when the clue does not exist or the caller may not see it
	 */
	public ClueView find(String clueNo) {
		Clue clue = clues.findById(clueNo).filter(this::visible)
			.orElseThrow(() -> new NotFoundException("线索不存在：" + clueNo));
		return ClueView.of(clue, authority.run(() -> openTasks(clue)));
	}

	/**
	 * The registration's answer for the one who registered it, whatever squad the clue goes to. The process routes
	 * the clue in a job of its own, so that a routing failure never loses a registered clue; until it has, the answer
	 * carries the routing the decision tables give now, marked as not yet recorded.
	 */
	public RegistrationAnswer registrationAnswer(String clueNo) {
		Clue clue = clues.findById(clueNo).orElseThrow(() -> new NotFoundException("线索不存在：" + clueNo));
		if (clue.handlingBody() != null || clue.lineArea() == null && clue.itemCode() == null) {
			return RegistrationAnswer.of(clue);
		}
		RoutingResult routing = routingService.route(
				new RoutingRequest(clue.lineArea(), clue.itemCode(), clue.areaCode(), clue.territorial()));
		return RegistrationAnswer.of(clue, routing);
	}

	/** Whether the caller may see the clue and act on it as its handler, sender or overseer. */
	boolean visible(Clue clue) {
		String caller = authority.currentUser();
		return caller.equals(clue.registeredBy()) || authority.callerInAny(SEE_ALL)
				|| clue.squad() != null && authority.callerInAny(Set.of(clue.squad()))
				|| clue.sourceUnit() != null && authority.callerInAny(Set.of(clue.sourceUnit()))
				|| clue.handlingBody() != null && authority.callerInAny(Set.of(clue.handlingBody()));
	}

	private List<ClueView.OpenTask> openTasks(Clue clue) {
		if (clue.processInstanceId() == null) {
			return List.of();
		}
		return taskService.createTaskQuery().processInstanceId(clue.processInstanceId()).list().stream()
			.map(task -> new ClueView.OpenTask(task.getId(), task.getName(), candidateGroup(task), task.getAssignee(),
					task.getDueDate(), task.getFollowUpDate()))
			.toList();
	}

	private String candidateGroup(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId).findFirst().orElse(null);
	}

}
