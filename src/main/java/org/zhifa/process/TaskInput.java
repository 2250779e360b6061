package org.zhifa.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.InvalidRequestException;

/**
 * Collects the problems with what a user task is completed with, for the completion checks that re-check on the
 * server what the forms check in the browser (Camunda Forms validate only there).
 */
public final class TaskInput {

	private final VariableScope task;

	private final List<FieldError> errors = new ArrayList<>();

	/** @param task the task being completed, or the execution of a step that checks a start form */
	public TaskInput(VariableScope task) {
		this.task = task;
	}

	public Object value(String variable) {
		return task.getVariable(variable);
	}

	public String requireText(String variable, String message) {
		String text = Values.text(value(variable));
		if (text == null) {
			errors.add(new FieldError(variable, message));
		}
		return text;
	}

	public <E extends Enum<E>> E requireValue(String variable, Class<E> values, String message) {
		Object value = value(variable);
		for (E constant : values.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.add(new FieldError(variable, message));
		return null;
	}

	public boolean requireFlag(String variable, String message) {
		Object value = value(variable);
		if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
			errors.add(new FieldError(variable, message));
			return false;
		}
		return Values.flag(value);
	}

	public void add(FieldError error) {
		errors.add(error);
	}

	public void addAll(List<FieldError> more) {
		errors.addAll(more);
	}

	/** @throws InvalidRequestException naming every offending variable, if any */
	public void verify() {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
