package org.zhifa.intake;

/**
 * Where a clue stands. Every state but CLOSED is open: a later report of the same matter links to it.
 */
public enum ClueState {

	REGISTERED, ROUTED, MANUAL_DISPATCH, VERIFYING, TRANSFERRED, FILED, NOT_FILED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED && this != FILED && this != NOT_FILED;
	}

}
