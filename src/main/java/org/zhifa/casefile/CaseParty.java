package org.zhifa.casefile;

import org.springframework.data.relational.core.mapping.Table;

/** A party (当事人) of a case. The identity number is kept here, never in process variables or logs. */
@Table("case_party")
public record CaseParty(PartyType partyType, String name, String idNumber, String address) {
}
