package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;

/**
 * Registers clues from every source: validates them, numbers them, links a report of a matter already open instead of
 * opening a second clue, keeps the evidence, and starts {@code ClueIntakeProcess} — all in one transaction.
 */
@Service
public class ClueRegistrar {

	/** Roles that may register a clue (auxiliaries collect information on patrol). */
	static final Set<String> REGISTERING_ROLES = Set.of("officer", "auxiliary", "squad-leader", "team-leader",
			"dispatcher", "sub-dispatcher", "liaison");

	static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "video/mp4", "audio/mpeg",
			"application/pdf");

	private static final Logger LOG = LoggerFactory.getLogger(ClueRegistrar.class);

	private final Clues clues;

	private final ClueNumbers numbers;

	private final ClueValidation validation;

	private final EvidenceStore evidenceStore;

	private final IdempotencyKeys idempotencyKeys;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	private final Duration duplicateWindow;

	private Clock clock = Clock.systemDefaultZone();

	ClueRegistrar(Clues clues, ClueNumbers numbers, ClueValidation validation, EvidenceStore evidenceStore,
			IdempotencyKeys idempotencyKeys, RuntimeService runtimeService, SystemAuthority authority,
			@Value("${zhifa.intake.duplicate-window:PT24H}") Duration duplicateWindow) {
		this.clues = clues;
		this.numbers = numbers;
		this.validation = validation;
		this.evidenceStore = evidenceStore;
		this.idempotencyKeys = idempotencyKeys;
		this.runtimeService = runtimeService;
		this.authority = authority;
		this.duplicateWindow = duplicateWindow;
	}

	@Autowired(required = false)
	void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Registers a clue, or links it to the open clue of the same matter.
	 * @param idempotencyKey the caller's key; a retry with the same key and request answers the first result
	 * @throws InvalidRequestException naming every offending field
	 * @throws ForbiddenException when the caller's roles may not register clues
	 * @throws org.zhifa.web.ConflictException when the key was used for a different request
	 */
	@Transactional
	public RegisteredClue register(ClueRegistration registration, List<EvidenceUpload> uploads,
			String idempotencyKey) {
		String caller = authority.currentUser();
		if (!authority.callerInAny(REGISTERING_ROLES)) {
			throw new ForbiddenException("当前角色不能登记线索");
		}

		String requestHash = IdempotencyKeys.hash(registration, uploads);
		Optional<RegisteredClue> earlier = idempotencyKeys.earlier(caller, idempotencyKey, requestHash);
		if (earlier.isPresent()) {
			return earlier.get();
		}

		checkEvidenceTypes(uploads);
		validation.check(registration, uploads.size());
		List<ClueEvidence> evidence = store(uploads, caller);

		RegisteredClue result = linkToOpenClue(registration, evidence, caller)
			.orElseGet(() -> open(registration, evidence, caller));
		idempotencyKeys.remember(caller, idempotencyKey, requestHash, result);
		return result;
	}

	private Optional<RegisteredClue> linkToOpenClue(ClueRegistration registration, List<ClueEvidence> evidence,
			String caller) {
		if (registration.lineArea() == null && registration.itemCode() == null) {
			return Optional.empty();
		}

		Optional<Clue> open = clues.findOpenAt(registration.areaCode(),
				registration.occurredAt().minus(duplicateWindow), registration.occurredAt().plus(duplicateWindow))
			.stream().filter(clue -> sameMatter(clue, registration)).findFirst();
		open.ifPresent(clue -> {
			clue.linkReport(registration.source(), caller, clock.instant(), registration.description());
			clue.attach(evidence);
			clues.save(clue);
			LOG.info("Report linked to open clue {}", clue.clueNo());
		});
		return open.map(clue -> new RegisteredClue(clue.clueNo(), true));
	}

	private static boolean sameMatter(Clue clue, ClueRegistration registration) {
		boolean sameItem = registration.itemCode() != null ? registration.itemCode().equals(clue.itemCode())
				: registration.lineArea().equals(clue.lineArea()) && clue.itemCode() == null;
		return sameItem && normalise(clue.location()).equals(normalise(registration.location()));
	}

	private static String normalise(String location) {
		return location.replaceAll("[\\s，,。.、]", "");
	}

	private RegisteredClue open(ClueRegistration registration, List<ClueEvidence> evidence, String caller) {
		Instant now = clock.instant();
		String clueNo = numbers.next(now.atZone(ZoneId.systemDefault()).getYear());
		Clue clue = Clue.register(clueNo, registration, caller, now);
		clue.attach(evidence);
		clues.save(clue);

		String instanceId = authority.run(() -> runtimeService.startProcessInstanceByKey(ClueIntakeProcess.KEY, clueNo,
				Variables.createVariables()
					.putValue(ClueIntakeProcess.CLUE_NO, clueNo)
					.putValue(ClueIntakeProcess.LINE_AREA, registration.lineArea())
					.putValue(ClueIntakeProcess.ITEM_CODE, registration.itemCode())
					.putValue(ClueIntakeProcess.AREA_CODE, registration.areaCode())
					.putValue(ClueIntakeProcess.REGISTERED_AT, Date.from(now)))
			.getId());

		Clue started = clues.findById(clueNo).orElseThrow();
		started.startedAs(instanceId);
		clues.save(started);
		LOG.info("Clue {} registered from {}", clueNo, registration.source());
		return new RegisteredClue(clueNo, false);
	}

	private static void checkEvidenceTypes(List<EvidenceUpload> uploads) {
		List<InvalidRequestException.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			if (!EVIDENCE_TYPES.contains(uploads.get(i).contentType())) {
				errors.add(new InvalidRequestException.FieldError("evidence[" + i + "]",
						"不支持的文件类型，允许：" + String.join("、", EVIDENCE_TYPES.stream().sorted().toList())));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private List<ClueEvidence> store(List<EvidenceUpload> uploads, String caller) {
		List<ClueEvidence> evidence = new ArrayList<>();
		for (EvidenceUpload upload : uploads) {
			try (InputStream content = upload.open()) {
				EvidenceStore.StoredFile stored = evidenceStore.store(content);
				evidence.add(new ClueEvidence(upload.fileName(), upload.contentType(), stored.sizeBytes(),
						stored.sha256(), caller, clock.instant()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Evidence file cannot be stored", ex);
			}
		}
		return evidence;
	}

}
