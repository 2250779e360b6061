package org.zhifa.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.intake.EvidenceStore;
import org.zhifa.intake.EvidenceStore.StoredFile;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * The evidence files of a case: stored by their SHA-256 in the evidence store, recorded with who collected them and
 * when, and shown in the case file under {@code sections.evidenceFiles} ({@link EvidenceFilesSection}). A certified
 * officer of the case's squad (or a handler) adds them while the case is open; auxiliaries assist but do not add
 * evidence to a case file themselves.
 */
@Service
@Transactional
class CaseEvidenceFiles {

	static final Set<CaseState> CLOSED = Set.of(CaseState.ARCHIVED, CaseState.WITHDRAWN, CaseState.FILING_REFUSED,
			CaseState.TRANSFERRED);

	private static final Logger LOG = LoggerFactory.getLogger(CaseEvidenceFiles.class);

	private final CaseQueries queries;

	private final EvidenceStore store;

	private final JdbcClient jdbc;

	private final SystemAuthority authority;

	CaseEvidenceFiles(CaseQueries queries, EvidenceStore store, JdbcClient jdbc, SystemAuthority authority) {
		this.queries = queries;
		this.store = store;
		this.jdbc = jdbc;
		this.authority = authority;
	}

	/** An evidence file as it arrives. */
	interface Upload {

		String fileName();

		String contentType();

		long size();

		InputStream open() throws IOException;

	}

	/** A recorded evidence file. */
	record EvidenceFile(String sha256, long sizeBytes, String contentType, String fileName, String description,
			String collectedBy, Instant collectedAt) {
	}

	EvidenceFile add(String caseNo, Upload upload, String description) {
		CaseView found = queries.find(caseNo);
		requireCollector(found);
		validate(upload, description);
		if (CLOSED.contains(found.state())) {
			throw new ConflictException("案件 " + caseNo + " 已办结或终止，不能再添加证据");
		}

		EvidenceFile file = new EvidenceFile(stored(upload).sha256(), upload.size(), upload.contentType(),
				upload.fileName().strip(), description.strip(), authority.currentUser(),
				ClockUtil.getCurrentTime().toInstant());
		jdbc.sql("INSERT INTO case_evidence_file (case_no, sha256, size_bytes, content_type, file_name, description, "
				+ "collected_by, collected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(caseNo, file.sha256(), file.sizeBytes(), file.contentType(), file.fileName(), file.description(),
					file.collectedBy(), Timestamp.from(file.collectedAt()))
			.update();
		LOG.info("Case {}: evidence file {} added", caseNo, file.sha256());
		return file;
	}

	private void requireCollector(CaseView found) {
		String caller = authority.currentUser();
		boolean handler = caller != null && found.handlers().contains(caller);
		if (!handler && !authority.callerIsOfficerOf(found.squad())) {
			throw new ForbiddenException("只有本案承办人或本中队的持证执法人员可以添加证据");
		}
	}

	private static void validate(Upload upload, String description) {
		List<FieldError> errors = new ArrayList<>();
		if (upload == null || upload.size() == 0 || upload.fileName() == null || upload.fileName().isBlank()) {
			errors.add(new FieldError("file", "请上传证据文件"));
		}
		if (description == null || description.isBlank()) {
			errors.add(new FieldError("description", "请说明证据的内容和来源"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private StoredFile stored(Upload upload) {
		try (InputStream content = upload.open()) {
			return store.store(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("证据文件保存失败", ex);
		}
	}

}
