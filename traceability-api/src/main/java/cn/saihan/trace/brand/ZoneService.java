package cn.saihan.trace.brand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.town.TownService;

/**
 * Advantage zones (特色农产品优势区) with their dated status history, and villages' designated
 * products (一村一品). Every rule is checked before anything is stored; every write is announced as a
 * {@link BrandChanged} and so audited.
 */
@Service
public class ZoneService {

	private final Zones zones;

	private final ZoneStatusHistory history;

	private final VillageSpecialties specialties;

	private final ProductService products;

	private final TownService towns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ZoneService(Zones zones, ZoneStatusHistory history, VillageSpecialties specialties, ProductService products,
			TownService towns, ApplicationEventPublisher events, Clock clock) {
		this.zones = zones;
		this.history = history;
		this.specialties = specialties;
		this.products = products;
		this.towns = towns;
		this.events = events;
		this.clock = clock;
	}

	/** A zone to register, with its status and the day that status began. */
	public record NewZone(String code, String nameZh, String productCode, List<String> towns, ZoneLevel level,
			ZoneStatus status, LocalDate statusSince) {

		public NewZone {
			towns = towns == null ? List.of() : List.copyOf(towns);
		}
	}

	/** A zone as it is shown: the zone and its statuses in the order they began. */
	public record ZoneWithHistory(Zone zone, List<ZoneStatusChange> history) {
	}

	@Transactional
	public Zone register(NewZone details, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		if (products.find(details.productCode()).isEmpty()) {
			problems.add(BrandRefusal.UNKNOWN_PRODUCT.at("productCode", details.productCode()));
		}
		if (details.towns().isEmpty()) {
			problems.add(BrandRefusal.ZONE_TOWNS_REQUIRED.at("towns"));
		}
		for (int i = 0; i < details.towns().size(); i++) {
			if (towns.find(details.towns().get(i)).isEmpty()) {
				problems.add(BrandRefusal.UNKNOWN_TOWN.at("towns[" + i + "]", details.towns().get(i)));
			}
		}
		checkDate(details.statusSince(), "statusSince", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (zones.existsById(details.code())) {
			throw BrandRefusal.ZONE_CODE_TAKEN.conflict("code", details.code());
		}
		Zone zone = zones.saveAndFlush(new Zone(details.code(), details.nameZh().strip(), details.productCode(),
				details.level(), details.status(), details.statusSince(), new LinkedHashSet<>(details.towns()),
				clock.instant()));
		history.append(zone.getCode(), zone.getStatus(), zone.getStatusSince(), clock.instant(), by);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("nameZh", zone.getNameZh());
		content.put("productCode", zone.getProductCode());
		content.put("towns", zone.getTowns().stream().sorted().toList());
		content.put("level", zone.getLevel().name());
		content.put("status", zone.getStatus().name());
		content.put("statusSince", zone.getStatusSince().toString());
		events.publishEvent(new BrandChanged("ZONE_REGISTERED", "zone:" + zone.getCode(), content));
		return zone;
	}

	/** The zone moves to a status from a date on (not before its current status began, not after today). */
	@Transactional
	public Zone changeStatus(String code, ZoneStatus status, LocalDate since, String by) {
		Zone zone = get(code);
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(since, "since", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		zone.moveTo(status, since);
		history.append(code, status, since, clock.instant(), by);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("status", status.name());
		content.put("since", since.toString());
		events.publishEvent(new BrandChanged("ZONE_STATUS_CHANGED", "zone:" + code, content));
		return zone;
	}

	@Transactional(readOnly = true)
	public Zone get(String code) {
		return zones.findById(code).orElseThrow(() -> BrandRefusal.ZONE_NOT_FOUND.notFound(code));
	}

	@Transactional(readOnly = true)
	public List<Zone> all() {
		return zones.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public ZoneWithHistory withHistory(String code) {
		return new ZoneWithHistory(get(code), history.of(code));
	}

	@Transactional(readOnly = true)
	public List<ZoneWithHistory> allWithHistory() {
		return all().stream().map(zone -> new ZoneWithHistory(zone, history.of(zone.getCode()))).toList();
	}

	/** Designates a village's specialty product (一村一品), replacing an earlier one. */
	@Transactional
	public VillageSpecialty designate(String townCode, String village, String productCode, String by) {
		if (towns.find(townCode).isEmpty()) {
			throw BrandRefusal.UNKNOWN_VILLAGE_TOWN.notFound(townCode);
		}
		List<FieldProblem> problems = new ArrayList<>();
		String name = village == null ? "" : village.strip();
		if (name.isEmpty() || name.length() > 100) {
			problems.add(BrandRefusal.VILLAGE_NAME.at("village"));
		}
		if (products.find(productCode).isEmpty()) {
			problems.add(BrandRefusal.UNKNOWN_PRODUCT.at("productCode", productCode));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		VillageSpecialty specialty = new VillageSpecialty(townCode, name, productCode);
		specialties.designate(specialty, clock.instant(), by);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("productCode", productCode);
		events.publishEvent(new BrandChanged("VILLAGE_SPECIALTY_SET", "village:" + townCode + "/" + name, content));
		return specialty;
	}

	@Transactional(readOnly = true)
	public List<VillageSpecialty> specialties() {
		return specialties.all();
	}

	private void checkDate(LocalDate date, String field, List<FieldProblem> problems) {
		LocalDate today = LocalDate.now(clock);
		if (date.isBefore(Licence.EARLIEST)) {
			problems.add(BrandRefusal.ZONE_STATUS_BEFORE_2000.at(field));
		}
		else if (date.isAfter(today)) {
			problems.add(BrandRefusal.ZONE_STATUS_IN_FUTURE.at(field, today));
		}
	}
}
