package cn.saihan.trace.indicator;

import static cn.saihan.trace.jobs.StatsClient.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.FailingInsertTrigger;
import cn.saihan.trace.jobs.StatsClient;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TestDatabases;
import tools.jackson.databind.JsonNode;

/**
 * The §2.8 rules, each with figures worked out by hand in the comments. Every test uses its own
 * harvest years and producers, so that the shared database never mixes their lots.
 */
@BatchJobsTest
@ExtendWith(OutputCaptureExtension.class)
class Indicator12JobIntegrationTests {

	private static final AtomicInteger GI_NUMBERS = new AtomicInteger(71000);

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("indicator12Job")
	Job indicator12Job;

	@Autowired
	RegistryClient registry;

	@Autowired
	StatsClient stats;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Indicator12Runs runs;

	@Test
	void appliesEveryCertificationRuleAndCountsEachLotOnceInTheHeadline() throws Exception {
		// given
		long a = registry.producer("甲合作社", "yulin");
		long b = registry.producer("乙合作社", "jinhe");
		long c = registry.producer("丙合作社", "yulin");
		registry.certification(a, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2021, 3, 1), LocalDate.of(2023, 2, 28));
		registry.certification(a, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
		long revoked = registry.certification(b, "GREEN", RegistryClient.freshGreenNumber(), List.of("HST-PITAYA"),
				LocalDate.of(2021, 5, 1), LocalDate.of(2022, 4, 30));
		revoke(revoked, LocalDate.of(2021, 9, 1));
		registry.certification(b, "GI", "AGI" + GI_NUMBERS.incrementAndGet(), List.of("HST-PITAYA"),
				LocalDate.of(2010, 1, 1), null);
		registry.certification(c, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("SYBL-MELON"),
				LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30));

		// before the green validFrom, organic valid: {ORGANIC}            300.00
		registry.lot(a, "TPZ-TOMATO", LocalDate.of(2021, 2, 15), "100", "3.00");
		// green and organic both valid: {GREEN, ORGANIC}, once in headline 500.00
		registry.lot(a, "TPZ-TOMATO", LocalDate.of(2021, 6, 1), "200", "2.50");
		// a product no certificate lists: {}                               100.00
		registry.lot(a, "GCL-PUMPKIN", LocalDate.of(2021, 6, 1), "50", "2.00");
		// the day before the green validFrom: {GI}                         400.00
		registry.lot(b, "HST-PITAYA", LocalDate.of(2021, 4, 30), "10", "40.00");
		// on the revocation date, green no longer counts: {GI}             150.00
		registry.lot(b, "HST-PITAYA", LocalDate.of(2021, 9, 1), "5", "30.00");
		// the day before the revocation: {GREEN, GI}                      100.00
		registry.lot(b, "HST-PITAYA", LocalDate.of(2021, 8, 31), "4", "25.00");
		// the day after the organic validTo: {}                            200.00
		registry.lot(c, "SYBL-MELON", LocalDate.of(2021, 7, 1), "20", "10.00");
		// on the organic validTo, which is inclusive: {ORGANIC}             50.00
		registry.lot(c, "SYBL-MELON", LocalDate.of(2021, 6, 30), "10", "5.00");

		// when
		Launch execution = run(2021);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2021");
		assertThat(r.get("denominatorBasis").asString()).isEqualTo("REGISTERED_LOTS");
		// 300 + 500 + 100 + 400 + 150 + 100 + 200 + 50
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("1800.00");
		// green or organic: 300 + 500 + 100 + 50
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo("950.00");
		// 950 / 1800 = 0.5277777… → 0.527778
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.527778"));
		// any type: 950 + 400 + 150
		assertThat(decimal(r.get("sanpinValueYuan"))).isEqualByComparingTo("1500.00");
		// 1500 / 1800 = 0.8333333… → 0.833333
		assertThat(decimal(r.get("sanpinShare"))).isEqualTo(new BigDecimal("0.833333"));

