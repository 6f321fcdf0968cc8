package cn.saihan.trace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRegistered;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.imports.LotImportReport;
import cn.saihan.trace.imports.LotImports;
import cn.saihan.trace.indicator.Indicator12Result;
import cn.saihan.trace.indicator.Indicator12Results;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.producer.CreditCode;
import cn.saihan.trace.testing.TraceTestApplication;

/**
 * Measures the two heavy jobs against the bare database doing the same work, in the same run on the
 * same H2 file (machines here vary too much for absolute goals). Run with
 * {@code mvn -B -Pbench -pl batch-jobs -am test}; it prints the ratios and the absolute figures and
 * asserts only that the job and the bare query agree on the headline. The URL turns H2's query cache
 * off, or a repeated query would be answered from it; it does not set LAZY_QUERY_EXECUTION, with which
 * H2 2.4 failed a long cursor read while other connections wrote ("Chunk … not found").
 */
@SpringBootTest(classes = TraceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:file:./target/h2/bench-${random.uuid};QUERY_CACHE_SIZE=0",
				"trace.batch.expiry.cron=-", "logging.level.org.springframework.batch=WARN" })
class BatchJobsBenchmark {

	/** {@code -Dbench.lots=} runs a smaller set while iterating; figures worth quoting use the default. */
	private static final int LOTS = Integer.getInteger("bench.lots", 1_000_000);

	private static final int PRODUCERS = 500;

	private static final int YEAR = 2024;

	private static final int ROUNDS = 3;

	private static final String[] PRODUCTS = { "TPZ-TOMATO", "HST-PITAYA", "SYBL-MELON", "GCL-PUMPKIN",
			"GDL-STRAWBERRY", "XTSH-GRAPE", "QGT-PERILLA", "BY-BITTERGOURD", "ML-FLOWER" };

	private static final String[] TOWNS = { "renminlu", "daxuexilu", "wulanchabudonglu", "daxuedonglu",
			"zhongzhuanlu", "zhaowudalu", "bayan", "chilechuanlu", "yulin", "huangheshao", "jinhe" };

	/**
	 * The headline figure in one statement, for comparison only: the §2.8 rule and the §2.9 allocation
	 * written out in SQL — each lot certified by a green or organic certification draws, in the order
	 * of its id, on the certification's approved output for its product in the certificate year of the
	 * harvest (a window over the lots before it); its green-or-organic value is the larger of its two
	 * certified values. It holds for the benchmark's registry, with at most one certification of a type
	 * per producer and no validity from a 29 February; the application handles the rest.
	 */
	private static final String BARE_HEADLINE = """
			with certifying as (
			    select l.id, l.harvest_date, l.product_code, l.quantity_kg, l.unit_price_yuan, l.value_yuan, c.id as certification_id,
			           ao.approved_kg,
			           extract(year from l.harvest_date) - extract(year from c.valid_from)
			             - case when extract(month from l.harvest_date) * 100 + extract(day from l.harvest_date)
			                       < extract(month from c.valid_from) * 100 + extract(day from c.valid_from)
			                    then 1 else 0 end as certificate_year
			    from lot l
			    join certification c on c.producer_id = l.producer_id and c.type in ('GREEN', 'ORGANIC')
			    join certification_product cp on cp.certification_id = c.id and cp.product_code = l.product_code
			    left join certification_approved_output ao on ao.certification_id = c.id
			        and ao.product_code = l.product_code
			    where l.origin = 'HARVEST' and c.valid_from <= l.harvest_date
			      and (c.valid_to is null or c.valid_to >= l.harvest_date)
			      and (c.revoked_at is null or c.revoked_at > l.harvest_date)),
			drawn as (
			    select id, harvest_date, quantity_kg, unit_price_yuan, value_yuan,
			           case when approved_kg is null then quantity_kg
			                else least(quantity_kg, greatest(approved_kg - (sum(quantity_kg) over (
			                    partition by certification_id, product_code, certificate_year order by id
			                    rows between unbounded preceding and current row) - quantity_kg), 0)) end as certified_kg
			    from certifying),
			certified as (
			    select id, max(case when certified_kg >= quantity_kg then value_yuan
			                        else round(certified_kg * unit_price_yuan, 2) end) as green_organic
			    from drawn where harvest_date >= ? and harvest_date < ? group by id)
			select (select count(*) from lot where harvest_date >= ? and harvest_date < ? and origin = 'HARVEST') as lots,
			       (select sum(value_yuan) from lot where harvest_date >= ? and harvest_date < ? and origin = 'HARVEST')
			           as total,
			       (select coalesce(sum(green_organic), 0) from certified) as green_organic""";

