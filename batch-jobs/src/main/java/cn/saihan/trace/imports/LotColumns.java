package cn.saihan.trace.imports;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a column of an import may have: the field's English name as the API writes it
 * ({@code quantityKg}, in any case) or its Chinese title as the bureau's spreadsheets and the
 * template write it ({@code 数量(公斤)}). Titles are compared after Unicode compatibility
 * normalisation (NFKC) and without spaces, so full-width brackets and slashes, as a Chinese input
 * method types them ({@code 数量（公斤）}, {@code 单价（元／公斤）}), name the same column.
 */
final class LotColumns {

	/** Each field's Chinese title, in the order of the template's columns. */
	static final Map<String, String> TITLES = titles();

	private LotColumns() {
	}

	/** The field a header cell names, if any. */
	static Optional<String> field(String name) {
		String given = normalised(name);
		for (Map.Entry<String, String> column : TITLES.entrySet()) {
			if (column.getKey().equalsIgnoreCase(given) || normalised(column.getValue()).equals(given)) {
				return Optional.of(column.getKey());
			}
		}
		return Optional.empty();
	}

	/** The template's header row: every field by its Chinese title. */
	static String chineseHeader() {
		return String.join(",", TITLES.values());
	}

	private static String normalised(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	private static Map<String, String> titles() {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("creditCode", "生产主体统一社会信用代码");
		titles.put("productCode", "产品代码");
		titles.put("harvestDate", "采收日期");
		titles.put("quantityKg", "数量(公斤)");
		titles.put("unitPriceYuan", "单价(元/公斤)");
		titles.put("lotCode", "批次编号");
		titles.put("plot", "地块");
		titles.put("village", "村");
		return Collections.unmodifiableMap(titles);
	}
}
