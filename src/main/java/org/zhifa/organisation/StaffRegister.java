package org.zhifa.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff facts the identity store cannot hold: unit, certificate (执法证) and legal qualification.
 */
@Repository
@DependsOnDatabaseInitialization
public class StaffRegister {

	private final JdbcClient jdbc;

	public StaffRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's facts, if recorded. */
	public Optional<StaffFacts> find(String userId) {
		return jdbc.sql("SELECT user_id, unit_code, certified, legal_qualification FROM staff_member WHERE user_id = ?")
			.param(userId)
			.query((rs, row) -> new StaffFacts(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional();
	}

	/**
	 * Records the facts of a declared user.
	 * @return whether anything changed
	 */
	boolean record(StaffMember member) {
		StaffFacts wanted = new StaffFacts(member.id(), member.unit(), member.certified(), member.legalQualification());
		Optional<StaffFacts> existing = find(member.id());
		if (existing.filter(wanted::equals).isPresent()) {
			return false;
		}

		Timestamp now = Timestamp.from(Instant.now());
		if (existing.isPresent()) {
			jdbc.sql("UPDATE staff_member SET unit_code = ?, certified = ?, legal_qualification = ?, updated_at = ? "
					+ "WHERE user_id = ?")
				.params(wanted.unitCode(), wanted.certified(), wanted.legalQualification(), now, wanted.userId())
				.update();
		}
		else {
			jdbc.sql("INSERT INTO staff_member (user_id, unit_code, certified, legal_qualification, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(wanted.userId(), wanted.unitCode(), wanted.certified(), wanted.legalQualification(), now)
				.update();
		}
		return true;
	}

	/**
	 * @param certified holds a law-enforcement certificate; only certified officers handle cases
	 * @param legalQualification may do a first legal review (法制审核)
	 */
	public record StaffFacts(String userId, String unitCode, boolean certified, boolean legalQualification) {
	}

}
