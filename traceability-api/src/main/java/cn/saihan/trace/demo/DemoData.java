package cn.saihan.trace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.saihan.trace.brand.BrandKind;
import cn.saihan.trace.brand.BrandService;
import cn.saihan.trace.brand.BrandService.NewBrand;
import cn.saihan.trace.brand.BrandService.NewLicence;
import cn.saihan.trace.brand.ZoneLevel;
import cn.saihan.trace.brand.ZoneService;
import cn.saihan.trace.brand.ZoneService.NewZone;
import cn.saihan.trace.brand.ZoneStatus;
import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRequest;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.certification.RevocationRequest;
import cn.saihan.trace.enrolment.EnrolmentService;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.LotOutcome;
import cn.saihan.trace.lot.LotRegistration;
import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.producer.CreditCode;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.Producers;

/**
 * Seeds a dozen producers in Yulin, Huangheshao, Jinhe and Bayan, their green, organic, GI, 名特优新
 * and legacy pollution-free certifications (most with an approved output, one producer harvesting
 * more than its licence approves), the plan's brands with some licences, and a few hundred lots
 * harvested in each product's season over this year and the three before. Everything is dated from
 * today, so that a first look shows what a
 * working registry shows: this year's harvests, certificates valid now (a few lapsing within 60 days,
 * one lately lapsed, one revoked), and earlier years for the trend. Everything goes through the
 * registry's own services, as any registration does, with their checks, events and audit entries.
 * Runs only on an empty registry, deterministic for a given day.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Who a demo lot is recorded by; real lots carry the login that registered them. */
	private static final String RECORDED_BY = "demo-data";

	/** The password the demo's enrolments chose; the README names it so a newcomer can sign in after approving. */
	private static final String DEMO_ENROLMENT_PASSWORD = "demo-enrolment";

	/** Years of harvests before this one, for the indicator's trend. */
	private static final int EARLIER_YEARS = 3;

	private final Producers producers;

	private final ProducerService producerService;

	private final Certifications certifications;

	private final CertificationService certificationService;

	private final LotRegistration lots;

	private final EnrolmentService enrolments;

	private final BrandService brands;

	private final ZoneService zones;

	private final TransactionTemplate transaction;

	private final DemoSeeding seeding;

	private final Clock clock;

	DemoData(Producers producers, ProducerService producerService, Certifications certifications,
			CertificationService certificationService, LotRegistration lots, EnrolmentService enrolments,
			BrandService brands, ZoneService zones, TransactionTemplate transaction, DemoSeeding seeding, Clock clock) {
		this.producers = producers;
		this.producerService = producerService;
		this.certifications = certifications;
		this.certificationService = certificationService;
		this.lots = lots;
		this.enrolments = enrolments;
		this.brands = brands;
		this.zones = zones;
		this.transaction = transaction;
		this.seeding = seeding;
		this.clock = clock;
	}

	/** A producer of the demo set, its contact person and the products it grows in their season. */
	private record Grower(String name, ProducerType type, String orgCode, String town, String village,
			String contactName, String phone, Map<String, Season> crops) {
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
			new Grower("榆林镇东干丈生态农场", ProducerType.FAMILY_FARM, "MA0N1E2F3", "yulin", "东干丈村", "郝建军",
					"13947101001", Map.of("TPZ-TOMATO", TOMATO, "BY-BITTERGOURD", BITTER_GOURD)),
			new Grower("赛音不浪网纹瓜种植专业合作社", ProducerType.COOPERATIVE, "MA0R5T6Y7", "yulin", "赛音不浪村",
					"其木格", "13947101002", Map.of("SYBL-MELON", MELON)),
			new Grower("七圪台紫苏专业合作社", ProducerType.COOPERATIVE, "MA0Q8G9T1", "yulin", "七圪台村", "刘海燕",
					"13947101003", Map.of("QGT-PERILLA", PERILLA)),
			new Grower("王二虎", ProducerType.INDIVIDUAL, null, "yulin", "榆林村", "王二虎", "13947101004",
					Map.of("GCL-PUMPKIN", PUMPKIN)),
			new Grower("太平庄番茄专业合作社", ProducerType.COOPERATIVE, "MA0T2P3N4", "huangheshao", "太平庄村",
					"赵福生", "13947102001", Map.of("TPZ-TOMATO", TOMATO)),
			new Grower("郜独利草莓种植专业合作社", ProducerType.COOPERATIVE, "MA0G5D6L7", "huangheshao", "郜独利村",
					"高丽娟", "13947102002", Map.of("GDL-STRAWBERRY", STRAWBERRY)),
			new Grower("西讨速号葡萄家庭农场", ProducerType.FAMILY_FARM, "MA0X8T9R1", "huangheshao", "西讨速号村",
					"苏和", "13947102003", Map.of("XTSH-GRAPE", GRAPE)),
			// 白玉 is the bitter gourd's variety, not a village: the cooperative names none.
			new Grower("黄合少镇白玉苦瓜专业合作社", ProducerType.COOPERATIVE, "MA0B2Y3K4", "huangheshao", null,
					"白玉兰", "13947102004", Map.of("BY-BITTERGOURD", BITTER_GOURD, "TPZ-TOMATO", TOMATO)),
			new Grower("内蒙古黑沙图火龙果产业有限公司", ProducerType.ENTERPRISE, "MA0H5K6T7", "jinhe", "黑沙图村",
					"孟庆华", "13947103001", Map.of("HST-PITAYA", PITAYA)),
			new Grower("格此老南瓜种植专业合作社", ProducerType.COOPERATIVE, "MA0G8C9L1", "jinhe", "格此老村",
					"乌云", "13947103002", Map.of("GCL-PUMPKIN", PUMPKIN)),
			// As the plan has it: 蒙兰花卉 grow at 蒙兰花果山, 罗家营村, in 巴彦.
			new Grower("呼和浩特蒙兰花卉科技有限公司", ProducerType.ENTERPRISE, "MA0M2L3H4", "bayan", "罗家营村",
					"兰晓东", "13947103003", Map.of("ML-FLOWER", FLOWERS)),
			new Grower("李桂英", ProducerType.INDIVIDUAL, null, "jinhe", "黑沙图村", "李桂英", "13947103004",
					Map.of("HST-PITAYA", PITAYA)));

	@Override
	public void run(ApplicationArguments args) {
		if (producers.count() > 0) {
			log.info("Registry already holds producers; demo data not seeded again");
			return;
		}
		LocalDate today = LocalDate.now(clock);
		log.info("Seeding the demo data set, dated from {}; the home page says so until it is done", today);
		Instant start = Instant.now();
		seeding.started();
		try {
			// One transaction: an application stopped while seeding leaves nothing, and seeds it all next time.
			int lotCount = transaction.execute(status -> {
				List<Producer> seeded = seedProducers();
				seedCertifications(seeded, today);
				seedBrands(seeded, today);
				seedZones(today);
				int lotsSeeded = seedLots(seeded, today);
				seedEnrolments();
				return lotsSeeded;
			});
			log.info("Seeded the demo data set in {} ms: {} producers, {} certifications, {} lots harvested {} to {}, "
					+ "2 enrolments awaiting the bureau", Duration.between(start, Instant.now()).toMillis(),
					producers.count(), certifications.count(), lotCount, today.getYear() - EARLIER_YEARS, today);
		}
		finally {
			seeding.finished();
		}
	}

	private List<Producer> seedProducers() {
		List<Producer> seeded = new ArrayList<>();
		for (Grower grower : GROWERS) {
			CreditCode creditCode = grower.orgCode() == null ? null
					: CreditCode.withCheckCharacter(typeDigits(grower.type()) + "150105" + grower.orgCode());
			seeded.add(producerService.register(new NewProducer(grower.name(), grower.type(),
					creditCode == null ? null : creditCode.value(), grower.town(), grower.village(),
					grower.contactName(), grower.phone())));
		}
		return seeded;
	}

	/**
	 * Certifications dated from today: most valid now, two green licences and an organic certificate
	 * lapsing within 60 days, an organic certificate renewed every year with gaps (one lately lapsed),
	 * a legacy pollution-free certificate and a revoked green licence. Most state an approved output
	 * (核准产量): 东干丈's tomatoes are approved for less than it harvests, so its later lots of a year
	 * lie over it; 太平庄's tomatoes are also an entry of the national 名特优新 catalogue.
	 */
	private void seedCertifications(List<Producer> seeded, LocalDate today) {
		// 东干丈: green tomato and bitter gourd, two years into its three; fewer tomatoes approved than it grows.
		green(seeded.get(0), today.minusMonths(26), Map.of("TPZ-TOMATO", new BigDecimal("8000"), "BY-BITTERGOURD",
				new BigDecimal("12000")), "TPZ-TOMATO", "BY-BITTERGOURD");
		// 太平庄: the tomato GI since long ago, a green licence, and an entry in the 名特优新 catalogue.
		certify(seeded.get(4), CertificationType.GI, "AGI02718", "农业农村部", today.minusYears(7), null, Map.of(),
				"TPZ-TOMATO");
		green(seeded.get(4), today.minusMonths(20), Map.of("TPZ-TOMATO", new BigDecimal("60000")), "TPZ-TOMATO");
		certify(seeded.get(4), CertificationType.MINGTEYOUXIN, "CAQS-MTYX-20240145", "农业农村部农产品质量安全中心",
				today.minusMonths(18), today.minusMonths(18).plusYears(3).minusDays(1),
				Map.of("TPZ-TOMATO", new BigDecimal("60000")), "TPZ-TOMATO");
		// 赛音不浪: a legacy pollution-free certificate, then green, its three years ending in 39 days.
		certify(seeded.get(1), CertificationType.POLLUTION_FREE, "WNC-15-0016", "农业农村部农产品质量安全中心",
				today.minusYears(9), today.minusYears(6).minusDays(1), Map.of(), "SYBL-MELON");
		green(seeded.get(1), today.minusYears(3).plusDays(40), Map.of("SYBL-MELON", new BigDecimal("80000")),
				"SYBL-MELON");
		// 黑沙图: organic, renewed every year with a month's gap: two years back, lately lapsed, and current.
		organic(seeded.get(8), today.minusMonths(27), 1, "HST-PITAYA");
		organic(seeded.get(8), today.minusMonths(14), 2, "HST-PITAYA");
		organic(seeded.get(8), today.minusMonths(1), 3, "HST-PITAYA");
		// 郜独利: green strawberries, revoked after a failed spot check eight months ago.
		Certification strawberry = green(seeded.get(5), today.minusMonths(22), Map.of(), "GDL-STRAWBERRY");
		certificationService.revoke(strawberry.getId(),
				new RevocationRequest(today.minusMonths(8), "省级农产品质量安全监督抽检：农药残留超标"));
		// 西讨速号: green grapes; 七圪台: organic perilla lapsing in a month; 蒙兰: green flowers lapsing in 24 days.
		green(seeded.get(6), today.minusMonths(16), Map.of("XTSH-GRAPE", new BigDecimal("40000")), "XTSH-GRAPE");
		organic(seeded.get(2), today.minusMonths(11), 4, "QGT-PERILLA");
		green(seeded.get(10), today.minusYears(3).plusDays(25), Map.of(), "ML-FLOWER");
	}

	/**
	 * The plan's specialty brands, as samples (not official designations): three regional public
	 * brands, each with an origin area of its village and licences for some of its growers, and
	 * 蒙兰花卉 as its company's enterprise brand. 东干丈's tomatoes (榆林镇) lie outside 太平庄西红柿's
	 * area, and 李桂英's application for 黑沙图红心火龙果 waits for the bureau, so their lots bear no brand.
	 */
	private void seedBrands(List<Producer> seeded, LocalDate today) {
		regional("TPZ-XIHONGSHI", "太平庄西红柿", "TPZ-TOMATO", "huangheshao", "太平庄村", "#c0392b",
				"大青山南麓的沙壤土、昼夜温差大，太平庄的西红柿皮薄沙瓤、酸甜适口。");
		regional("HST-HONGXIN", "黑沙图红心火龙果", "HST-PITAYA", "jinhe", "黑沙图村", "#8e2459",
				"塞外温室里长出的红心火龙果：日照足、果肉甜。");
		regional("QGT-ZISU", "七圪台紫苏", "QGT-PERILLA", "yulin", "七圪台村", "#5b2c6f",
				"七圪台村连片种植的紫苏，叶厚味浓。");
		brands.register(new NewBrand("ML-HUAHUI", "蒙兰花卉", BrandKind.ENTERPRISE, null, seeded.get(10).getId(),
				"蒙兰花果山的鲜切花与盆花。", List.of("ML-FLOWER"), List.of(), List.of()));
		brands.setLogo("ML-HUAHUI", logo("蒙", "#d35400"), RECORDED_BY);
		LocalDate from = today.minusYears(2).withDayOfYear(1);
		LocalDate to = from.plusYears(3).minusDays(1);
		brands.grant("TPZ-XIHONGSHI", new NewLicence(seeded.get(4).getId(), from, to), RECORDED_BY);
		brands.grant("HST-HONGXIN", new NewLicence(seeded.get(8).getId(), from, to), RECORDED_BY);
		brands.grant("QGT-ZISU", new NewLicence(seeded.get(2).getId(), today.minusYears(1).withDayOfYear(1),
				today.plusYears(2).withDayOfYear(1).minusDays(1)), RECORDED_BY);
		brands.apply("HST-HONGXIN", new NewLicence(seeded.get(11).getId(), today, today.plusYears(3).minusDays(1)),
				RECORDED_BY);
	}

	private void regional(String code, String name, String product, String town, String village, String colour,
			String story) {
		brands.register(new NewBrand(code, name, BrandKind.REGIONAL_PUBLIC, "赛罕区农牧水利局", null, story,
				List.of(product), List.of(town), List.of(village)));
		brands.setLogo(code, logo(name.substring(0, 1), colour), RECORDED_BY);
	}

	/** A plain round logo with the brand's first character: a sample, drawn without script. */
	private static byte[] logo(String character, String colour) {
		return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\">"
				+ "<circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"" + colour + "\"/>"
				+ "<text x=\"32\" y=\"42\" font-size=\"28\" text-anchor=\"middle\" fill=\"#ffffff\" font-family=\"sans-serif\">"
				+ character + "</text></svg>").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The plan's six advantage zones (特色农产品优势区) and the growers' villages' specialties (一村一品),
	 * as samples: their towns are the demo's, their levels and statuses invented.
	 */
	private void seedZones(LocalDate today) {
		zone("TPZ-TOMATO-ZONE", "太平庄番茄优势区", "TPZ-TOMATO", "huangheshao", ZoneLevel.REGION, today.minusYears(3),
				ZoneStatus.CREATING, today.minusYears(1));
		zone("SYBL-MELON-ZONE", "赛音不浪网纹瓜优势区", "SYBL-MELON", "yulin", ZoneLevel.DISTRICT, today.minusYears(2),
				ZoneStatus.RECOGNISED, today.minusMonths(5));
		zone("GCL-PUMPKIN-ZONE", "格此老南瓜优势区", "GCL-PUMPKIN", "jinhe", ZoneLevel.DISTRICT, today.minusYears(1), null,
				null);
		zone("GDL-STRAWBERRY-ZONE", "郜独利草莓优势区", "GDL-STRAWBERRY", "huangheshao", ZoneLevel.DISTRICT,
				today.minusYears(1), null, null);
		zone("HST-PITAYA-ZONE", "黑沙图火龙果优势区", "HST-PITAYA", "jinhe", ZoneLevel.REGION, today.minusYears(2),
				ZoneStatus.CREATING, today.minusMonths(8));
		zone("XTSH-GRAPE-ZONE", "西讨速号葡萄优势区", "XTSH-GRAPE", "huangheshao", ZoneLevel.DISTRICT, today.minusMonths(10),
				null, null);
		for (Grower grower : GROWERS) {
			if (grower.village() != null && grower.type() != ProducerType.INDIVIDUAL) {
				zones.designate(grower.town(), grower.village(), crops(grower).get(0).getKey(), RECORDED_BY);
			}
		}
	}

	private void zone(String code, String name, String product, String town, ZoneLevel level, LocalDate planned,
			ZoneStatus next, LocalDate nextSince) {
		zones.register(new NewZone(code, name, product, List.of(town), level, ZoneStatus.PLANNED, planned), RECORDED_BY);
		if (next != null) {
			zones.changeStatus(code, next, nextSince, RECORDED_BY);
		}
	}

	/** A green licence of three years from {@code from}, numbered in the national shape with its month. */
	private Certification green(Producer producer, LocalDate from, Map<String, BigDecimal> approvedOutput,
			String... products) {
		String number = "LB-15-%02d%02d05%04dA".formatted(from.getYear() % 100, from.getMonthValue(),
				300 + producer.getId() % 7000);
		return certify(producer, CertificationType.GREEN, number, "中国绿色食品发展中心", from,
				from.plusYears(3).minusDays(1), approvedOutput, products);
	}

	/** An organic certificate of one year from {@code from}, with the output it certifies (认证产量). */
	private Certification organic(Producer producer, LocalDate from, int sequence, String... products) {
		String number = "124OP%02d%05d".formatted(from.getYear() % 100, producer.getId() * 10 + sequence);
		Map<String, BigDecimal> certifiedOutput = new HashMap<>();
		for (String product : products) {
			certifiedOutput.put(product, new BigDecimal("30000"));
		}
		return certify(producer, CertificationType.ORGANIC, number, "中绿华夏有机产品认证中心", from,
				from.plusYears(1).minusDays(1), certifiedOutput, products);
	}

	private Certification certify(Producer producer, CertificationType type, String number, String issuer,
			LocalDate from, LocalDate to, Map<String, BigDecimal> approvedOutput, String... products) {
		return certificationService.register(producer.getId(),
				new CertificationRequest(type, number, List.of(products), issuer, from, to, approvedOutput));
	}

	/** Two producers asking to be registered, so the bureau's review page has something to decide. */
	private void seedEnrolments() {
		CreditCode farm = CreditCode.withCheckCharacter(typeDigits(ProducerType.FAMILY_FARM) + "150105" + "MA0W5L7N2");
		enrolments.submit(new NewProducer("赛罕区乌兰家庭农场", ProducerType.FAMILY_FARM, farm.value(), "yulin", "后窑子村",
				"乌兰", "13947104001"), "wulan-farm", DEMO_ENROLMENT_PASSWORD, "demo-data");
		enrolments.submit(new NewProducer("赵文斌", ProducerType.INDIVIDUAL, null, "huangheshao", "太平庄村", "赵文斌",
				"13947104002"), "zhao-wenbin", DEMO_ENROLMENT_PASSWORD, "demo-data");
	}

	/**
	 * Lots in each product's season of this year (up to today) and the three before, more each
	 * year as the registry catches on; and a few from the last fortnight, from greenhouses, so that
	 * this year has harvests even in its first weeks. All in one registration call, in that order.
	 */
	private int seedLots(List<Producer> seeded, LocalDate today) {
		Random random = new Random(2025);
		List<NewLot> seeds = new ArrayList<>();
		int firstYear = today.getYear() - EARLIER_YEARS;
		for (int year = firstYear; year <= today.getYear(); year++) {
			for (int i = 0; i < GROWERS.size(); i++) {
				for (Map.Entry<String, Season> crop : crops(GROWERS.get(i))) {
					Season season = crop.getValue();
					int lotsThisYear = 4 + random.nextInt(4) + (year - firstYear) * 2;
					for (int n = 0; n < lotsThisYear; n++) {
						int month = season.firstMonth() + random.nextInt(season.lastMonth() - season.firstMonth() + 1);
						LocalDate harvest = LocalDate.of(year, month, 1 + random.nextInt(28));
						if (!harvest.isAfter(today)) {
							seeds.add(harvest(seeded.get(i), crop.getKey(), season, harvest, random));
						}
					}
				}
			}
		}
		LocalDate newYear = today.withDayOfYear(1);
		for (int i = 0; i < GROWERS.size(); i += 3) {
			Map.Entry<String, Season> crop = crops(GROWERS.get(i)).get(0);
			LocalDate harvest = today.minusDays(random.nextInt(14));
			seeds.add(harvest(seeded.get(i), crop.getKey(), crop.getValue(), harvest.isBefore(newYear) ? newYear : harvest,
					random));
		}
		List<LotOutcome> outcomes = lots.register(seeds, RECORDED_BY);
		if (!outcomes.stream().allMatch(LotOutcome.Registered.class::isInstance)) {
			throw new IllegalStateException("The demo's lots break the registry's rules: " + outcomes);
		}
		return outcomes.size();
	}

	private static NewLot harvest(Producer producer, String productCode, Season season, LocalDate harvest,
			Random random) {
		BigDecimal kg = BigDecimal.valueOf(season.minKg() + random.nextInt(season.maxKg() - season.minKg()));
		BigDecimal price = BigDecimal.valueOf(season.minPrice() + random.nextDouble() * (season.maxPrice() - season.minPrice()))
			.setScale(2, RoundingMode.HALF_UP);
		ComplianceBasis basis = ComplianceBasis.values()[random.nextInt(ComplianceBasis.values().length)];
		return NewLot.harvest(producer.getId(), productCode, harvest, kg, price, null,
				"第" + (1 + random.nextInt(4)) + "号地块", null, basis);
	}

	private static List<Map.Entry<String, Season>> crops(Grower grower) {
		return grower.crops().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
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
