package org.zhifa.web;

/**
 * The caller is authenticated but may not do this (wrong squad, auxiliary deciding, separation of duties):
 * answered as a 403 problem detail.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
