package org.zhifa.coercion;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.coercion.CoerciveMeasureProcess.TestingKind;
import org.zhifa.deadline.DateInterval;

/**
 * Time that testing, inspection, quarantine or appraisal takes, both days included: not counted in the term of a
 * seal-up or seizure, and notified to the party in writing (行政强制法 Art 25(3)).
 */
@Table("coercive_measure_testing")
public record TestingInterval(TestingKind testingKind, LocalDate firstDay, LocalDate lastDay, LocalDate notifiedOn) {

	DateInterval interval() {
		return new DateInterval(firstDay, lastDay);
	}

}
