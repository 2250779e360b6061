package org.zhifa.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues clue numbers such as {@code XS2026-000123}: a readable, gap-free sequence per year.
 *
 * <p>The increment takes a row lock held until the registering transaction ends, so a rolled-back registration gives
 * its number back and concurrent registrations queue rather than skip.
 */
@Component
class ClueNumbers {

	private final JdbcClient jdbc;

	private final String prefix;

	ClueNumbers(JdbcClient jdbc, @Value("${zhifa.intake.clue-number-prefix:XS}") String prefix) {
		this.jdbc = jdbc;
		this.prefix = prefix;
	}

	String next(int year) {
		int updated = increment(year);
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO clue_number_counter (counter_year, last_no) VALUES (?, 0)").param(year).update();
			}
			catch (DuplicateKeyException ex) {
				// Another registration opened the year first; its row is now there to increment.
			}
			increment(year);
		}
		int number = jdbc.sql("SELECT last_no FROM clue_number_counter WHERE counter_year = ?").param(year)
			.query(Integer.class).single();
		return "%s%d-%06d".formatted(prefix, year, number);
	}

	private int increment(int year) {
		return jdbc.sql("UPDATE clue_number_counter SET last_no = last_no + 1 WHERE counter_year = ?").param(year).update();
	}

}
