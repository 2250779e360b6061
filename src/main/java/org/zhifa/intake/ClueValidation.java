package org.zhifa.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhifa.organisation.Organisation;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.routing.RoutingRequest;
import org.zhifa.routing.RoutingService;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Checks a clue registration beyond its annotations: the codes against the organisation and the catalogue, and the
 * fields each source requires. Reports every problem at once.
 */
@Component
class ClueValidation {

	private static final Set<Organisation.UnitKind> SENDING_UNITS = Set.of(Organisation.UnitKind.BUSINESS_DEPARTMENT,
			Organisation.UnitKind.TERRITORIAL_UNIT, Organisation.UnitKind.DEPARTMENT,
			Organisation.UnitKind.PROFESSIONAL_TEAM, Organisation.UnitKind.COMMAND_CENTRE,
			Organisation.UnitKind.COMMITTEE);

	private final OrganisationDirectory directory;

	private final RoutingService routingService;

	ClueValidation(OrganisationDirectory directory, RoutingService routingService) {
		this.directory = directory;
		this.routingService = routingService;
	}

	/**
	 * @param evidenceFiles how many evidence files come with the registration
	 * @throws InvalidRequestException naming every offending field
	 */
	void check(ClueRegistration registration, int evidenceFiles) {
		List<FieldError> errors = new ArrayList<>();
		checkCodes(registration, errors);
		checkSourceFields(registration, evidenceFiles, errors);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private void checkCodes(ClueRegistration registration, List<FieldError> errors) {
		if (directory.area(registration.areaCode()).isEmpty()) {
			errors.add(new FieldError("areaCode", "未知区域：" + registration.areaCode()));
		}
		if (registration.lineArea() == null && registration.itemCode() == null) {
			return;
		}
		try {
			routingService.decisionVariables(new RoutingRequest(registration.lineArea(), registration.itemCode(),
					null, registration.territorial()));
		}
		catch (InvalidRequestException ex) {
			errors.addAll(ex.errors());
		}
	}

	private void checkSourceFields(ClueRegistration registration, int evidenceFiles, List<FieldError> errors) {
		switch (registration.source()) {
			case DEPARTMENT_TRANSFER -> {
				requireSendingUnit(registration, errors);
				require(registration.sourceReference(), "sourceReference", "部门移送须填写移送函编号", errors);
				if (evidenceFiles == 0) {
					errors.add(new FieldError("evidence", "部门移送须附证据材料"));
				}
			}
			case COMMAND_DISPATCH, SUPERIOR_ASSIGNMENT -> {
				requireSendingUnit(registration, errors);
				require(registration.sourceReference(), "sourceReference", "须填写派单或交办编号", errors);
			}
			case NON_SITE_CAPTURE -> {
				require(registration.deviceId(), "deviceId", "非现场执法须填写设备编号", errors);
				require(registration.capturedRecordId(), "capturedRecordId", "非现场执法须填写抓拍记录编号", errors);
			}
			case JOINT_INSPECTION -> require(registration.sourceReference(), "sourceReference", "须填写检查编号",
					errors);
			case COMPLAINT -> {
				if (Boolean.TRUE.equals(registration.replyOwed())) {
					require(registration.complainantPhone(), "complainantPhone", "需答复的投诉须留联系电话", errors);
				}
			}
			case PATROL -> {
				// The registering officer is the source; nothing more is required.
			}
		}
	}

	private void requireSendingUnit(ClueRegistration registration, List<FieldError> errors) {
		if (registration.sourceUnit() == null || registration.sourceUnit().isBlank()) {
			errors.add(new FieldError("sourceUnit", "必填"));
			return;
		}
		boolean known = directory.unit(registration.sourceUnit())
			.filter(unit -> SENDING_UNITS.contains(unit.kind()))
			.isPresent();
		if (!known) {
			errors.add(new FieldError("sourceUnit", "未知的移送或派单单位：" + registration.sourceUnit()));
		}
	}

	private static void require(String value, String field, String message, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, message));
		}
	}

}
