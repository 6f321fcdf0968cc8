package cn.saihan.trace.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import cn.saihan.trace.indicator.Indicator12Result;
import cn.saihan.trace.system.Csv;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.town.Town;
import cn.saihan.trace.town.TownService;

/** Writes a result as one CSV table: the district rows first, then each breakdown, one row per entry. */
final class Indicator12Csv {

	static final String HEADER = "year,dimension,code,nameZh,denominatorBasis,denominatorYuan,valueYuan,"
			+ "greenOrganicValueYuan,share,previousYearShare,trend,computedAt";

	private Indicator12Csv() {
	}

	/** Every row names its entry in Chinese ({@code nameZh}) beside its code: people read this file in Excel. */
	static String of(Indicator12Result r, TownService towns, ProductService products) {
		Map<String, String> townNames = towns.all().stream()
			.collect(Collectors.toMap(Town::getCode, Town::getNameZh, (a, b) -> a));
		Map<String, String> productNames = products.catalogue().stream()
			.collect(Collectors.toMap(Product::getCode, Product::getNameZh, (a, b) -> a));
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		row(csv, r.year(), "DISTRICT", "GREEN_OR_ORGANIC", "绿色有机", r.denominatorBasis(), r.denominatorYuan(),
				r.greenOrganicValueYuan(), r.greenOrganicValueYuan(), r.share(), r.previousYearShare(), r.trend(),
				r.computedAt());
		row(csv, r.year(), "DISTRICT", "SANPIN", "三品一标", r.denominatorBasis(), r.denominatorYuan(),
				r.sanpinValueYuan(), null, r.sanpinShare(), null, null, r.computedAt());
		// The plan's appendix wording (绿色、有机、名特优) and what was registered beyond the approved output.
		row(csv, r.year(), "DISTRICT", "GREEN_ORGANIC_SPECIALTY", "绿色有机名特优", r.denominatorBasis(),
				r.denominatorYuan(), r.greenOrganicSpecialtyValueYuan(), null, r.greenOrganicSpecialtyShare(), null, null,
				r.computedAt());
		row(csv, r.year(), "DISTRICT", "OVER_APPROVED_OUTPUT", "超出核准产量", r.denominatorBasis(),
				r.denominatorYuan(), r.overApprovedValueYuan(), null, null, null, null, r.computedAt());
		r.byCertType().forEach((type, s) -> row(csv, r.year(), "CERT_TYPE", type.name(), type.nameZh(),
				r.denominatorBasis(), r.denominatorYuan(), s.valueYuan(), null, s.share(), null, null, r.computedAt()));
		r.byTown().forEach(t -> row(csv, r.year(), "TOWN", t.townCode(), townNames.get(t.townCode()),
				t.denominatorBasis(), t.denominatorYuan(), t.valueYuan(), t.greenOrganicValueYuan(), t.share(), null,
				null, r.computedAt()));
		r.byProduct().forEach(p -> row(csv, r.year(), "PRODUCT", p.productCode(), productNames.get(p.productCode()),
				null, p.valueYuan(), p.valueYuan(), p.greenOrganicValueYuan(), p.share(), null, null, r.computedAt()));
		return csv.toString();
	}

	private static void row(StringBuilder csv, Object... cells) {
		csv.append(Arrays.stream(cells).map(Indicator12Csv::cell).collect(Collectors.joining(",")))
			.append("\r\n");
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		// The application's one CSV rule: quoted where needed, never read as a formula by a spreadsheet.
		return Csv.field(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
	}
}
