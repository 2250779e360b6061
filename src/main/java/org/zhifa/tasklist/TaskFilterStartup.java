package org.zhifa.tasklist;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.OrganisationDirectory;

/** At start-up: creates or updates the shared Tasklist filters of the organisation's roles and squads. */
@Component
class TaskFilterStartup implements InitializingBean {

	private final OrganisationDirectory directory;

	private final TaskFilterSetup setup;

	TaskFilterStartup(OrganisationDirectory directory, TaskFilterSetup setup) {
		this.directory = directory;
		this.setup = setup;
	}

	@Override
	public void afterPropertiesSet() {
		setup.synchronise(TaskFilters.of(directory.organisation()));
	}

}
