package org.zhifa.web;

/**
 * A record the caller asked for does not exist (or is not visible to them): answered as a 404 problem detail.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
