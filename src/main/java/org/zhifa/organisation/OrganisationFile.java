package org.zhifa.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.Resource;

/**
 * Reads the organisation and demo-user YAML files and checks that they refer to each other consistently.
 */
final class OrganisationFile {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	private OrganisationFile() {
	}

	static Organisation readOrganisation(Resource file) {
		Organisation organisation = read(file, Organisation.class);
		for (Organisation.Unit unit : organisation.units()) {
			if (unit.parent() != null && organisation.unit(unit.parent()).isEmpty()) {
				throw invalid(file, "unit " + unit.code() + " has unknown parent " + unit.parent());
			}
			unit.areas().stream().filter(area -> organisation.area(area).isEmpty()).findFirst()
				.ifPresent(area -> { throw invalid(file, "unit " + unit.code() + " has unknown area " + area); });
			unit.lineAreas().stream().filter(line -> organisation.lineArea(line).isEmpty()).findFirst()
				.ifPresent(line -> { throw invalid(file, "unit " + unit.code() + " has unknown line area " + line); });
		}
		return organisation;
	}

	static List<StaffMember> readStaff(Resource file, Organisation organisation) {
		List<StaffMember> staff = read(file, StaffFile.class).users();
		for (StaffMember member : staff) {
			if (organisation.unit(member.unit()).isEmpty()) {
				throw invalid(file, "user " + member.id() + " has unknown unit " + member.unit());
			}
			member.roles().stream().filter(role -> !organisation.hasRole(role)).findFirst()
				.ifPresent(role -> { throw invalid(file, "user " + member.id() + " has unknown role " + role); });
		}
		return staff;
	}

	private static <T> T read(Resource file, Class<T> type) {
		try (InputStream in = file.getInputStream()) {
			return YAML.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Organisation file cannot be read: " + file.getDescription(), ex);
		}
	}

	private static IllegalStateException invalid(Resource file, String problem) {
		return new IllegalStateException("Organisation file " + file.getDescription() + ": " + problem);
	}

	private record StaffFile(List<StaffMember> users) {
	}

}
