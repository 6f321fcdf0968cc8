package cn.saihan.trace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRegistered;
import cn.saihan.trace.certification.CertificationRevoked;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.enrolment.EnrolmentService;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.LotOutcome;
import cn.saihan.trace.lot.LotRegistration;
import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.producer.CreditCode;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.Producers;

/**
 * Seeds a dozen producers in Yulin, Huangheshao and Jinhe, their green, organic, GI and legacy
 * pollution-free certifications (one revoked), and a few hundred lots harvested 2023–2025 in each
 * product's season. Runs only on an empty registry, and is deterministic, so every newcomer sees
 * the same figures.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Who a demo lot is recorded by; real lots carry the login that registered them. */
	private static final String RECORDED_BY = "demo-data";

	/** The password the demo's enrolments chose; the README names it so a newcomer can sign in after approving. */
	private static final String DEMO_ENROLMENT_PASSWORD = "demo-enrolment";

	private final Producers producers;

	private final Certifications certifications;

	private final LotRegistration lots;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final EnrolmentService enrolments;

	private final Clock clock;

	DemoData(Producers producers, Certifications certifications, LotRegistration lots, TransactionTemplate transaction,
			ApplicationEventPublisher events, EnrolmentService enrolments, Clock clock) {
		this.enrolments = enrolments;
		this.producers = producers;
		this.certifications = certifications;
		this.lots = lots;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** A producer of the demo set, the products it grows and its season (harvest months). */
	private record Grower(String name, ProducerType type, String orgCode, String town, String village,
			String contact, Map<String, Season> crops) {
	}

	/** Harvest months and the price range in yuan per kg of one product. */
	private record Season(int firstMonth, int lastMonth, double minPrice, double maxPrice, int minKg, int maxKg) {
	}

	private static final Season TOMATO = new Season(6, 10, 3.0, 6.5, 300, 3000);
	private static final Season PITAYA = new Season(7, 11, 14.0, 26.0, 100, 1200);
	private static final Season MELON = new Season(7, 9, 6.0, 10.0, 500, 4000);
	private static final Season PUMPKIN = new Season(8, 10, 1.5, 3.2, 1000, 8000);
	private static final Season STRAWBERRY = new Season(1, 5, 20.0, 42.0, 50, 600);
	private static final Season GRAPE = new Season(8, 9, 8.0, 15.0, 300, 2500);
	private static final Season PERILLA = new Season(6, 9, 10.0, 20.0, 50, 500);
	private static final Season BITTER_GOURD = new Season(6, 9, 4.0, 7.5, 200, 1500);
	private static final Season FLOWERS = new Season(3, 10, 30.0, 60.0, 20, 200);

	private static final List<Grower> GROWERS = List.of(
			new Grower("榆林镇东干丈生态农场", ProducerType.FAMILY_FARM, "MA0N1E2F3", "yulin", "东干丈村", "13947101001",
					Map.of("TPZ-TOMATO", TOMATO, "BY-BITTERGOURD", BITTER_GOURD)),
			new Grower("赛音不浪网纹瓜种植专业合作社", ProducerType.COOPERATIVE, "MA0R5T6Y7", "yulin", "赛音不浪村",
					"13947101002", Map.of("SYBL-MELON", MELON)),
			new Grower("七圪台紫苏专业合作社", ProducerType.COOPERATIVE, "MA0Q8G9T1", "yulin", "七圪台村", "13947101003",
					Map.of("QGT-PERILLA", PERILLA)),
			new Grower("王二虎", ProducerType.INDIVIDUAL, null, "yulin", "榆林村", "13947101004",
					Map.of("GCL-PUMPKIN", PUMPKIN)),
			new Grower("太平庄番茄专业合作社", ProducerType.COOPERATIVE, "MA0T2P3N4", "huangheshao", "太平庄村",
					"13947102001", Map.of("TPZ-TOMATO", TOMATO)),
			new Grower("郜独利草莓种植专业合作社", ProducerType.COOPERATIVE, "MA0G5D6L7", "huangheshao", "郜独利村",
					"13947102002", Map.of("GDL-STRAWBERRY", STRAWBERRY)),
			new Grower("西讨速号葡萄家庭农场", ProducerType.FAMILY_FARM, "MA0X8T9R1", "huangheshao", "西讨速号村",
					"13947102003", Map.of("XTSH-GRAPE", GRAPE)),
			new Grower("黄合少镇白玉苦瓜专业合作社", ProducerType.COOPERATIVE, "MA0B2Y3K4", "huangheshao", "白玉村",
					"13947102004", Map.of("BY-BITTERGOURD", BITTER_GOURD, "TPZ-TOMATO", TOMATO)),
			new Grower("内蒙古黑沙图火龙果产业有限公司", ProducerType.ENTERPRISE, "MA0H5K6T7", "jinhe", "黑沙图村",
					"13947103001", Map.of("HST-PITAYA", PITAYA)),
			new Grower("格此老南瓜种植专业合作社", ProducerType.COOPERATIVE, "MA0G8C9L1", "jinhe", "格此老村",
					"13947103002", Map.of("GCL-PUMPKIN", PUMPKIN)),
			new Grower("呼和浩特蒙兰花卉科技有限公司", ProducerType.ENTERPRISE, "MA0M2L3H4", "jinhe", "金河村",
					"13947103003", Map.of("ML-FLOWER", FLOWERS)),
			new Grower("李桂英", ProducerType.INDIVIDUAL, null, "jinhe", "黑沙图村", "13947103004",
					Map.of("HST-PITAYA", PITAYA)));

	@Override
	public void run(ApplicationArguments args) {
		if (producers.count() > 0) {
			log.info("Registry already holds producers; demo data not seeded again");
			return;
		}
		// One transaction: an application stopped while seeding leaves nothing, and seeds it all next time.
		int lotCount = transaction.execute(status -> {
			int seededLots = seedLots(seedProducersAndCertifications());
			seedEnrolments();
			return seededLots;
		});
		log.info("Seeded demo data: {} producers, {} certifications, {} lots, 2 enrolments awaiting the bureau",
				producers.count(), certifications.count(), lotCount);
	}

	private List<Producer> seedProducersAndCertifications() {
		List<Producer> seeded = new ArrayList<>();
		for (Grower grower : GROWERS) {
			CreditCode creditCode = grower.orgCode() == null ? null
					: CreditCode.withCheckCharacter(typeDigits(grower.type()) + "150105" + grower.orgCode());
			seeded.add(producers.save(new Producer(grower.name(), grower.type(), creditCode, grower.town(),
					grower.village(), grower.name().length() <= 3 ? grower.name() : "联系人", grower.contact(),
					clock.instant())));
		}
		// 东干丈: green tomato licence 2023–2025; 太平庄: the tomato GI and a green licence from 2024.
		certify(seeded.get(0), CertificationType.GREEN, "LB-15-2301050312A", "2023-01-01", "2025-12-31", "TPZ-TOMATO",
				"BY-BITTERGOURD");
		certify(seeded.get(4), CertificationType.GI, "AGI02718", "2019-06-01", null, "TPZ-TOMATO");
		certify(seeded.get(4), CertificationType.GREEN, "LB-15-2403051877A", "2024-03-01", "2027-02-28", "TPZ-TOMATO");
		// 赛音不浪: a legacy pollution-free certificate, then green from mid-2023.
		certify(seeded.get(1), CertificationType.POLLUTION_FREE, "WNC-15-0016", "2016-05-01", "2019-04-30",
				"SYBL-MELON");
		certify(seeded.get(1), CertificationType.GREEN, "LB-15-2306050905A", "2023-06-15", "2026-06-14", "SYBL-MELON");
		// 黑沙图: organic, renewed every year, with a gap between 2023 and 2024.
		certify(seeded.get(8), CertificationType.ORGANIC, "124OP2300157", "2023-07-01", "2024-06-30", "HST-PITAYA");
		certify(seeded.get(8), CertificationType.ORGANIC, "124OP2400398", "2024-08-01", "2025-07-31", "HST-PITAYA");
		certify(seeded.get(8), CertificationType.ORGANIC, "124OP2500412", "2025-08-01", "2026-07-31", "HST-PITAYA");
		// 郜独利: green strawberries, revoked after a failed spot check in September 2024.
		Certification strawberry = certify(seeded.get(5), CertificationType.GREEN, "LB-15-2302051144A", "2023-02-01",
				"2026-01-31", "GDL-STRAWBERRY");
		strawberry.revoke(LocalDate.of(2024, 9, 15), "2024年省级抽检农药残留超标");
		events.publishEvent(new CertificationRevoked(strawberry));
		// 西讨速号: green grapes; 七圪台: organic perilla for 2025; 蒙兰: green flowers lapsing soon.
		certify(seeded.get(6), CertificationType.GREEN, "LB-15-2407050621A", "2024-07-01", "2027-06-30", "XTSH-GRAPE");
		certify(seeded.get(2), CertificationType.ORGANIC, "124OP2500077", "2025-05-01", "2026-04-30", "QGT-PERILLA");
		certify(seeded.get(10), CertificationType.GREEN, "LB-15-2401051990A", "2024-01-10", "2027-01-09", "ML-FLOWER");
		return seeded;
	}

	/** Two producers asking to be registered, so the bureau's review page has something to decide. */
	private void seedEnrolments() {
		CreditCode farm = CreditCode.withCheckCharacter(typeDigits(ProducerType.FAMILY_FARM) + "150105" + "MA0W5L7N2");
		enrolments.submit(new NewProducer("赛罕区乌兰家庭农场", ProducerType.FAMILY_FARM, farm.value(), "yulin", "后窑子村",
				"乌兰", "13947104001"), "wulan-farm", DEMO_ENROLMENT_PASSWORD);
		enrolments.submit(new NewProducer("赵文斌", ProducerType.INDIVIDUAL, null, "huangheshao", "太平庄村", "赵文斌",
				"13947104002"), "zhao-wenbin", DEMO_ENROLMENT_PASSWORD);
	}

	private Certification certify(Producer producer, CertificationType type, String number, String from, String to,
			String... products) {
		Certification certification = certifications.save(new Certification(producer.getId(), type, number,
				Set.of(products), type == CertificationType.ORGANIC ? "中绿华夏有机产品认证中心"
						: type == CertificationType.GI ? "农业农村部" : "中国绿色食品发展中心",
				LocalDate.parse(from), to == null ? null : LocalDate.parse(to), clock.instant()));
		// Seeded certifications go on the audit record like any other.
		events.publishEvent(new CertificationRegistered(certification));
		return certification;
	}

	/** Every lot of the demo in one registration call, in the order of their harvests' years. */
	private int seedLots(List<Producer> seeded) {
		Random random = new Random(2025);
		LocalDate today = LocalDate.now(clock);
		List<NewLot> seeds = new ArrayList<>();
		for (int year = 2023; year <= 2025; year++) {
			for (int i = 0; i < GROWERS.size(); i++) {
				Grower grower = GROWERS.get(i);
				for (Map.Entry<String, Season> crop : grower.crops().entrySet().stream()
					.sorted(Map.Entry.comparingByKey()).toList()) {
					Season season = crop.getValue();
					int lotsThisYear = 6 + random.nextInt(5) + (year - 2023) * 2;
					for (int n = 0; n < lotsThisYear; n++) {
						int month = season.firstMonth() + random.nextInt(season.lastMonth() - season.firstMonth() + 1);
						LocalDate harvest = LocalDate.of(year, month, 1 + random.nextInt(28));
						if (harvest.isAfter(today)) {
							continue;
						}
						BigDecimal kg = BigDecimal.valueOf(season.minKg() + random.nextInt(season.maxKg() - season.minKg()));
						BigDecimal price = BigDecimal.valueOf(season.minPrice()
								+ random.nextDouble() * (season.maxPrice() - season.minPrice()))
							.setScale(2, RoundingMode.HALF_UP);
						ComplianceBasis basis = ComplianceBasis.values()[random.nextInt(ComplianceBasis.values().length)];
						seeds.add(NewLot.harvest(seeded.get(i).getId(), crop.getKey(), harvest, kg, price, null,
								"第" + (1 + random.nextInt(4)) + "号地块", null, basis));
					}
				}
			}
		}
		List<LotOutcome> outcomes = lots.register(seeds, RECORDED_BY);
		if (!outcomes.stream().allMatch(LotOutcome.Registered.class::isInstance)) {
			throw new IllegalStateException("The demo's lots break the registry's rules: " + outcomes);
		}
		return outcomes.size();
	}

	private static String typeDigits(ProducerType type) {
		return switch (type) {
			case ENTERPRISE -> "91";
			case COOPERATIVE -> "93";
			case FAMILY_FARM -> "92";
			case INDIVIDUAL -> throw new IllegalArgumentException("Individual farmers have no credit code");
		};
	}
}
