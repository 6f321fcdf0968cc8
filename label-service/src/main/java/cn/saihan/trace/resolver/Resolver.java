package cn.saihan.trace.resolver;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.saihan.trace.account.RecordedBy;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.label.LabelService;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.label.Scan;
import cn.saihan.trace.label.Serial;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.lot.LotView;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.recall.LotStatusChanged;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.resolver.ConsumerView.CertificationStanding;
import cn.saihan.trace.resolver.ConsumerView.LotSummary;
import cn.saihan.trace.resolver.ConsumerView.ProducerView;
import cn.saihan.trace.resolver.ConsumerView.ProductView;
import cn.saihan.trace.resolver.ConsumerView.ScanView;
import cn.saihan.trace.resolver.ProductPage.Grower;
import cn.saihan.trace.town.Town;
import cn.saihan.trace.town.Towns;

/**
 * Resolves a GS1 Digital Link to what a consumer sees. Resolving a serialised code counts a scan;
 * a lot-level code and a product's code (the GTIN alone) are only looked up. Any code that does not name an issued label of a registered
 * lot of this very product is {@link Verdict#NOT_GENUINE}, whatever part of it is wrong.
 */
@Service
class Resolver {

	private final Lots lots;

	private final Products catalogue;

	private final Producers producers;

	private final Towns towns;

	private final Certifications certifications;

	private final LotViews lotViews;

	private final TraceEventService events;

	private final LabelService labels;

	private final ResolverProperties properties;

	private final Clock clock;

	private final RecordedBy recordedBy;

	private final ScanMetrics scans;

	private final Cache<String, Optional<Identified>> known;

	private final Cache<String, Optional<ProductPage>> productPages;

