package org.zhifa.security;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Auxiliary staff (执法辅助人员) never decide (浙江省综合行政执法条例 Art 30; 行政强制法 Art 17): they may be assigned or
 * complete only user tasks that the model marks with the extension property {@value #AUXILIARY_ALLOWED}{@code =true}
 * (collecting information, serving documents).
 *
 * <p>Attached to every user task by {@link AuxiliaryGuardPlugin} for the {@code assignment} and {@code complete}
 * events. A refused claim or completion is an {@link AuxiliaryRefusedException}, which rolls the whole command back and
 * which the REST API answers with 403.
 */
public class AuxiliaryGuard implements TaskListener {

	/** The user-task property that lets auxiliaries do the task. */
	public static final String AUXILIARY_ALLOWED = "auxiliaryAllowed";

	/** The role group of auxiliary staff. */
	public static final String AUXILIARY_GROUP = "auxiliary";

	/** The role group of certified officers; a certified officer who is also listed as auxiliary is not refused. */
	public static final String OFFICER_GROUP = "officer";

	@Override
	public void notify(DelegateTask task) {
		if (allowsAuxiliaries(task)) {
			return;
		}

		String actor = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
				: currentUser();
		if (actor != null && isAuxiliaryOnly(actor)) {
			throw new AuxiliaryRefusedException(task.getName());
		}
	}

	private static boolean allowsAuxiliaries(DelegateTask task) {
		UserTask element = task.getBpmnModelElementInstance();
		ExtensionElements extensions = element == null ? null : element.getExtensionElements();
		if (extensions == null) {
			return false;
		}
		return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.anyMatch(AuxiliaryGuard::isAllowedFlag);
	}

	private static boolean isAllowedFlag(CamundaProperty property) {
		return AUXILIARY_ALLOWED.equals(property.getCamundaName()) && "true".equals(property.getCamundaValue());
	}

	private static String currentUser() {
		Authentication authentication = Context.getCommandContext().getAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

	private static boolean isAuxiliaryOnly(String userId) {
		Collection<String> groups = Context.getCommandContext().runWithoutAuthorization(() -> Context
			.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupMember(userId).list()
			.stream().map(group -> group.getId()).toList());
		return groups.contains(AUXILIARY_GROUP) && !groups.contains(OFFICER_GROUP);
	}

}
