package cn.saihan.trace.imports;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.saihan.trace.event.TraceEvent;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.lot.LotRegistered;
import cn.saihan.trace.lot.LotRequest;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a row by the rules of {@code POST /api/v1/lots}: the row becomes a {@link LotRequest} and is
 * validated by the very constraints of that request (known product, harvest not in the future,
 * quantity positive, price not negative, digits, lot code shape), the producer is found by credit
 * code, and the lot and its HARVESTED event are built by the registry's own classes. Lookups that
 * give the same answer for every row of a file (producers, the catalog check of a product code) are
 * asked once per file.
 */
class LotRowProcessor implements ItemProcessor<LotCsvRow, ImportedLot> {

	/** Everything of a request but the product code, whose catalog check is asked once per code. */
	private static final List<String> PER_ROW_PROPERTIES = Arrays.stream(LotRequest.class.getRecordComponents())
		.map(RecordComponent::getName)
		.filter(name -> !name.equals("productCode"))
		.toList();

	private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final Validator validator;

	private final Producers producers;

	private final TraceEventService traceEvents;

	private final String recordedBy;

	private final Instant registeredAt;

	private final LocalDate registeredOn;

	private final Map<String, Optional<Producer>> producerByCreditCode = new HashMap<>();

	private final Map<String, Set<ConstraintViolation<LotRequest>>> productCodeViolations = new HashMap<>();

	LotRowProcessor(Validator validator, Producers producers, TraceEventService traceEvents, String recordedBy,
			Instant registeredAt, LocalDate registeredOn) {
		this.validator = validator;
		this.producers = producers;
		this.traceEvents = traceEvents;
		this.recordedBy = recordedBy;
		this.registeredAt = registeredAt;
		this.registeredOn = registeredOn;
	}

	@Override
	public ImportedLot process(LotCsvRow row) throws InvalidRowException {
		if (row.problem() != null) {
			throw new InvalidRowException(row.problem());
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Producer producer = null;
		if (row.creditCode().isEmpty()) {
			problems.put("creditCode", "is required");
		}
		else {
			producer = producerByCreditCode.computeIfAbsent(row.creditCode(), producers::findByCreditCode)
				.orElse(null);
			if (producer == null) {
				problems.put("creditCode", "no producer is registered with credit code " + row.creditCode());
			}
		}
		LocalDate harvestDate = date(row.harvestDate(), problems);
		BigDecimal quantityKg = decimal("quantityKg", row.quantityKg(), problems);
		BigDecimal unitPriceYuan = decimal("unitPriceYuan", row.unitPriceYuan(), problems);
		LotRequest request = new LotRequest(producer == null ? null : producer.getId(), row.productCode(), harvestDate,
				quantityKg, unitPriceYuan, emptyToNull(row.lotCode()), emptyToNull(row.plot()),
				emptyToNull(row.village()), null);
		for (ConstraintViolation<LotRequest> violation : violations(request)) {
			String field = violation.getPropertyPath().toString();
			// A value that did not parse is reported as such, not again as missing.
			problems.putIfAbsent(field.equals("producerId") ? "creditCode" : field, violation.getMessage());
		}
		if (!problems.isEmpty()) {
			throw new InvalidRowException(problems.entrySet().stream()
				.map(problem -> problem.getKey() + ": " + problem.getValue())
				.collect(Collectors.joining("; ")));
		}
		String contentKey = String.join("|", row.creditCode(), request.productCode(), harvestDate.toString(),
				quantityKg.stripTrailingZeros().toPlainString(), unitPriceYuan.stripTrailingZeros().toPlainString(),
				String.valueOf(request.plot()), String.valueOf(request.village()));
		boolean derived = request.lotCode() == null;
		String code = derived ? DerivedLotCode.of(request.productCode(), harvestDate, contentKey, 0) : request.lotCode();
		Lot lot = new Lot(new LotCode(code), producer.getId(), request.productCode(), harvestDate, quantityKg,
				unitPriceYuan, request.plot(), request.village(), request.basisOrDefault(), registeredAt, registeredOn,
				recordedBy);
		TraceEvent harvest = traceEvents
			.harvestOf(new LotRegistered(lot, LotService.location(producer, lot), recordedBy, registeredAt));
		return new ImportedLot(row.line(), code, derived, contentKey, 0, lot, harvest);
	}

	private List<ConstraintViolation<LotRequest>> violations(LotRequest request) {
		List<ConstraintViolation<LotRequest>> all = new java.util.ArrayList<>();
		for (String property : PER_ROW_PROPERTIES) {
			all.addAll(validator.validateProperty(request, property));
		}
		all.addAll(productCodeViolations.computeIfAbsent(request.productCode(),
				code -> validator.validateValue(LotRequest.class, "productCode", code)));
		all.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
		return all;
	}

	/** ISO dates, and the {@code 2025/7/18} that Excel writes on a Chinese Windows. */
	private static LocalDate date(String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, EXCEL_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.put("harvestDate", "'" + text + "' is not a date (expected YYYY-MM-DD)");
			return null;
		}
	}

	private static BigDecimal decimal(String field, String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.put(field, "'" + text + "' is not a number");
			return null;
		}
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