	@Autowired
	DataSource dataSource;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("indicator12Job")
	Job indicator12Job;

	@Autowired
	Indicator12Results results;

	@Autowired
	LotImports imports;

	@Autowired
	Certifications certificationRepository;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void indicator12AndLotImportAgainstBareJdbc() throws Exception {
		long[] producerIds = producers();
		certifications(producerIds);
		long t = System.nanoTime();
		generateLots(producerIds);
		System.out.printf("bench setup %,d lots generated in %.1f s%n", LOTS, seconds(t));
		t = System.nanoTime();
		allocate();
		System.out.printf("bench setup lots allocated by the registry in %.1f s%n", seconds(t));

		indicator12();
		lotImport(producerIds);
	}

	private void indicator12() throws Exception {
		// one untimed round of each warms the JIT and the page cache for both
		runJob();
		bareHeadline();
		List<Double> job = new ArrayList<>();
		List<Double> sql = new ArrayList<>();
		BigDecimal[] bare = null;
		for (int round = 0; round < ROUNDS; round++) {
			long t = System.nanoTime();
			runJob();
			job.add(seconds(t));
			t = System.nanoTime();
			bare = bareHeadline();
			sql.add(seconds(t));
		}
		Indicator12Result result = results.find(YEAR).orElseThrow();
		assertThat(result.lotCount()).isEqualTo(bare[0].longValue());
		assertThat(result.denominatorYuan()).isEqualByComparingTo(bare[1]);
		assertThat(result.greenOrganicValueYuan()).isEqualByComparingTo(bare[2]);
		double jobSeconds = median(job);
		double sqlSeconds = median(sql);
		System.out.printf("bench indicator12 job %.2f s (runs %s), bare SQL with window functions %.2f s (runs %s), "
				+ "%,d lots, headline %s of %s = %s, over the approved output %s%n", jobSeconds, job, sqlSeconds, sql,
				LOTS, result.greenOrganicValueYuan(), result.denominatorYuan(), result.share(),
				result.overApprovedValueYuan());
		System.out.printf("bench indicator12-allocation ratio=%.2f%n", jobSeconds / sqlSeconds);
	}

