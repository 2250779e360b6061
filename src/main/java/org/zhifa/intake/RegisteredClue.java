package org.zhifa.intake;

/**
 * The answer to a registration.
 *
 * @param clueNo the new clue's number, or the open clue the report was linked to
 * @param linked whether the report was linked to an open clue instead of opening a new one
 */
public record RegisteredClue(String clueNo, boolean linked) {
}
