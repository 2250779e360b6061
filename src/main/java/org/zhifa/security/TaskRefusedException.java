package org.zhifa.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A person may not claim or complete a user task for who they are, not for what they entered: an auxiliary on a task
 * that decides something, a handler of the case as its legal reviewer or hearing officer, a first-time legal reviewer
 * without the legal qualification. Thrown by task listeners; the REST API answers it with 403 and the whole command
 * is rolled back.
 */
public class TaskRefusedException extends AuthorizationException {

	public TaskRefusedException(String message) {
		super(message);
	}

}
