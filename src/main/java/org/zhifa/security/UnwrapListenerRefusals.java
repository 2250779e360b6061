package org.zhifa.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidTaskInputException;

/**
 * The engine wraps an exception thrown by a listener or delegate in a generic one, which the REST API (and so
 * Tasklist) answers with 500. This interceptor, outermost around every command, re-throws our refusals as what they
 * are: a {@link TaskRefusedException} (an auxiliary, a handler reviewing their own case) stays an authorization
 * failure (403), and an {@link InvalidRequestException} from a server-side check of task input becomes an
 * {@link InvalidTaskInputException}, a bad user request (400) that keeps its field errors. The transaction has
 * already been rolled back.
 */
class UnwrapListenerRefusals extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return next.execute(command);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof TaskRefusedException refusal) {
					throw refusal;
				}
				if (cause instanceof InvalidTaskInputException invalid) {
					throw invalid;
				}
				if (cause instanceof InvalidRequestException invalid) {
					throw new InvalidTaskInputException(invalid);
				}
			}
			throw ex;
		}
	}

}
