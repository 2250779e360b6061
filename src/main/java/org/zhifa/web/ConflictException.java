package org.zhifa.web;

/**
 * The request conflicts with the current state (a task claimed by someone else, a record changed meanwhile):
 * answered as a 409 problem detail.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
