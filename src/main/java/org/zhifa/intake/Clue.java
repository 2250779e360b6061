package org.zhifa.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.routing.RoutingResult;

/**
 * A clue (线索) from registration to its outcome: the aggregate of the intake, keyed by the clue number, which is
 * also the business key of its {@code ClueIntakeProcess}. Later reports of the same matter and evidence files belong
 * to it. Personal data (the complainant) is kept here and never in process variables or logs.
 */
@Table("clue")
public class Clue {

	@Id
	private String clueNo;

	@Version
	private Long version;

	private ClueSource source;

	private String lineArea;

	private String itemCode;

	private String areaCode;

	private Boolean territorial;

	private OffsetDateTime occurredAt;

	private String location;

	private String description;

	private String sourceUnit;

	private String sourceReference;

	private String deviceId;

	private String capturedRecordId;

	private boolean evidenceReviewed;

	private String complainantName;

	private String complainantPhone;

	private boolean replyOwed;

	private String registeredBy;

	private Instant registeredAt;

	private ClueState state;

	private String handlingBody;

	private String squad;

	private String routingRules;

	private Integer catalogueVersion;

	private String outcomeReason;

	private String educationRecord;

	@Column("procedure_kind")
	private String procedure;

	private String transferLetterNo;

	private String transferFeedback;

	private String processInstanceId;

	@MappedCollection(idColumn = "clue_no", keyColumn = "position")
	private List<ClueReport> reports = new ArrayList<>();

	@MappedCollection(idColumn = "clue_no", keyColumn = "position")
	private List<ClueEvidence> evidence = new ArrayList<>();

	Clue() {
	}

	/** Registers a validated clue under its new number. */
	static Clue register(String clueNo, ClueRegistration registration, String registeredBy, Instant now) {
		Clue clue = new Clue();
		clue.clueNo = clueNo;
		clue.source = registration.source();
		clue.lineArea = registration.lineArea();
		clue.itemCode = registration.itemCode();
		clue.areaCode = registration.areaCode();
		clue.territorial = registration.territorial();
		clue.occurredAt = registration.occurredAt();
		clue.location = registration.location().strip();
		clue.description = registration.description().strip();
		clue.sourceUnit = registration.sourceUnit();
		clue.sourceReference = registration.sourceReference();
		clue.deviceId = registration.deviceId();
		clue.capturedRecordId = registration.capturedRecordId();
		clue.complainantName = registration.complainantName();
		clue.complainantPhone = registration.complainantPhone();
		clue.replyOwed = Boolean.TRUE.equals(registration.replyOwed());
		clue.registeredBy = registeredBy;
		clue.registeredAt = now;
		clue.state = ClueState.REGISTERED;
		return clue;
	}

	/** A later report of the same matter, linked instead of opening a second clue. */
	void linkReport(ClueSource reportSource, String reportedBy, Instant at, String reportDescription) {
		reports.add(new ClueReport(reportSource, reportedBy, at, reportDescription.strip()));
	}

	void attach(List<ClueEvidence> files) {
		evidence.addAll(files);
	}

	void startedAs(String instanceId) {
		this.processInstanceId = instanceId;
	}

	void classify(String newLineArea, String newItemCode) {
		this.lineArea = newLineArea;
		this.itemCode = newItemCode;
	}

	void routed(RoutingResult routing) {
		this.handlingBody = routing.handlingBody();
		this.squad = routing.squad();
		this.routingRules = String.join(",", routing.rules());
		this.catalogueVersion = routing.catalogueVersion();
		this.state = "MANUAL_DISPATCH".equals(routing.handlingBody()) ? ClueState.MANUAL_DISPATCH
				: "COMPREHENSIVE".equals(routing.handlingBody()) ? ClueState.VERIFYING : ClueState.ROUTED;
	}

	void dispatched(String body, String toSquad) {
		this.handlingBody = body;
		this.squad = toSquad;
		this.state = "COMPREHENSIVE".equals(body) ? ClueState.VERIFYING : ClueState.ROUTED;
	}

	void filed(String procedureKind) {
		this.procedure = procedureKind;
		this.state = ClueState.FILED;
	}

	void notFiled(ClueIntakeProcess.NotFiledReason reason, String education) {
		this.outcomeReason = reason.name();
		this.educationRecord = education;
		this.state = ClueState.NOT_FILED;
	}

	void transferred(String letterNo) {
		this.transferLetterNo = letterNo;
		this.state = ClueState.TRANSFERRED;
	}

	void transferAnswered(String feedback) {
		this.transferFeedback = feedback;
	}

	void close() {
		if (state != ClueState.FILED && state != ClueState.NOT_FILED) {
			state = ClueState.CLOSED;
		}
	}

	public String clueNo() {
		return clueNo;
	}

	public ClueSource source() {
		return source;
	}

	public String lineArea() {
		return lineArea;
	}

	public String itemCode() {
		return itemCode;
	}

	public String areaCode() {
		return areaCode;
	}

	public Boolean territorial() {
		return territorial;
	}

	public OffsetDateTime occurredAt() {
		return occurredAt;
	}

	public String location() {
		return location;
	}

	public String description() {
		return description;
	}

	public String sourceUnit() {
		return sourceUnit;
	}

	public String sourceReference() {
		return sourceReference;
	}

	public String deviceId() {
		return deviceId;
	}

	public String capturedRecordId() {
		return capturedRecordId;
	}

	public boolean evidenceReviewed() {
		return evidenceReviewed;
	}

	public String complainantName() {
		return complainantName;
	}

	public String complainantPhone() {
		return complainantPhone;
	}

	public boolean replyOwed() {
		return replyOwed;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public ClueState state() {
		return state;
	}

	public String handlingBody() {
		return handlingBody;
	}

	public String squad() {
		return squad;
	}

	public List<String> routingRules() {
		return routingRules == null || routingRules.isEmpty() ? List.of() : List.of(routingRules.split(","));
	}

	public Integer catalogueVersion() {
		return catalogueVersion;
	}

	public String outcomeReason() {
		return outcomeReason;
	}

	public String educationRecord() {
		return educationRecord;
	}

	public String procedure() {
		return procedure;
	}

	public String transferLetterNo() {
		return transferLetterNo;
	}

	public String transferFeedback() {
		return transferFeedback;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public List<ClueReport> reports() {
		return List.copyOf(reports);
	}

	public List<ClueEvidence> evidence() {
		return List.copyOf(evidence);
	}

}
