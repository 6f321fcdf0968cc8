package cn.saihan.trace.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the search index holds for one product, producer or lot. Built by the factories below,
 * from entities on change and from SQL rows during a re-index, so that both agree.
 *
 * @param kind product, producer or lot
 * @param key the product code, producer id or lot code
 * @param title the name searched most precisely: exact matches rank first
 * @param codes identifiers matched exactly or by prefix (codes, GTIN, credit code)
 * @param text further searchable words: English name, town, village, grower
 * @param snippet the line of context shown under a hit
 */
public record SearchDocument(SearchKind kind, String key, String title, List<String> codes, String text,
		String snippet) {

	public SearchDocument {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(key);
		codes = codes == null ? List.of() : List.copyOf(codes);
	}

	/** The document's id in the index: keys of different kinds may coincide. */
	public String id() {
		return kind.name().toLowerCase() + ":" + key;
	}

	public static SearchDocument product(String code, String nameZh, String nameEn, String category, String gtin) {
		return new SearchDocument(SearchKind.PRODUCT, code, nameZh, nonNull(code, gtin), words(nameEn),
				words(nameEn, category, gtin));
	}

	public static SearchDocument producer(long id, String name, String creditCode, String townNameZh,
			String village) {
		return new SearchDocument(SearchKind.PRODUCER, Long.toString(id), name, nonNull(creditCode),
				words(townNameZh, village), words(townNameZh, village));
	}

	public static SearchDocument lot(String lotCode, String productNameZh, String productNameEn, String producerName,
			String townNameZh, String village, String plot, LocalDate harvestDate) {
		return new SearchDocument(SearchKind.LOT, lotCode, productNameZh + " " + lotCode, List.of(lotCode),
				words(productNameZh, productNameEn, producerName, townNameZh, village, plot),
				words(producerName, harvestDate == null ? null : harvestDate.toString(), townNameZh, village));
	}

	private static List<String> nonNull(String... values) {
		return Stream.of(values).filter(Objects::nonNull).toList();
	}

	private static String words(String... values) {
		return Stream.of(values).filter(value -> value != null && !value.isBlank()).collect(Collectors.joining(" "));
	}
}