	private void runJob() throws Exception {
		JobExecution execution = jobOperator.start(indicator12Job, new JobParametersBuilder()
			.addLong("year", (long) YEAR)
			.addString("inputs", UUID.randomUUID().toString())
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	/** lots, total, green or organic. */
	private BigDecimal[] bareHeadline() throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement(BARE_HEADLINE)) {
			for (int i = 1; i <= 6; i += 2) {
				query.setObject(i, LocalDate.of(YEAR, 1, 1));
				query.setObject(i + 1, LocalDate.of(YEAR + 1, 1, 1));
			}
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return new BigDecimal[] { BigDecimal.valueOf(rs.getLong("lots")), rs.getBigDecimal("total"),
						rs.getBigDecimal("green_organic") };
			}
		}
	}

	private void lotImport(long[] producerIds) throws Exception {
		Path csv = Files.createTempFile("bench-lots-", ".csv");
		try {
			List<String[]> rows = importRows(producerIds);
			try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				out.write("creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village\n");
				for (String[] row : rows) {
					out.write(String.join(",", row));
					out.write('\n');
				}
			}
			System.out.printf("bench import file %,d rows, %,d bytes%n", rows.size(), Files.size(csv));

			// the bare baseline stores what the import stores: each lot and its HARVESTED event
			long t = System.nanoTime();
			long cpu = processCpuNanos();
			bareInserts(rows, "B", true);
			double bareSeconds = seconds(t);
			double bareCpuSeconds = (processCpuNanos() - cpu) / 1e9;
			t = System.nanoTime();
			bareInserts(rows, "L", false);
			double bareLotsOnlySeconds = seconds(t);

			t = System.nanoTime();
			cpu = processCpuNanos();
			LotImportReport report = imports.importFile(csv, "bench");
			double importSeconds = seconds(t);
			double importCpuSeconds = (processCpuNanos() - cpu) / 1e9;
			assertThat(report.written()).isEqualTo(rows.size());

			double importRate = rows.size() / importSeconds;
			double bareRate = rows.size() / bareSeconds;
			System.out.printf("bench import job %.2f s = %,.0f rows/s; bare JDBC batch inserts of lots and events "
					+ "%.2f s = %,.0f rows/s (lots alone %.2f s = %,.0f rows/s)%n", importSeconds, importRate,
					bareSeconds, bareRate, bareLotsOnlySeconds, rows.size() / bareLotsOnlySeconds);
			// On a shared machine the wall clock also counts the time others held the cores.
			System.out.printf("bench import cpu: ours %.1f s, bare %.1f s (this process, all threads)%n",
					importCpuSeconds, bareCpuSeconds);
			System.out.printf("bench import ratio=%.2f%n", importRate / bareRate);
		}
		finally {
			Files.deleteIfExists(csv);
		}
	}

	/** Half the rows carry a lot code, half leave it to the import; some name a plot and a village. */
	private List<String[]> importRows(long[] producerIds) throws Exception {
		List<String> creditCodes = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select credit_code from producer order by id")) {
			while (rs.next()) {
				creditCodes.add(rs.getString(1));
			}
		}
		Random random = new Random(7);
		List<String[]> rows = new ArrayList<>(LOTS);
		LocalDate start = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < LOTS; i++) {
			rows.add(new String[] { creditCodes.get(random.nextInt(creditCodes.size())),
					PRODUCTS[random.nextInt(PRODUCTS.length)], start.plusDays(random.nextInt(365)).toString(),
					(1 + random.nextInt(10_000)) + "." + random.nextInt(10),
					(50 + random.nextInt(5_000)) / 100 + "." + String.format("%02d", random.nextInt(100)),
					i % 2 == 0 ? String.format("IMP-%08d", i) : "", i % 3 == 0 ? "一号棚" : "",
					i % 5 == 0 ? "东干丈村" : "" });
		}
		return rows;
	}

	/**
	 * Plain JDBC: the rows as they are, no checks, a prepared statement batched by 1,000, one commit.
	 * The codes have the shape the import stores (the file's code, or seven characters that fall
	 * anywhere in the code index, as a derived code does), so both sides fill the same index alike.
	 */
	private void bareInserts(List<String[]> rows, String codePrefix, boolean withEvents) throws Exception {
		java.util.Map<String, Long> producerByCreditCode = new java.util.HashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select credit_code, id from producer")) {
			while (rs.next()) {
				producerByCreditCode.put(rs.getString(1), rs.getLong(2));
			}
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement lot = connection.prepareStatement("""
					insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
					    value_yuan, plot, village, compliance_basis, compliance_issued_on, registered_at, registered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
					PreparedStatement event = connection.prepareStatement("""
							insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
							values (?, ?, ?, ?, ?, ?, ?)""")) {
				List<String[]> batch = new ArrayList<>(1000);
				for (int i = 0; i < rows.size(); i++) {
					String[] row = rows.get(i);
					BigDecimal quantity = new BigDecimal(row[3]);
					BigDecimal price = new BigDecimal(row[4]);
					lot.setString(1, codePrefix + (row[5].isEmpty() ? spreadCode(i) : "-" + row[5]));
					lot.setLong(2, producerByCreditCode.get(row[0]));
					lot.setString(3, row[1]);
					lot.setObject(4, LocalDate.parse(row[2]));
					lot.setBigDecimal(5, quantity);
					lot.setBigDecimal(6, price);
					lot.setBigDecimal(7, Lot.valueOf(quantity, price));
					lot.setString(8, row[6].isEmpty() ? null : row[6]);
					lot.setString(9, row[7].isEmpty() ? null : row[7]);
					lot.setString(10, "SELF_COMMITMENT");
					lot.setObject(11, now.toLocalDate());
					lot.setObject(12, now);
					lot.setString(13, "bench");
					lot.addBatch();
					batch.add(row);
					if (batch.size() == 1000 || i == rows.size() - 1) {
						lot.executeBatch();
						if (withEvents) {
							try (ResultSet keys = lot.getGeneratedKeys()) {
								int k = 0;
								while (keys.next()) {
									String[] r = batch.get(k++);
									event.setLong(1, keys.getLong(1));
									event.setString(2, "HARVESTED");
									event.setObject(3, LocalDate.parse(r[2]).atStartOfDay(ZoneId.of("Asia/Shanghai"))
										.toOffsetDateTime());
									event.setString(4, "yulin");
									event.setString(5, "{\"quantityKg\":" + r[3] + "}");
									event.setString(6, "bench");
									event.setObject(7, now);
									event.addBatch();
								}
							}
							event.executeBatch();
						}
						batch.clear();
					}
				}
			}
			connection.commit();
		}
	}

	private long[] producers() throws Exception {
		long[] ids = new long[PRODUCERS];
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("""
						insert into producer (name, type, credit_code, town_code, village, registered_at)
						values (?, 'COOPERATIVE', ?, ?, ?, ?)""", new String[] { "id" })) {
			for (int i = 0; i < PRODUCERS; i++) {
				insert.setString(1, "合作社" + i);
				insert.setString(2, CreditCode.withCheckCharacter(String.format("9115010B%09d", i)).value());
				insert.setString(3, TOWNS[i % TOWNS.length]);
				insert.setString(4, "村" + i % 37);
				insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
				insert.addBatch();
			}
			insert.executeBatch();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				for (int i = 0; keys.next(); i++) {
					ids[i] = keys.getLong(1);
				}
			}
		}
		return ids;
	}

	/**
	 * The lots were written bare, so the registry allocates them as it does when a certification is
	 * registered over lots already there: one announcement per certification, in the order of their ids.
	 */
	private void allocate() {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		for (Certification certification : certificationRepository.findAll()) {
			transaction.executeWithoutResult(status -> events.publishEvent(new CertificationRegistered(
					certificationRepository.findById(certification.getId()).orElseThrow())));
		}
	}

	/**
	 * A third hold a green licence for two products, some organic, some GI, and a few licences are
	 * revoked; a tenth (green and organic) have an approved output for one product, which their lots
	 * of a year outgrow.
	 */
	private void certifications(long[] producerIds) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement cert = connection.prepareStatement("""
						insert into certification (producer_id, type, certificate_no, valid_from, valid_to, revoked_at,
						    registered_at)
						values (?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
				PreparedStatement covers = connection.prepareStatement(
						"insert into certification_product (certification_id, product_code) values (?, ?)");
				PreparedStatement approved = connection.prepareStatement("""
						insert into certification_approved_output (certification_id, product_code, approved_kg)
						values (?, ?, ?)""")) {
			int number = 0;
			for (int i = 0; i < producerIds.length; i++) {
				if (i % 3 == 0) {
					long id = certification(cert, producerIds[i], "GREEN", "LB-15-2303" + String.format("15%05dA", number++),
							LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28),
							i % 11 == 0 ? LocalDate.of(YEAR, 8, 15) : null);
					cover(covers, id, PRODUCTS[i % 9], PRODUCTS[(i + 1) % 9]);
					if (i % 10 == 0) {
						approve(approved, id, PRODUCTS[i % 9], "500000");
					}
				}
				if (i % 5 == 0) {
					long id = certification(cert, producerIds[i], "ORGANIC", String.format("OR-B%07d", number++),
							LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), null);
					cover(covers, id, PRODUCTS[i % 9]);
					if (i % 10 == 0) {
						approve(approved, id, PRODUCTS[i % 9], "300000");
					}
				}
				if (i % 7 == 0) {
					long id = certification(cert, producerIds[i], "GI", String.format("AGI%05d", number++),
							LocalDate.of(2010, 1, 1), null, null);
					cover(covers, id, PRODUCTS[(i + 2) % 9]);
				}
			}
		}
	}

	private static long certification(PreparedStatement cert, long producerId, String type, String number,
			LocalDate from, LocalDate to, LocalDate revokedAt) throws Exception {
		cert.setLong(1, producerId);
		cert.setString(2, type);
		cert.setString(3, number);
		cert.setObject(4, from);
		cert.setObject(5, to);
		cert.setObject(6, revokedAt);
		cert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
		cert.executeUpdate();
		try (ResultSet keys = cert.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	private static void approve(PreparedStatement approved, long certificationId, String product, String kg)
			throws Exception {
		approved.setLong(1, certificationId);
		approved.setString(2, product);
		approved.setBigDecimal(3, new BigDecimal(kg));
		approved.executeUpdate();
	}

	private static void cover(PreparedStatement covers, long certificationId, String... products) throws Exception {
		for (String product : Arrays.stream(products).distinct().toList()) {
			covers.setLong(1, certificationId);
			covers.setString(2, product);
			covers.executeUpdate();
		}
	}

	private void generateLots(long[] producerIds) throws Exception {
		Random random = new Random(42);
		LocalDate start = LocalDate.of(YEAR, 1, 1);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement lot = connection.prepareStatement("""
					insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
					    value_yuan, compliance_basis, compliance_issued_on, registered_at, registered_by)
					values (?, ?, ?, ?, ?, ?, ?, 'SELF_COMMITMENT', ?, ?, 'bench')""")) {
				for (int i = 0; i < LOTS; i++) {
					BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(100_000), 1);
					BigDecimal price = BigDecimal.valueOf(50 + random.nextInt(5_000), 2);
					lot.setString(1, String.format("GEN-%08d", i));
					lot.setLong(2, producerIds[random.nextInt(producerIds.length)]);
					lot.setString(3, PRODUCTS[random.nextInt(PRODUCTS.length)]);
					lot.setObject(4, start.plusDays(random.nextInt(366)));
					lot.setBigDecimal(5, quantity);
					lot.setBigDecimal(6, price);
					lot.setBigDecimal(7, Lot.valueOf(quantity, price));
					lot.setObject(8, now.toLocalDate());
					lot.setObject(9, now);
					lot.addBatch();
					if (i % 1000 == 999) {
						lot.executeBatch();
						connection.commit();
					}
				}
				lot.executeBatch();
			}
			connection.commit();
		}
	}

	/** A code unique to the row that lands anywhere in the index: row number times an odd constant, mod 2^40, high bits first. */
	private static String spreadCode(int row) {
		long bits = row * 0x9E3779B97F4A7C15L & (1L << 40) - 1;
		StringBuilder code = new StringBuilder("TPZ-250718-");
		for (int i = 0; i < 8; i++) {
			code.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt((int) (bits >>> 35 & 31)));
			bits <<= 5;
		}
		return code.toString();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
