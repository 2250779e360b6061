package org.zhifa.browser;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.test.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers clues through the API as an officer on patrol and runs their jobs (the job executor is off in tests). */
final class Clues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int port;

	private final ManagementService managementService;

	private final JdbcClient jdbc;

	Clues(int port, ManagementService managementService, JdbcClient jdbc) {
		this.port = port;
		this.managementService = managementService;
		this.jdbc = jdbc;
	}

	/** A territorial patrol clue in the given area, routed to the area's squad; answers the clue number. */
	String patrol(String officer, String areaCode, String location) throws Exception {
		String body = """
				{"source":"PATROL","lineArea":"URBAN_MANAGEMENT","areaCode":"%s","territorial":true,
				 "occurredAt":"2026-11-20T09:30:00+08:00","location":"%s %d","description":"占道经营，摊位三处"}"""
			.formatted(areaCode, location, System.nanoTime());
		HttpResponse<String> response = ApiClient.as(port, officer).post("/api/v1/clues", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String clueNo = JSON.readTree(response.body()).get("clueNo").asText();
		runJobs(clueNo);
		return clueNo;
	}

	void runJobs(String clueNo) {
		String instanceId = processInstanceId(clueNo);
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	String processInstanceId(String clueNo) {
		return jdbc.sql("SELECT process_instance_id FROM clue WHERE clue_no = ?").param(clueNo).query(String.class)
			.single();
	}

	String state(String clueNo) {
		return jdbc.sql("SELECT state FROM clue WHERE clue_no = ?").param(clueNo).query(String.class).single();
	}

}
