package org.zhifa.intake;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An evidence file of a clue: stored once by its SHA-256 in the evidence store, described here. Never a process
 * variable.
 */
@Table("clue_evidence")
public record ClueEvidence(String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
		Instant uploadedAt) {
}
