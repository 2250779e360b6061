package org.zhifa.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An auxiliary tried to be assigned or to complete a task that decides something.
 */
public class AuxiliaryRefusedException extends AuthorizationException {

	public AuxiliaryRefusedException(String taskName) {
		super("执法辅助人员不能办理此任务：" + taskName);
	}

}
