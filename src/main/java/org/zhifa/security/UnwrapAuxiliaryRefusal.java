package org.zhifa.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps an exception thrown by a task listener in a generic one, which the REST API answers with 500. This
 * interceptor, outermost around every command, re-throws the {@link AuxiliaryRefusedException} itself, so that the
 * REST API answers 403 as for any other authorization failure. The transaction has already been rolled back.
 */
class UnwrapAuxiliaryRefusal extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return next.execute(command);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof AuxiliaryRefusedException refusal) {
					throw refusal;
				}
			}
			throw ex;
		}
	}

}
