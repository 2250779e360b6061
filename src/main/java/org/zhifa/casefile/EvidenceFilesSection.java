package org.zhifa.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseEvidenceFiles.EvidenceFile;

/** The evidence files of a case in {@code GET /api/v1/cases/{caseNo}}, under {@code sections.evidenceFiles}. */
@Component
class EvidenceFilesSection implements CaseFileSection {

	private final JdbcClient jdbc;

	EvidenceFilesSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "evidenceFiles";
	}

	@Override
	public Optional<Object> read(String caseNo) {
		List<EvidenceFile> files = jdbc.sql("SELECT sha256, size_bytes, content_type, file_name, description, "
				+ "collected_by, collected_at FROM case_evidence_file WHERE case_no = ? ORDER BY id")
			.param(caseNo)
			.query((rs, row) -> new EvidenceFile(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
		return files.isEmpty() ? Optional.empty() : Optional.of(files);
	}

}
