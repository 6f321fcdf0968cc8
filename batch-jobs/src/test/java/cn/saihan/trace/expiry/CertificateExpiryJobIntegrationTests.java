package cn.saihan.trace.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.StatsClient;
import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

@BatchJobsTest
class CertificateExpiryJobIntegrationTests {

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("certificateExpiryJob")
	Job certificateExpiryJob;

	@Autowired
	RegistryClient registry;

	@Autowired
	StatsClient stats;

	@Autowired
	Clock clock;

	@Autowired
	CertificateExpiry expiry;

	@Autowired
	ExpiryProperties properties;

	@Test
	void listsCertificationsLapsingWithinSixtyDaysAndThoseAlreadyLapsed() throws Exception {
		// given
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("寅合作社", "yulin");
		String inTen = green(producer, today.minusDays(300), today.plusDays(10));
		String lastDay = green(producer, today.minusDays(300), today.plusDays(60));
		String later = green(producer, today.minusDays(300), today.plusDays(61));
		String lapsed = green(producer, today.minusDays(400), today.minusDays(5));
		String revokedNumber = RegistryClient.freshGreenNumber();
		long revoked = registry.certification(producer, "GREEN", revokedNumber, List.of("TPZ-TOMATO"),
				today.minusDays(300), today.plusDays(20));
		registry.asBureau().post().uri("/api/v1/certifications/" + revoked + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", today.minusDays(1).toString(), "reason", "停产"))
			.exchange().expectStatus().isOk();
		jobs.setJob(certificateExpiryJob);

		// when
		var execution = jobs.startJob(new JobParametersBuilder().addLocalDate("date", today)
			.addLong("requestedAt", System.nanoTime())
			.toJobParameters());

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode list = stats.get("/api/v1/certifications/expiring");
		assertThat(list.get("reportDate").asString()).isEqualTo(today.toString());
		Map<String, JsonNode> byNumber = new java.util.HashMap<>();
		list.get("certifications").forEach(c -> byNumber.put(c.get("certificateNo").asString(), c));
		assertThat(byNumber).containsKeys(inTen, lastDay, lapsed).doesNotContainKeys(later, revokedNumber);
		assertThat(byNumber.get(inTen).get("daysLeft").asInt()).isEqualTo(10);
		assertThat(byNumber.get(inTen).get("state").asString()).isEqualTo("EXPIRING");
		assertThat(byNumber.get(lastDay).get("daysLeft").asInt()).isEqualTo(60);
		assertThat(byNumber.get(lapsed).get("daysLeft").asInt()).isEqualTo(-5);
		assertThat(byNumber.get(lapsed).get("state").asString()).isEqualTo("LAPSED");
		assertThat(byNumber.get(inTen).get("producerName").asString()).isEqualTo("寅合作社");
	}

	@Test
	void theBureauCanMakeTodaysListAgainAndItReplacesTheEarlierOne() {
		// given
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("卯合作社", "jinhe");
		String soon = green(producer, today.minusDays(100), today.plusDays(3));

		// when made twice
		for (int run = 0; run < 2; run++) {
			registry.asBureau().post().uri("/api/v1/certifications/expiring/runs").exchange().expectStatus().isOk();
		}

		// then listed once
		JsonNode list = stats.get("/api/v1/certifications/expiring");
		assertThat(list.get("certifications").findValuesAsString("certificateNo")).containsOnlyOnce(soon);
	}

	@Test
	void theStoredListIsWhatTheRegistrysQueryAnswersForTheConfiguredDays() {
		// given
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("未合作社", "bayan");
		green(producer, today.minusDays(300), today.plusDays(properties.withinDays()));
		green(producer, today.minusDays(300), today.plusDays(properties.withinDays() + 1));
		green(producer, today.minusDays(500), today.minusDays(properties.lapsedDays()));
		green(producer, today.minusDays(500), today.minusDays(properties.lapsedDays() + 1));
		green(producer, today.plusDays(1), today.plusDays(10));

		// when
		registry.asBureau().post().uri("/api/v1/certifications/expiring/runs").exchange().expectStatus().isOk();

		// then
		List<String> stored = new java.util.ArrayList<>();
		stats.get("/api/v1/certifications/expiring").get("certifications").forEach(c -> {
			if (c.get("producerId").asLong() == producer) {
				stored.add(c.get("certificateNo").asString() + " " + c.get("state").asString() + " "
						+ c.get("daysLeft").asInt());
			}
		});
		assertThat(stored).hasSize(2).containsExactlyElementsOf(expiry.lapsingOn(today).stream()
			.filter(l -> l.certification().getProducerId() == producer)
			.map(l -> l.certification().getCertificateNo() + " " + l.lapse() + " " + l.daysLeft())
			.toList());
	}

	private String green(long producer, LocalDate from, LocalDate to) {
		String number = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", number, List.of("TPZ-TOMATO"), from, to);
		return number;
	}
}
