package org.zhifa.casefile;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Collects the problems with what a user task is completed with, for the completion checks that re-check on the
 * server what the forms check in the browser (Camunda Forms validate only there).
 */
final class TaskInput {

	private final DelegateTask task;

	private final List<FieldError> errors = new ArrayList<>();

	TaskInput(DelegateTask task) {
		this.task = task;
	}

	Object value(String variable) {
		return task.getVariable(variable);
	}

	String requireText(String variable, String message) {
		String text = Values.text(value(variable));
		if (text == null) {
			errors.add(new FieldError(variable, message));
		}
		return text;
	}

	<E extends Enum<E>> E requireValue(String variable, Class<E> values, String message) {
		Object value = value(variable);
		for (E constant : values.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.add(new FieldError(variable, message));
		return null;
	}

	boolean requireFlag(String variable, String message) {
		Object value = value(variable);
		if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
			errors.add(new FieldError(variable, message));
			return false;
		}
		return Values.flag(value);
	}

	void add(FieldError error) {
		errors.add(error);
	}

	void addAll(List<FieldError> more) {
		errors.addAll(more);
	}

	/** @throws InvalidRequestException naming every offending variable, if any */
	void verify() {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
