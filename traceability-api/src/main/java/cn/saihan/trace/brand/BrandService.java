package cn.saihan.trace.brand;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.Sha256;
import cn.saihan.trace.town.TownService;

/**
 * Registers brands and their logos, and keeps the licences of regional brands: a producer applies,
 * the bureau approves or rejects with a reason, grants one at once, or revokes one. Every rule is
 * checked before anything is stored, and every write is announced as a {@link BrandChanged}.
 */
@Service
public class BrandService {

	private static final int MAX_REASON = 500;

	/** A logo is shown small on a phone: anything larger is a photograph or a mistake. */
	public static final int LOGO_MAX_BYTES = 200 * 1024;

	private final Brands brands;

	private final Licences licences;

	private final BrandLogos logos;

	private final Producers producers;

	private final ProductService products;

	private final TownService towns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BrandService(Brands brands, Licences licences, BrandLogos logos, Producers producers, ProductService products,
			TownService towns, ApplicationEventPublisher events, Clock clock) {
		this.brands = brands;
		this.licences = licences;
		this.logos = logos;
		this.producers = producers;
		this.products = products;
		this.towns = towns;
		this.events = events;
		this.clock = clock;
	}

	/** A brand to register; lists may be empty, never {@code null}. */
	public record NewBrand(String code, String nameZh, BrandKind kind, String ownerName, Long ownerProducerId,
			String story, List<String> productCodes, List<String> originTowns, List<String> originVillages) {

		public NewBrand {
			productCodes = productCodes == null ? List.of() : List.copyOf(productCodes);
			originTowns = originTowns == null ? List.of() : List.copyOf(originTowns);
			originVillages = originVillages == null ? List.of()
					: originVillages.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
		}
	}

	/** A licence's producer and validity, inclusive. */
	public record NewLicence(long producerId, LocalDate validFrom, LocalDate validTo) {
	}

