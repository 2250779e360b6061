package org.zhifa.web;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input to a task that the server-side check refused, as the engine's REST API understands it: a form field
 * validation failure, which it answers with 400 (and Tasklist shows next to the form); our API answers 400 with the
 * field errors kept.
 */
public class InvalidTaskInputException extends FormFieldValidationException {

	private final transient List<InvalidRequestException.FieldError> errors;

	public InvalidTaskInputException(InvalidRequestException cause) {
		super(cause.errors(), cause.getMessage(), cause);
		this.errors = cause.errors();
	}

	public List<InvalidRequestException.FieldError> errors() {
		return errors;
	}

}
