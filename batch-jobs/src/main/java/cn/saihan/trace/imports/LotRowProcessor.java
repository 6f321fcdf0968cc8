package cn.saihan.trace.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.producer.ProducerPlaces;
import cn.saihan.trace.system.FieldProblem;

/**
 * Reads a row's cells as the lot they describe: the producer found by its credit code, dates as ISO
 * or as Excel writes them, decimals exactly, and for a row without a lot code the code derived from
 * its content. It checks nothing the lot registration checks: what a cell holds is the
 * registration's to judge, by the rules of every lot. Producers are looked up once per credit code
 * and file.
 */
class LotRowProcessor implements ItemProcessor<LotCsvRow, ImportedRow> {

	private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final ProducerPlaces producers;

	private final Map<String, Optional<Long>> producerByCreditCode = new HashMap<>();

	LotRowProcessor(ProducerPlaces producers) {
		this.producers = producers;
	}

	@Override
	public ImportedRow process(LotCsvRow row) {
		if (row.problem() != null) {
			return ImportedRow.unreadable(row.line(), row.problem());
		}
		List<FieldProblem> problems = new ArrayList<>(0);
		Long producerId = producer(row.creditCode(), problems);
		LocalDate harvestDate = date(row.harvestDate(), problems);
		BigDecimal quantityKg = decimal(row.quantityKg(), "quantityKg", ImportRefusal.QUANTITY_NOT_A_NUMBER, problems);
		BigDecimal unitPriceYuan = decimal(row.unitPriceYuan(), "unitPriceYuan", ImportRefusal.PRICE_NOT_A_NUMBER,
				problems);
		String lotCode = emptyToNull(row.lotCode());
		String plot = emptyToNull(row.plot());
		String village = emptyToNull(row.village());
		String contentKey = null;
		if (lotCode == null && problems.isEmpty() && harvestDate != null && quantityKg != null
				&& unitPriceYuan != null) {
			contentKey = String.join("|", row.creditCode(), row.productCode(), harvestDate.toString(),
					quantityKg.stripTrailingZeros().toPlainString(), unitPriceYuan.stripTrailingZeros().toPlainString(),
					String.valueOf(plot), String.valueOf(village));
			lotCode = DerivedLotCode.of(row.productCode(), harvestDate, contentKey, 0);
		}
		NewLot lot = NewLot.harvest(producerId, emptyToNull(row.productCode()), harvestDate, quantityKg, unitPriceYuan,
				lotCode, plot, village, null);
		return new ImportedRow(row.line(), lot, problems, contentKey, 0);
	}

	private Long producer(String creditCode, List<FieldProblem> problems) {
		if (creditCode.isEmpty()) {
			problems.add(ImportRefusal.CREDIT_CODE_REQUIRED.at("creditCode"));
			return null;
		}
		Optional<Long> id = producerByCreditCode.computeIfAbsent(creditCode, producers::idOf);
		if (id.isEmpty()) {
			problems.add(ImportRefusal.CREDIT_CODE_UNKNOWN.at("creditCode", creditCode));
		}
		return id.orElse(null);
	}

	/** ISO dates, and the {@code 2025/7/18} that Excel writes on a Chinese Windows. */
	private static LocalDate date(String text, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, EXCEL_DATE) : isoDate(text);
		}
		catch (DateTimeException ex) {
			problems.add(ImportRefusal.NOT_A_DATE.at("harvestDate", text));
			return null;
		}
	}

	/**
	 * {@code LocalDate.parse(text)}, with the common {@code 2025-07-18} read digit by digit: the
	 * formatter took as long per row as the rest of reading the row. Days that do not exist are
	 * refused alike.
	 */
	static LocalDate isoDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/** The number the ASCII digits from {@code from} to {@code to} spell, or -1 if any is not a digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static BigDecimal decimal(String text, String field, ImportRefusal notANumber, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add(notANumber.at(field, text));
			return null;
		}
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