		JsonNode byType = r.get("byCertType");
		// GREEN 500 + 100 = 600 → 0.333333; ORGANIC 300 + 500 + 50 = 850 → 0.472222;
		// GI 400 + 150 + 100 = 650 → 0.361111; the lot with both green and organic is in both.
		assertThat(decimal(byType.get("GREEN").get("valueYuan"))).isEqualByComparingTo("600.00");
		assertThat(decimal(byType.get("GREEN").get("share"))).isEqualTo(new BigDecimal("0.333333"));
		assertThat(decimal(byType.get("ORGANIC").get("valueYuan"))).isEqualByComparingTo("850.00");
		assertThat(decimal(byType.get("ORGANIC").get("share"))).isEqualTo(new BigDecimal("0.472222"));
		assertThat(decimal(byType.get("GI").get("valueYuan"))).isEqualByComparingTo("650.00");
		assertThat(decimal(byType.get("GI").get("share"))).isEqualTo(new BigDecimal("0.361111"));
		assertThat(decimal(byType.get("POLLUTION_FREE").get("valueYuan"))).isEqualByComparingTo("0");

		// yulin: 300 + 500 + 100 + 200 + 50 = 1150, green/organic 850 → 0.7391304… → 0.739130
		// jinhe: 400 + 150 + 100 = 650, green/organic 100 → 0.1538461… → 0.153846
		Map<String, JsonNode> towns = byCode(r.get("byTown"), "townCode");
		assertThat(towns).containsOnlyKeys("jinhe", "yulin");
		assertThat(decimal(towns.get("yulin").get("denominatorYuan"))).isEqualByComparingTo("1150.00");
		assertThat(decimal(towns.get("yulin").get("greenOrganicValueYuan"))).isEqualByComparingTo("850.00");
		assertThat(decimal(towns.get("yulin").get("share"))).isEqualTo(new BigDecimal("0.739130"));
		assertThat(decimal(towns.get("jinhe").get("denominatorYuan"))).isEqualByComparingTo("650.00");
		assertThat(decimal(towns.get("jinhe").get("share"))).isEqualTo(new BigDecimal("0.153846"));

		// tomato 800 all green/organic → 1.000000; pumpkin 100 → 0; pitaya 650, 100 → 0.153846; melon 250, 50 → 0.2
		Map<String, JsonNode> products = byCode(r.get("byProduct"), "productCode");
		assertThat(products).containsOnlyKeys("TPZ-TOMATO", "GCL-PUMPKIN", "HST-PITAYA", "SYBL-MELON");
		assertThat(decimal(products.get("TPZ-TOMATO").get("valueYuan"))).isEqualByComparingTo("800.00");
		assertThat(decimal(products.get("TPZ-TOMATO").get("share"))).isEqualTo(new BigDecimal("1.000000"));
		assertThat(decimal(products.get("GCL-PUMPKIN").get("share"))).isEqualTo(new BigDecimal("0.000000"));
		assertThat(decimal(products.get("HST-PITAYA").get("greenOrganicValueYuan"))).isEqualByComparingTo("100.00");
		assertThat(decimal(products.get("SYBL-MELON").get("share"))).isEqualTo(new BigDecimal("0.200000"));

