package org.zhifa.casefile;

import org.springframework.data.relational.core.mapping.Table;

/** A reference to an item of evidence: a file of the evidence store with its hash, or a record's number. */
@Table("case_evidence")
public record CaseEvidence(String reference) {
}
