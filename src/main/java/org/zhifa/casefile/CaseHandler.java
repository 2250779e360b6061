package org.zhifa.casefile;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A certified officer handling the case (承办人, 行政处罚法 Art 42). */
@Table("case_handler")
public record CaseHandler(String userId, Instant assignedAt) {
}