		// no result for 2020: neither a previous share nor a trend
		assertThat(r.get("previousYearShare").isNull()).isTrue();
		assertThat(r.get("trend").isNull()).isTrue();
	}

	@Test
	void officialDenominatorsHalfUpRoundingAndTheTrendAgainstThePreviousYear() throws Exception {
		// given 2022: 1.00 certified of 4.00 registered → 0.250000
		long f = registry.producer("丁家庭农场", "bayan");
		registry.certification(f, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
		registry.lot(f, "TPZ-TOMATO", LocalDate.of(2022, 5, 1), "1", "1.00");
		registry.lot(f, "GCL-PUMPKIN", LocalDate.of(2022, 5, 1), "1", "3.00");
		assertThat(run(2022).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(decimal(stats.get("/api/v1/stats/indicator12?year=2022").get("share")))
			.isEqualTo(new BigDecimal("0.250000"));

		// and 2023: 1.00 certified in huangheshao, 10.00 uncertified in bayan
		long d = registry.producer("戊合作社", "huangheshao");
		registry.certification(d, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
		registry.lot(d, "TPZ-TOMATO", LocalDate.of(2023, 5, 1), "1", "1.00");
		registry.lot(f, "GCL-PUMPKIN", LocalDate.of(2023, 5, 1), "2", "5.00");
		// official 128.00 for the district and 64.00 for huangheshao only
		putOfficial(2023, Map.of("totalYuan", "128.00", "byTown", Map.of("huangheshao", "64.00")));

		// when
		assertThat(run(2023).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// then 1 / 128 = 0.0078125 exactly, a half at the 7th decimal: half-up gives 0.007813
		// (half-even would give 0.007812, truncation 0.007812)
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2023");
		assertThat(r.get("denominatorBasis").asString()).isEqualTo("OFFICIAL");
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("128.00");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.007813"));
		Map<String, JsonNode> towns = byCode(r.get("byTown"), "townCode");
		// huangheshao: official 64.00 → 1 / 64 = 0.015625
		assertThat(towns.get("huangheshao").get("denominatorBasis").asString()).isEqualTo("OFFICIAL");
		assertThat(decimal(towns.get("huangheshao").get("denominatorYuan"))).isEqualByComparingTo("64.00");
		assertThat(decimal(towns.get("huangheshao").get("share"))).isEqualTo(new BigDecimal("0.015625"));
		// bayan has no official figure: its registered lots, 10.00, nothing certified
		assertThat(towns.get("bayan").get("denominatorBasis").asString()).isEqualTo("REGISTERED_LOTS");
		assertThat(decimal(towns.get("bayan").get("denominatorYuan"))).isEqualByComparingTo("10.00");
		assertThat(decimal(towns.get("bayan").get("share"))).isEqualTo(new BigDecimal("0.000000"));
		// 0.007813 < 0.250000
		assertThat(decimal(r.get("previousYearShare"))).isEqualTo(new BigDecimal("0.250000"));
		assertThat(r.get("trend").asString()).isEqualTo("FALLING");

		// when the official total becomes 4.00: 1 / 4 = 0.250000, equal at 6 decimals
		putOfficial(2023, Map.of("totalYuan", "4.00"));
		assertThat(run(2023).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		r = stats.get("/api/v1/stats/indicator12?year=2023");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.250000"));
		assertThat(r.get("trend").asString()).isEqualTo("FLAT");
		// without town figures, huangheshao falls back to its registered lots: 1.00 of 1.00
		assertThat(byCode(r.get("byTown"), "townCode").get("huangheshao").get("denominatorBasis").asString())
			.isEqualTo("REGISTERED_LOTS");

		// and 2.00: 1 / 2 = 0.500000
		putOfficial(2023, Map.of("totalYuan", "2.00"));
		assertThat(run(2023).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		r = stats.get("/api/v1/stats/indicator12?year=2023");
		assertThat(r.get("trend").asString()).isEqualTo("RISING");

		// when 2022 is run again with an official total of 1.00 (1.00 / 1.00 = 1.000000), 2023's trend
		// follows without running 2023 again: 0.500000 < 1.000000
		putOfficial(2022, Map.of("totalYuan", "1.00"));
		assertThat(run(2022).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		r = stats.get("/api/v1/stats/indicator12?year=2023");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.500000"));
		assertThat(decimal(r.get("previousYearShare"))).isEqualTo(new BigDecimal("1.000000"));
		assertThat(r.get("trend").asString()).isEqualTo("FALLING");

		// three runs of 2023, one result and one row per breakdown entry
		assertThat(jdbc.queryForObject("select count(*) from indicator12_result where stat_year = 2023", Long.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from indicator12_breakdown where stat_year = 2023", Long.class))
			.isEqualTo(5 + 2 + 2); // five types, two towns, two products
		assertThat(jdbc.queryForObject("select count(*) from indicator12_partial_sum where stat_year = 2023", Long.class))
			.isZero();
	}

	@Test
	void aRunThatFailsAfterCommittingAChunkIsRestartedAndCountsEachLotOnce() throws Exception {
		// The failure is injected with an H2 trigger written in Java; PostgreSQL has no such trigger.
		assumeFalse(TestDatabases.onPostgres(), "failure injection by an H2 Java trigger");
		// given 7 lots of one producer and product, chunks of 3: [1 2 3] [4 5 6] [7]
		long g = registry.producer("己合作社", "jinhe");
		registry.certification(g, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
		for (int i = 1; i <= 7; i++) {
			// lots 1–3 harvested within the licence, 4–7 after it
			registry.lot(g, "TPZ-TOMATO", LocalDate.of(2024, i <= 3 ? 6 : 7, i), "1", i + ".00");
		}
		// the second chunk's write fails once, after the first chunk committed
		FailingInsertTrigger.failAfter(1);
		jdbc.execute("create trigger fail_partial_sum before insert on indicator12_partial_sum for each row call '"
				+ FailingInsertTrigger.class.getName() + "'");
		try {
			// when
			Launch failed = run(2024);

			// then
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(lotsRead(failed.execution())).isGreaterThanOrEqualTo(3);
			assertThat(registryHasNoResult(2024)).isTrue();
		}
		finally {
			jdbc.execute("drop trigger fail_partial_sum");
		}
		JobExecution failed = jobs.getJobRepository().getLastJobExecution(indicator12Job.getName(),
				lastParameters);

		// the first chunk's sums were committed before the failure
		assertThat(jdbc.queryForObject("select count(*) from indicator12_partial_sum where stat_year = 2024",
				Long.class)).isEqualTo(1);

		// when restarted
		JobExecution restarted = jobs.getJobOperator().restart(failed);

		// then the step counted the year afresh, replacing what the failed attempt had committed
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(lotsRead(restarted)).isEqualTo(7);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2024");
		// 1 + … + 7 = 28, certified 1 + 2 + 3 = 6 → 6 / 28 = 0.2142857… → 0.214286
		assertThat(r.get("lotCount").asLong()).isEqualTo(7);
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("28.00");
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo("6.00");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.214286"));
	}

	@Test
	void aRunThatFailsWritingTheResultKeepsItsSumsForTheRestart(CapturedOutput log) throws Exception {
		// given
		long h = registry.producer("庚合作社", "yulin");
		registry.certification(h, "ORGANIC", RegistryClient.freshOrganicNumber(), List.of("XTSH-GRAPE"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		registry.lot(h, "XTSH-GRAPE", LocalDate.of(2025, 8, 1), "3", "3.33"); // 9.99
		registry.lot(h, "GCL-PUMPKIN", LocalDate.of(2025, 8, 1), "1", "0.01"); // 0.01
		jdbc.execute("alter table indicator12_breakdown rename to indicator12_breakdown_away");
		Launch failed;
		try {
			// when
			failed = run(2025);
		}
		finally {
			jdbc.execute("alter table indicator12_breakdown_away rename to indicator12_breakdown");
		}
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the failure's cause (SQL, table names, a stack trace) stays on the server, under a reference
		// that the status names; the status is the bureau's
		String statusPath = "/api/v1/stats/jobs/" + failed.execution().getId();
		registry.anonymous().get().uri(statusPath).exchange().expectStatus().isUnauthorized();
		JsonNode status = stats.getAsBureau(statusPath);
		String reference = "job-execution-" + failed.execution().getId();
		assertThat(status.get("exitMessage").asString())
			.isEqualTo("failed, see the server log (reference " + reference + ")");
		assertThat(status.get("failureReference").asString()).isEqualTo(reference);
		assertThat(status.toString()).doesNotContainIgnoringCase("indicator12_breakdown")
			.doesNotContain("Exception").doesNotContain("\\tat ");
		assertThat(log.getOut()).contains("indicator12Job FAILED, reference " + reference)
			.containsIgnoringCase("indicator12_breakdown");
		JobExecution restarted = jobs.getJobOperator().restart(failed.execution());

		// then 9.99 / 10.00 = 0.999000
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2025");
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("10.00");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.999000"));
	}

	@Test
	void lotsMadeFromOtherLotsAreNotCountedAgain() throws Exception {
		// given a green lot of 500.00, repacked by a buyer into a new lot worth 900.00
		long farm = registry.producer("丁合作社", "huangheshao");
		long packer = registry.producer("戊包装公司", "bayan");
		registry.certification(farm, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2012, 1, 1), LocalDate.of(2014, 12, 31));
		String harvested = registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2012, 7, 1), "100", "5.00").get("lotCode")
			.asString();
		registry.post("/api/v1/transformations", Map.of("producerId", packer, "occurredAt", "2012-07-02T09:00:00+08:00",
				"location", "巴彦街道", "inputs", List.of(Map.of("lotCode", harvested, "quantityKg", "100")),
				"output", Map.of("productCode", "TPZ-TOMATO", "quantityKg", "90", "unitPriceYuan", "10")));

		// when
		Launch execution = run(2012);

		// then only the harvest is output: 500.00 of 500.00, all green
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2012");
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("500.00");
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo("500.00");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("1.000000"));
		assertThat(lotsRead(execution.execution())).isEqualTo(1);
	}

	@Test
	void numeratorsCountOnlyTheCertifiedValueWithinTheApprovedOutput() throws Exception {
		// given green 100 kg and organic 30 kg of tomatoes approved for 2015, and a 名特优新 entry without limit
		long farm = registry.producer("己合作社", "yulin");
		certify(farm, "GREEN", RegistryClient.freshGreenNumber(), "2015-01-01", "2017-12-31", "100");
		certify(farm, "ORGANIC", RegistryClient.freshOrganicNumber(), "2015-01-01", "2015-12-31", "30");
		certify(farm, "MINGTEYOUXIN", "CAQS-MTYX-2015" + (1000 + GI_NUMBERS.incrementAndGet() % 1000), "2015-01-01",
				"2017-12-31", null);
		// 80 kg × 5.00 = 400.00: green 80 kg (400.00), organic 30 kg (150.00, 50 kg over), 名特优新 400.00
		registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2015, 5, 1), "80", "5.00");
		// 50 kg × 2.11 = 105.50: green the 20 kg left, 20 × 2.11 = 42.20 (30 kg over); organic none (50 kg
		// over); 名特优新 105.50
		registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2015, 6, 1), "50", "2.11");
		// uncertified: 10 kg × 3.00 = 30.00
		registry.lot(farm, "GCL-PUMPKIN", LocalDate.of(2015, 6, 1), "10", "3.00");

		// when
		Launch execution = run(2015);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2015");
		// 400.00 + 105.50 + 30.00
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("535.50");
		// each lot's larger of green and organic: 400.00 + 42.20 = 442.20 → 442.20 / 535.50 = 0.825770
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo("442.20");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.825770"));
		// 三品一标 leaves 名特优新 out: the same 442.20
		assertThat(decimal(r.get("sanpinValueYuan"))).isEqualByComparingTo("442.20");
		// green, organic or 名特优新: 400.00 + 105.50 = 505.50 → 0.943978
		assertThat(decimal(r.get("greenOrganicSpecialtyValueYuan"))).isEqualByComparingTo("505.50");
		assertThat(decimal(r.get("greenOrganicSpecialtyShare"))).isEqualTo(new BigDecimal("0.943978"));
		// registered as green or organic beyond the approved output: (400.00 − 400.00) + (105.50 − 42.20)
		assertThat(decimal(r.get("overApprovedValueYuan"))).isEqualByComparingTo("63.30");
		JsonNode byType = r.get("byCertType");
		assertThat(decimal(byType.get("GREEN").get("valueYuan"))).isEqualByComparingTo("442.20");
		assertThat(decimal(byType.get("ORGANIC").get("valueYuan"))).isEqualByComparingTo("150.00");
		assertThat(decimal(byType.get("ORGANIC").get("share"))).isEqualTo(new BigDecimal("0.280112"));
		assertThat(decimal(byType.get("MINGTEYOUXIN").get("valueYuan"))).isEqualByComparingTo("505.50");
		assertThat(decimal(byType.get("MINGTEYOUXIN").get("share"))).isEqualTo(new BigDecimal("0.943978"));
		assertThat(decimal(byType.get("GI").get("valueYuan"))).isEqualByComparingTo("0");
		Map<String, JsonNode> products = byCode(r.get("byProduct"), "productCode");
		assertThat(decimal(products.get("TPZ-TOMATO").get("greenOrganicValueYuan"))).isEqualByComparingTo("442.20");

		byte[] csv = registry.anonymous().get().uri("/api/v1/stats/indicator12.csv?year=2015").exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBody();
		assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
			.contains("2015,DISTRICT,GREEN_ORGANIC_SPECIALTY,绿色有机名特优,REGISTERED_LOTS,535.50,505.50,,0.943978")
			.contains("2015,DISTRICT,OVER_APPROVED_OUTPUT,超出核准产量,REGISTERED_LOTS,535.50,63.30,")
			.contains("2015,CERT_TYPE,MINGTEYOUXIN,全国名特优新农产品,REGISTERED_LOTS,535.50,505.50,,0.943978");
	}

	private void certify(long producerId, String type, String number, String from, String to, String tomatoKg) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "certificateNo", number,
				"productCodes", List.of("TPZ-TOMATO"), "validFrom", from, "validTo", to));
		if (tomatoKg != null) {
			body.put("approvedOutput", Map.of("TPZ-TOMATO", tomatoKg));
		}
		registry.post("/api/v1/producers/" + producerId + "/certifications", body);
	}

	@Test
	void theRunsFingerprintChangesWhenTheAllocationChanges(@Autowired Indicator12Runs runs) {
		long farm = registry.producer("庚合作社", "jinhe");
		registry.lot(farm, "SYBL-MELON", LocalDate.of(2016, 5, 1), "80", "5.00");
		registry.lot(farm, "SYBL-MELON", LocalDate.of(2016, 6, 1), "80", "5.00");
		String before = runs.inputs(2016);
		Map<String, Object> body = Map.of("type", "ORGANIC", "certificateNo", RegistryClient.freshOrganicNumber(),
				"productCodes", List.of("SYBL-MELON"), "validFrom", "2016-01-01", "validTo", "2016-12-31",
				"approvedOutput", Map.of("SYBL-MELON", "100"));
		registry.post("/api/v1/producers/" + farm + "/certifications", body);
		String certified = runs.inputs(2016);
		assertThat(certified).isNotEqualTo(before);
		// the certification drew 80 kg for the first lot and the 20 kg left for the second
		assertThat(jdbc.queryForObject("""
				select sum(certified_kg) from lot_certified c join lot l on l.id = c.lot_id where l.producer_id = ?""",
				BigDecimal.class, farm)).isEqualByComparingTo("100");
	}

	@Test
	void aLotBeyondWhatAHarvestCanBeIsRefusedAndTheJobCompletesOverLotsAtTheBoundsAndBeyond() throws Exception {
		// given a producer, green for 2008, and its lots at the configured bounds: 1,000,000 kg at
		// 10,000 yuan, 10,000,000,000.00 yuan each
		long farm = registry.producer("己巨量合作社", "yulin");
		registry.certification(farm, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31));
		String atTheBounds = registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2008, 7, 1), "1000000", "10000")
			.get("lotCode").asString();
		// one gram or one hundredth of a fen more is no harvest
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("producerId", farm, "productCode", "TPZ-TOMATO", "harvestDate", "2008-07-01",
					"quantityKg", "999999999.999", "unitPriceYuan", "9999999.9999"))
			.exchange().expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("quantityKg")
			.jsonPath("$.errors[0].code").isEqualTo("LotRefusal.QUANTITY_TOO_LARGE")
			.jsonPath("$.errors[1].field").isEqualTo("unitPriceYuan")
			.jsonPath("$.errors[1].code").isEqualTo("LotRefusal.PRICE_TOO_HIGH");
		registry.asBureau().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("producerId", farm, "productCode", "TPZ-TOMATO", "harvestDate", "2008-07-01",
					"quantityKg", "1000000.001", "unitPriceYuan", "10000.0001"))
			.exchange().expectStatus().isBadRequest();
		assertThat(registry.counts()).isEqualTo(before);
		// and, stored past every check as an older registry let them in, 104 lots of the most the lot
		// columns hold: 999,999,999.999 kg at 9,999,999.9999 yuan, 9,999,999,999,989.99 yuan each
		BigDecimal largestValue = new BigDecimal("999999999.999").multiply(new BigDecimal("9999999.9999"))
			.setScale(2, java.math.RoundingMode.HALF_UP);
		long template = jdbc.queryForObject("select id from lot where lot_code = ?", Long.class, atTheBounds);
		for (int i = 0; i < 104; i++) {
			jdbc.update("""
					insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
					                 value_yuan, compliance_basis, compliance_issued_on, registered_at, registered_by)
					select ?, producer_id, product_code, harvest_date, 999999999.999, 9999999.9999, ?,
					       compliance_basis, compliance_issued_on, registered_at, registered_by
					from lot where id = ?""", "HUGE-2008-" + i, largestValue, template);
			// wholly certified green, as the approved-output migration back-filled an older registry's lots
			jdbc.update("""
					insert into lot_certified (lot_id, cert_type, certified_kg, over_kg)
					select id, 'GREEN', quantity_kg, 0 from lot where lot_code = ?""", "HUGE-2008-" + i);
		}

		// when
		Launch execution = run(2008);

		// then the sums hold: 10,000,000,000.00 + 104 × 9,999,999,999,989.99
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		BigDecimal total = new BigDecimal("10000000000.00").add(largestValue.multiply(BigDecimal.valueOf(104)));
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2008");
		assertThat(r.get("lotCount").asLong()).isEqualTo(105);
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo(total);
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo(total);
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("1.000000"));
		// and against the smallest official total there may be, the share holds too
		putOfficial(2008, Map.of("totalYuan", "0.01"));
		assertThat(run(2008).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		r = stats.get("/api/v1/stats/indicator12?year=2008");
		assertThat(decimal(r.get("share"))).isEqualByComparingTo(total.movePointRight(2));
	}

	@Test
	void aRecalledLotCountsAsCertifiedOfNothingAndAHeldOneStillCounts() throws Exception {
		// given three green lots of 500.00 each, one of them held and one recalled
		long farm = registry.producer("辛合作社", "huangheshao");
		registry.certification(farm, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2011, 1, 1), LocalDate.of(2013, 12, 31));
		List<String> lots = List.of("1", "2", "3").stream()
			.map(n -> registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2011, 7, 1), "100", "5.00").get("lotCode").asString())
			.toList();
		String before = runs.inputs(2011);
		change(lots.get(0), "hold", "待检");
		String held = runs.inputs(2011);
		change(lots.get(1), "recall", "检出禁用农药");

		// when
		Launch execution = run(2011);

		// then the recalled lot's 500.00 stays in the denominator and leaves the numerators: 1000.00 of 1500.00
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode r = stats.get("/api/v1/stats/indicator12?year=2011");
		assertThat(r.get("denominatorBasis").asString()).isEqualTo("REGISTERED_LOTS");
		assertThat(decimal(r.get("denominatorYuan"))).isEqualByComparingTo("1500.00");
		assertThat(decimal(r.get("greenOrganicValueYuan"))).isEqualByComparingTo("1000.00");
		assertThat(decimal(r.get("sanpinValueYuan"))).isEqualByComparingTo("1000.00");
		assertThat(decimal(r.at("/byCertType/GREEN/valueYuan"))).isEqualByComparingTo("1000.00");
		assertThat(decimal(r.get("share"))).isEqualTo(new BigDecimal("0.666667"));
		// and every change of a lot's status is a new run
		assertThat(held).isNotEqualTo(before);
		assertThat(runs.inputs(2011)).isNotEqualTo(held);
	}

	private void change(String lotCode, String action, String reason) {
		registry.asBureau().post().uri("/api/v1/lots/" + lotCode + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reason", reason)).exchange().expectStatus().isOk();
	}

	private JobParameters lastParameters;

	/**
	 * Runs the job in this thread. It answers a holder rather than the execution itself: the batch
	 * test listeners take any method of a test class that returns a JobExecution for a factory.
	 */
	private Launch run(int year) throws Exception {
		jobs.setJob(indicator12Job);
		lastParameters = new JobParametersBuilder().addLong("year", (long) year)
			.addString("inputs", UUID.randomUUID().toString())
			.toJobParameters();
		return new Launch(jobs.startJob(lastParameters));
	}

	private record Launch(JobExecution execution) {

		BatchStatus getStatus() {
			return execution.getStatus();
		}
	}

	private boolean registryHasNoResult(int year) {
		return jdbc.queryForObject("select count(*) from indicator12_result where stat_year = ?", Long.class, year) == 0;
	}

	/** Lots read by the classifying step of one execution (not a StepExecution factory for the step scope). */
	private static long lotsRead(JobExecution execution) {
		return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("classifyLots"))
			.mapToLong(StepExecution::getReadCount).sum();
	}

	private void revoke(long certificationId, LocalDate on) {
		registry.asBureau().post().uri("/api/v1/certifications/" + certificationId + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", on.toString(), "reason", "抽检不合格"))
			.exchange().expectStatus().isOk();
	}

	private void putOfficial(int year, Map<String, Object> body) {
		registry.asBureau().put().uri("/api/v1/stats/official-output/" + year).contentType(MediaType.APPLICATION_JSON)
			.body(body).exchange().expectStatus().isOk();
	}

	private static Map<String, JsonNode> byCode(JsonNode array, String field) {
		Map<String, JsonNode> map = new java.util.TreeMap<>();
		array.forEach(node -> map.put(node.get(field).asString(), node));
		return map;
	}
}