	@Transactional
	public Brand register(NewBrand details) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < details.productCodes().size(); i++) {
			String code = details.productCodes().get(i);
			if (products.find(code).isEmpty()) {
				problems.add(BrandRefusal.UNKNOWN_PRODUCT.at("productCodes[" + i + "]", code));
			}
		}
		for (int i = 0; i < details.originTowns().size(); i++) {
			String code = details.originTowns().get(i);
			if (towns.find(code).isEmpty()) {
				problems.add(BrandRefusal.UNKNOWN_TOWN.at("originTowns[" + i + "]", code));
			}
		}
		if (details.kind() == BrandKind.ENTERPRISE) {
			if (details.ownerProducerId() == null) {
				problems.add(BrandRefusal.OWNER_PRODUCER_REQUIRED.at("ownerProducerId"));
			}
			else if (!producers.existsById(details.ownerProducerId())) {
				problems.add(BrandRefusal.UNKNOWN_OWNER.at("ownerProducerId", details.ownerProducerId()));
			}
			if (!details.originTowns().isEmpty()) {
				problems.add(BrandRefusal.ORIGIN_NOT_FOR_ENTERPRISE.at("originTowns"));
			}
			if (!details.originVillages().isEmpty()) {
				problems.add(BrandRefusal.ORIGIN_NOT_FOR_ENTERPRISE.at("originVillages"));
			}
		}
		else {
			if (details.ownerProducerId() != null) {
				problems.add(BrandRefusal.OWNER_PRODUCER_NOT_FOR_REGIONAL.at("ownerProducerId"));
			}
			if (details.ownerName() == null || details.ownerName().isBlank()) {
				problems.add(BrandRefusal.OWNER_NAME_REQUIRED.at("ownerName"));
			}
			if (details.originTowns().isEmpty()) {
				problems.add(BrandRefusal.ORIGIN_REQUIRED.at("originTowns"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (brands.existsById(details.code())) {
			throw BrandRefusal.CODE_TAKEN.conflict("code", details.code());
		}
		String ownerName = details.kind() == BrandKind.ENTERPRISE ? null : details.ownerName().strip();
		// Written at once: a logo (plain JDBC) may follow in the same transaction and refers to the row.
		Brand brand = brands.saveAndFlush(new Brand(details.code(), details.nameZh().strip(), details.kind(), ownerName,
				details.ownerProducerId(), blankToNull(details.story()), new LinkedHashSet<>(details.productCodes()),
				new LinkedHashSet<>(details.originTowns()), new LinkedHashSet<>(details.originVillages()),
				clock.instant()));
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("nameZh", brand.getNameZh());
		content.put("kind", brand.getKind().name());
		content.put("ownerName", brand.getOwnerName());
		content.put("ownerProducerId", brand.getOwnerProducerId());
		content.put("productCodes", sorted(brand.getProductCodes()));
		content.put("originTowns", sorted(brand.getOriginTowns()));
		content.put("originVillages", sorted(brand.getOriginVillages()));
		events.publishEvent(new BrandChanged("BRAND_REGISTERED", "brand:" + brand.getCode(), content));
		return brand;
	}

	/** Every brand, by code: a district has a few dozen. */
	@Transactional(readOnly = true)
	public List<Brand> all() {
		return brands.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public Page<Brand> page(Pageable pageable) {
		return brands.findAllByOrderByCode(pageable);
	}

	/** The brand of a code, or 404. */
	@Transactional(readOnly = true)
	public Brand get(String code) {
		return find(code).orElseThrow(() -> BrandRefusal.NOT_FOUND.notFound(code));
	}

	@Transactional(readOnly = true)
	public Optional<Brand> find(String code) {
		return code == null ? Optional.empty() : brands.findById(code);
	}

	/**
	 * Reads an offered logo, at most one byte more than a logo may have: enough to refuse one too
	 * large, and never a whole oversized upload in memory.
	 */
	public byte[] readLogo(InputStream upload) throws IOException {
		return upload.readNBytes(LOGO_MAX_BYTES + 1);
	}

	/** Sets (or replaces) a brand's logo: a PNG, or an SVG that runs nothing, at most {@link #LOGO_MAX_BYTES}. */
	@Transactional
	public Logo setLogo(String code, byte[] content, String by) {
		get(code);
		if (content.length == 0) {
			throw BrandRefusal.LOGO_EMPTY.invalid("file");
		}
		if (content.length > LOGO_MAX_BYTES) {
			throw BrandRefusal.LOGO_TOO_LARGE.invalid("file", LOGO_MAX_BYTES / 1024);
		}
		LogoFormat format = LogoFormat.of(content).orElseThrow(() -> BrandRefusal.LOGO_FORMAT.invalid("file"));
		if (format == LogoFormat.SVG) {
			Optional<String> unsafe = LogoFormat.unsafeInSvg(content);
			if (unsafe.isPresent()) {
				throw BrandRefusal.LOGO_UNSAFE_SVG.invalid("file", unsafe.get());
			}
		}
		Logo logo = new Logo(code, format.mediaType(), content.length, Sha256.hex(content));
		logos.replace(code, logo, content, by, clock.instant());
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("mediaType", logo.mediaType());
		audit.put("sizeBytes", logo.sizeBytes());
		audit.put("sha256", logo.sha256());
		events.publishEvent(new BrandChanged("BRAND_LOGO_SET", "brand:" + code, audit));
		return logo;
	}

	/** The logo's bytes and format as stored; 404 for no brand or no logo. */
	@Transactional(readOnly = true)
	public BrandLogos.LogoFile logo(String code) {
		get(code);
		return logos.read(code).orElseThrow(() -> BrandRefusal.NO_LOGO.notFound(code));
	}

	/** Every brand's logo description, by brand code. */
	@Transactional(readOnly = true)
	public Map<String, Logo> logos() {
		return logos.describeAll();
	}

	/** The bureau grants a licence at once (approved). */
	@Transactional
	public Licence grant(String brandCode, NewLicence details, String by) {
		Licence licence = licences.save(Licence.granted(checked(brandCode, details).getCode(), details.producerId(),
				details.validFrom(), details.validTo(), clock.instant(), by));
		announce("LICENCE_GRANTED", licence);
		return licence;
	}

	/** A producer applies for a licence; the bureau decides later. One application a brand waits at a time. */
	@Transactional
	public Licence apply(String brandCode, NewLicence details, String by) {
		Brand brand = checked(brandCode, details);
		if (licences.existsByBrandCodeAndProducerIdAndStatus(brandCode, details.producerId(), LicenceStatus.APPLIED)) {
			throw BrandRefusal.LICENCE_PENDING.conflict(null, details.producerId(), brand.getNameZh());
		}
		Licence licence = licences.save(Licence.applied(brand.getCode(), details.producerId(), details.validFrom(),
				details.validTo(), clock.instant(), by));
		announce("LICENCE_APPLIED", licence);
		return licence;
	}

	@Transactional
	public Licence approve(long licenceId, String by) {
		Licence licence = locked(licenceId);
		licence.approve(clock.instant(), by);
		announce("LICENCE_APPROVED", licence);
		return licence;
	}

	@Transactional
	public Licence reject(long licenceId, String reason, String by) {
		checkReason(reason);
		Licence licence = locked(licenceId);
		licence.reject(clock.instant(), by, reason.strip());
		announce("LICENCE_REJECTED", licence);
		return licence;
	}

	@Transactional
	public Licence revoke(long licenceId, LocalDate on, String reason) {
		checkReason(reason);
		Licence licence = locked(licenceId);
		licence.revoke(on, reason.strip());
		announce("LICENCE_REVOKED", licence);
		return licence;
	}

	@Transactional(readOnly = true)
	public Licence licence(long licenceId) {
		return licences.findById(licenceId).orElseThrow(() -> BrandRefusal.LICENCE_NOT_FOUND.notFound(licenceId));
	}

	@Transactional(readOnly = true)
	public Page<Licence> licences(String brandCode, Pageable pageable) {
		get(brandCode);
		return licences.findByBrandCodeOrderById(brandCode, pageable);
	}

	/** A brand's licences, every one: a brand has a few hundred licensees at most. */
	@Transactional(readOnly = true)
	public List<Licence> licences(String brandCode) {
		get(brandCode);
		return licences.findByBrandCodeOrderById(brandCode);
	}

	/** A producer's licences and applications, for its own page. */
	@Transactional(readOnly = true)
	public List<Licence> licencesOf(long producerId) {
		return licences.findByProducerIdOrderById(producerId);
	}

	/** Applications waiting for the bureau, oldest first. */
	@Transactional(readOnly = true)
	public List<Licence> pending() {
		return licences.findByStatusOrderById(LicenceStatus.APPLIED);
	}

	/**
	 * The brand of a licence, checked: it exists and is regional, the producer exists and lies in
	 * its origin area (by town: the village is asked of each lot), the dates in order from 2000 on.
	 */
	private Brand checked(String brandCode, NewLicence details) {
		Brand brand = get(brandCode);
		if (brand.getKind() == BrandKind.ENTERPRISE) {
			throw BrandRefusal.LICENCE_ENTERPRISE_BRAND.invalid("code", brand.getCode());
		}
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Producer> producer = producers.findById(details.producerId());
		if (producer.isEmpty()) {
			problems.add(BrandRefusal.LICENCE_UNKNOWN_PRODUCER.at("producerId", details.producerId()));
		}
		else if (!brand.getOriginTowns().contains(producer.get().getTownCode())) {
			problems.add(BrandRefusal.LICENCE_OUTSIDE_ORIGIN.at("producerId", producer.get().getTownCode(),
					brand.getNameZh()));
		}
		if (details.validFrom().isBefore(Licence.EARLIEST)) {
			problems.add(BrandRefusal.LICENCE_BEFORE_2000.at("validFrom"));
		}
		if (details.validTo().isBefore(details.validFrom())) {
			problems.add(BrandRefusal.LICENCE_TO_BEFORE_FROM.at("validTo", details.validFrom()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return brand;
	}

	private Licence locked(long licenceId) {
		licences.lockById(licenceId).orElseThrow(() -> BrandRefusal.LICENCE_NOT_FOUND.notFound(licenceId));
		return licence(licenceId);
	}

	private void announce(String action, Licence licence) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("brandCode", licence.getBrandCode());
		content.put("producerId", licence.getProducerId());
		content.put("validFrom", licence.getValidFrom().toString());
		content.put("validTo", licence.getValidTo().toString());
		content.put("status", licence.getStatus().name());
		content.put("reason", licence.getReason() != null ? licence.getReason() : licence.getRevocationReason());
		content.put("revokedAt", licence.getRevokedAt() == null ? null : licence.getRevokedAt().toString());
		events.publishEvent(new BrandChanged(action, "licence:" + licence.getId(), content));
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A reason the producer reads: given, plain text (the page posts it unchecked), at most 500 characters. */
	private static void checkReason(String reason) {
		if (reason == null || PlainText.Check.isBlank(reason)) {
			throw BrandRefusal.REASON_REQUIRED.invalid("reason");
		}
		if (PlainText.Check.problem(reason, true) != null) {
			throw BrandRefusal.REASON_NOT_PLAIN.invalid("reason");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw BrandRefusal.REASON_TOO_LONG.invalid("reason", MAX_REASON);
		}
	}
}
