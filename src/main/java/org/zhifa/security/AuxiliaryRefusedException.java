package org.zhifa.security;

/**
 * An auxiliary tried to be assigned or to complete a task that decides something.
 */
public class AuxiliaryRefusedException extends TaskRefusedException {

	public AuxiliaryRefusedException(String taskName) {
		super("执法辅助人员不能办理此任务：" + taskName);
	}

}
