package org.zhifa.web;

import java.util.List;

/**
 * Bad input found by a service: answered as a 400 problem detail that lists every offending field at once.
 */
public class InvalidRequestException extends RuntimeException {

	private final transient List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super(summary(errors));
		this.errors = List.copyOf(errors);
	}

	public static InvalidRequestException of(String field, String message) {
		return new InvalidRequestException(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	private static String summary(List<FieldError> errors) {
		return errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
			.orElse("invalid request");
	}

	/**
	 * One problem with the input.
	 * @param field the request field, parameter or, for imports, {@code row N column}
	 * @param message what is wrong, in Chinese for the user
	 */
	public record FieldError(String field, String message) {
	}

}