	Resolver(Lots lots, Products products, Producers producers, Towns towns, Certifications certifications,
			LotViews lotViews, TraceEventService events, LabelService labels, ResolverProperties properties,
			Clock clock, RecordedBy recordedBy, ScanMetrics scans) {
		this.recordedBy = recordedBy;
		this.scans = scans;
		this.lots = lots;
		this.catalogue = products;
		this.producers = producers;
		this.towns = towns;
		this.certifications = certifications;
		this.lotViews = lotViews;
		this.events = events;
		this.labels = labels;
		this.properties = properties;
		this.clock = clock;
		this.known = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(properties.cacheSize())
			.build();
		this.productPages = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl())
			.maximumSize(properties.cacheSize()).build();
	}

	/** A serialised label's code: a scan, counted (and in the scan metrics by verdict). */
	ConsumerView label(DigitalLink link) {
		return scans.counted(scan(link));
	}

	private ConsumerView scan(DigitalLink link) {
		Optional<Identified> identified = identify(link);
		if (identified.isEmpty() || link.serial() == null || !Serial.isValid(link.serial())) {
			return ConsumerView.notGenuine();
		}
		Identified known = identified.get();
		Optional<Scan> scan = labels.scan(link.serial(), link.lot(), known.gtin().value());
		return scan.map(counted -> labelView(link, known, counted, true)).orElseGet(ConsumerView::notGenuine);
	}

	/**
	 * What {@link #label} would answer, without counting a scan: for HEAD requests, which ask what a
	 * scan would get (a link checker, a preview), and are not a consumer looking at the page, and for
	 * a browser that was counted for this label before (a reload is the same phone).
	 */
	ConsumerView labelWithoutScan(DigitalLink link) {
		Optional<Identified> identified = identify(link);
		if (identified.isEmpty() || link.serial() == null || !Serial.isValid(link.serial())) {
			return ConsumerView.notGenuine();
		}
		return labels.find(link.serial())
			.filter(label -> label.getLotCode().equals(link.lot()))
			.map(label -> labelView(link, identified.get(), new Scan(label.getScanCount(),
					label.getFirstScannedAt() == null ? clock.instant() : label.getFirstScannedAt()), false))
			.orElseGet(ConsumerView::notGenuine);
	}

	/** The verdict counts the other phones: every one counted but this (counted now or before). */
	private ConsumerView labelView(DigitalLink link, Identified known, Scan scan, boolean counted) {
		long earlier = scan.count() - 1;
		Verdict verdict = earlier >= properties.suspiciousAfterScans() ? Verdict.SCANNED_BEFORE : Verdict.GENUINE;
		DigitalLink canonical = DigitalLink.ofLabel(properties.baseUrl(), known.gtin(), link.lot(), link.serial());
		ScanView scanView = new ScanView(scan.count(), scan.firstScannedAt().atZone(clock.getZone()).toOffsetDateTime(),
				counted);
		return view(verdict, canonical, scanView, known);
	}

	/**
	 * Whether a serialised code names an issued label of this lot and GTIN, without counting a
	 * scan: for link sets and link types, which are not a consumer looking at the page.
	 */
	boolean isIssued(DigitalLink link) {
		return link.serial() != null && Serial.isValid(link.serial()) && identify(link).isPresent()
				&& labels.find(link.serial()).filter(label -> label.getLotCode().equals(link.lot())).isPresent();
	}

	/** The lot a code names, if it is registered under this GTIN. */
	Optional<Lot> lotOf(DigitalLink link) {
		return identify(link).map(Identified::lot);
	}

	/** A lot-level code: looked up, not counted. */
	ConsumerView lot(DigitalLink link) {
		return identify(link)
			.map(known -> view(Verdict.LOT_REGISTERED, DigitalLink.ofLot(properties.baseUrl(), known.gtin(), link.lot()),
					null, known))
			.orElseGet(ConsumerView::notGenuine);
	}

	/**
	 * The product a GTIN alone names, with who grows it (the producers with registered lots of it):
	 * what the product is, not a verdict on any box, so never a scan.
	 */
	Optional<ProductPage> product(Gtin gtin) {
		return productPages.get(gtin.value(), this::readProduct);
	}

	private Optional<ProductPage> readProduct(String gtin) {
		return catalogue.findByGtin(gtin).map(product -> {
			List<Grower> growers = producers.findAllById(lots.findProducerIdsByProductCode(product.getCode())).stream()
				.sorted(Comparator.comparing(Producer::getId))
				.map(producer -> new Grower(producer.getId(), producer.getName(), producer.getTownCode(), townName(producer),
						producer.getVillage()))
				.toList();
			return new ProductPage(DigitalLink.ofProduct(properties.baseUrl(), product.getGtin()).toString(),
					productView(product), growers);
		});
	}

	/**
	 * The lot, if the link names a registered lot of the product with this GTIN. A valid lot (AI 10)
	 * that is not of our lot codes' shape names no lot of ours.
	 */
	private Optional<Identified> identify(DigitalLink link) {
		String lotCode = link.lot();
		if (lotCode == null || !lotCode.matches(LotCode.PATTERN)) {
			return Optional.empty();
		}
		// Unknown lots are remembered too, so that a flood of forged codes does not reach the database.
		return known.get(lotCode, this::read).filter(identified -> identified.gtin().equals(link.gtin()));
	}

	/** Everything a consumer page shows of a lot, read once per {@code trace.resolver.cache-ttl}. */
	private Optional<Identified> read(String lotCode) {
		return lots.findByLotCode(lotCode).flatMap(lot -> catalogue.findById(lot.getProductCode())
			.map(product -> new Identified(product.getGtin(), lot, page(lot, product))));
	}

	private LotPage page(Lot lot, Product product) {
		LotView lotView = lotViews.of(lot);
		Producer producer = producers.findById(lot.getProducerId()).orElseThrow();
		String townName = townName(producer);
		LocalDate today = LocalDate.now(clock);
		// What decides comes first: a certification valid on the harvest date; older and later ones follow.
		List<CertificationStanding> standings = certifications.findByProducerId(producer.getId()).stream()
			.filter(c -> c.covers(product.getCode()))
			.map(c -> new CertificationStanding(c.getType(), c.getCertificateNo(), c.getIssuer(), c.getValidFrom(),
					c.getValidTo(), c.statusOn(lot.getHarvestDate()), c.statusOn(today), c.getRevokedAt(),
					c.getRevocationReason()))
			.sorted(Comparator.comparing(CertificationStanding::decides).reversed()
				.thenComparing(CertificationStanding::validFrom, Comparator.reverseOrder()))
			.toList();
		OffsetDateTime since = lot.getStatusSince() == null ? null
				: lot.getStatusSince().atZone(clock.getZone()).toOffsetDateTime();
		return new LotPage(productView(product),
				new ProducerView(producer.getId(), producer.getName(), producer.getTownCode(), townName, producer.getVillage()),
				new LotSummary(lotView.lotCode(), lotView.harvestDate(), lotView.quantityKg(), lotView.village(),
						lotView.plot(), lotView.certifiedTypes(), certifiedKg(lotView), lotView.overApprovedOutput()),
				standings, lotView.complianceCertificate(), publicly(events.ofLot(lot.getLotCode().value())),
				lot.getStatus(), lot.getStatusReason(), since);
	}

	private static Map<CertificationType, BigDecimal> certifiedKg(LotView lotView) {
		Map<CertificationType, BigDecimal> kg = new EnumMap<>(CertificationType.class);
		lotView.certified().forEach((type, certified) -> kg.put(type, certified.kg()));
		return kg;
	}

	/** A consumer reads who recorded each event by name (a producer's, the bureau's), never by login. */
	private List<TraceEventView> publicly(List<TraceEventView> events) {
		UnaryOperator<String> names = recordedBy.publicNames();
		return events.stream().map(event -> event.recordedByShownAs(names.apply(event.recordedBy()))).toList();
	}

	private String townName(Producer producer) {
		return towns.findById(producer.getTownCode()).map(Town::getNameZh).orElse(producer.getTownCode());
	}

	private static ProductView productView(Product product) {
		return new ProductView(product.getCode(), product.getNameZh(), product.getNameEn(), product.getGtin().value());
	}

	private ConsumerView view(Verdict verdict, DigitalLink link, ScanView scan, Identified known) {
		LotPage page = known.page();
		return new ConsumerView(true, verdict, link.toString(), scan, page.product(), page.producer(), page.lot(),
				page.certifications(), page.complianceCertificate(), page.events(), page.status(), page.statusReason(),
				page.statusSince());
	}

	private record Identified(Gtin gtin, Lot lot, LotPage page) {
	}

	/** The part of a consumer page that is the same for every label of a lot. */
	private record LotPage(ProductView product, ProducerView producer, LotSummary lot,
			List<CertificationStanding> certifications, LotView.ComplianceCertificate complianceCertificate,
			List<TraceEventView> events, LotStatus status, String statusReason, OffsetDateTime statusSince) {
	}

	/**
	 * Forgets what this instance remembers of these lots, once their change of status has committed,
	 * so that the next scan here reads it: a recall shows at once on this instance. Other instances
	 * keep their copy at most {@code trace.resolver.cache-ttl} (10 s by default).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(LotStatusChanged changed) {
		known.invalidateAll(changed.lotCodes());
	}
}
