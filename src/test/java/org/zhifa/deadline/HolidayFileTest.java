package org.zhifa.deadline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HolidayFileTest {

	@Test
	void shouldReadShippedFileWhenItCitesItsSources() {
		HolidayData data = Calendars.shippedHolidays();

		assertThat(data.coveredYears()).containsExactly(2025, 2026);
		assertThat(data.kindOf(LocalDate.of(2025, 1, 26))).contains(HolidayData.Kind.WORKDAY);
		assertThat(data.kindOf(LocalDate.of(2026, 10, 7))).contains(HolidayData.Kind.HOLIDAY);
		assertThat(data.days()).hasSize(72);
	}

	@Test
	void shouldSkipCommentsAndBlankLinesWhenReading() {
		HolidayData data = read("# a comment\n\ndate,kind,name,source\n2027-01-01,HOLIDAY,元旦,test\n");

		assertThat(data.coveredYears()).containsExactly(2027);
	}

	@Test
	void shouldNameLineWhenDateIsMalformed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> read("date,kind,name,source\n2027-01-01,HOLIDAY,元旦,x\n2027-13-01,HOLIDAY,x,x\n"))
			.withMessageContaining("line 3")
			.withMessageContaining("YYYY-MM-DD");
	}

	@Test
	void shouldRefuseUnknownKindWhenReading() {
		assertThatIllegalStateException().isThrownBy(() -> read("date,kind,name,source\n2027-01-01,REST,元旦,x\n"))
			.withMessageContaining("line 2")
			.withMessageContaining("HOLIDAY or WORKDAY");
	}

	@Test
	void shouldRefuseWorkdayOnWeekdayWhenReading() {
		assertThatIllegalStateException().isThrownBy(() -> read("date,kind,name,source\n2027-01-06,WORKDAY,x,x\n"))
			.withMessageContaining("Saturday or Sunday");
	}

	@Test
	void shouldRefuseDuplicateDayWhenReading() {
		assertThatIllegalStateException()
			.isThrownBy(() -> read("date,kind,name,source\n2027-01-01,HOLIDAY,a,x\n2027-01-01,HOLIDAY,b,x\n"))
			.withMessageContaining("listed twice");
	}

	@Test
	void shouldRefuseMissingHeaderWhenReading() {
		assertThatIllegalStateException().isThrownBy(() -> read("2027-01-01,HOLIDAY,元旦,x\n"))
			.withMessageContaining("header");
	}

	private static HolidayData read(String csv) {
		return HolidayFile.read(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "test holidays"));
	}

}
