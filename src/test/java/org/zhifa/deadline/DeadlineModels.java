package org.zhifa.deadline;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.RepositoryService;

/**
 * The test models of the deadline package and dates in the calendar's zone.
 */
final class DeadlineModels {

	static final String CHECK_PROCESS = "StatutoryDeadlineCheckProcess";

	static final String DUE_PROCESS = "TaskDueCheckProcess";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private DeadlineModels() {
	}

	static String deploy(RepositoryService repositoryService) {
		return repositoryService.createDeployment()
			.name("deadline-test-models")
			.addClasspathResource("deadline/statutory-deadline-check-process.bpmn")
			.addClasspathResource("deadline/task-due-check-process.bpmn")
			.deploy()
			.getId();
	}

	static void undeploy(RepositoryService repositoryService, String deploymentId) {
		if (deploymentId != null) {
			repositoryService.deleteDeployment(deploymentId, true, true);
		}
	}

	/** A local date-time in Hangzhou. */
	static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
	}

	static OffsetDateTime inShanghai(Date date) {
		return date.toInstant().atZone(SHANGHAI).toOffsetDateTime();
	}

}
