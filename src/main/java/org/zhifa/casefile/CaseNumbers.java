package org.zhifa.casefile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues the case's numbers, gap-free per year: the filing number (the case number, e.g. 西湖综执立〔2026〕第0001号)
 * and the decision number (e.g. 西湖综执罚〔2026〕第0001号). The patterns are {@link String#format} patterns with
 * the year as the first and the number as the second argument ({@code zhifa.casefile.filing-number-pattern},
 * {@code zhifa.casefile.decision-number-pattern}).
 *
 * <p>The increment takes a row lock held until the transaction ends, so a rolled-back step gives its number back and
 * concurrent steps queue rather than skip.
 */
@Component
class CaseNumbers {

	enum Kind {
		FILING, DECISION
	}

	private final JdbcClient jdbc;

	private final String filingPattern;

	private final String decisionPattern;

	CaseNumbers(JdbcClient jdbc,
			@Value("${zhifa.casefile.filing-number-pattern:西湖综执立〔%1$d〕第%2$04d号}") String filingPattern,
			@Value("${zhifa.casefile.decision-number-pattern:西湖综执罚〔%1$d〕第%2$04d号}") String decisionPattern) {
		this.jdbc = jdbc;
		this.filingPattern = filingPattern;
		this.decisionPattern = decisionPattern;
	}

	String next(Kind kind, int year) {
		if (increment(kind, year) == 0) {
			try {
				jdbc.sql("INSERT INTO case_number_counter (number_kind, counter_year, last_no) VALUES (?, ?, 0)")
					.params(kind.name(), year).update();
			}
			catch (DuplicateKeyException ex) {
				// Another transaction opened the year first; its row is now there to increment.
			}
			increment(kind, year);
		}
		int number = jdbc.sql("SELECT last_no FROM case_number_counter WHERE number_kind = ? AND counter_year = ?")
			.params(kind.name(), year).query(Integer.class).single();
		return (kind == Kind.FILING ? filingPattern : decisionPattern).formatted(year, number);
	}

	private int increment(Kind kind, int year) {
		return jdbc.sql("UPDATE case_number_counter SET last_no = last_no + 1 WHERE number_kind = ? AND counter_year = ?")
			.params(kind.name(), year).update();
	}

}
