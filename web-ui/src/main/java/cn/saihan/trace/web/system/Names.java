package cn.saihan.trace.web.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.town.Town;
import cn.saihan.trace.town.TownService;

/**
 * Names of towns and products in the reader's language, for templates ({@code ${@names.town(code)}}).
 * Both tables are a few dozen rows, so they are read per call rather than cached: a product the
 * bureau has just added shows at once.
 */
@Component("names")
public class Names {

	private final TownService towns;

	private final ProductService products;

	Names(TownService towns, ProductService products) {
		this.towns = towns;
		this.products = products;
	}

	public String town(String code) {
		if (code == null) {
			return "";
		}
		return towns.find(code).map(town -> pick(town.getNameZh(), town.getNameEn())).orElse(code);
	}

	public String product(String code) {
		if (code == null) {
			return "";
		}
		return products.find(code).map(this::name).orElse(code);
	}

	/**
	 * A place as the registry writes it ("{townCode} {village} {plot}") with the town named; any
	 * other text is shown as it was typed.
	 */
	public String place(String location) {
		if (location == null || location.isBlank()) {
			return "";
		}
		String[] parts = location.strip().split(" ", 2);
		return towns.find(parts[0])
			.map(town -> name(town) + (parts.length > 1 ? " " + parts[1] : ""))
			.orElse(location);
	}

	/**
	 * A {@code tel:} link of a telephone number as the registry holds it (with spaces or dashes, say):
	 * a phone dials it with a tap.
	 */
	public String tel(String phone) {
		return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
	}

	/** A file's size as people read it: "356 KB", "1.2 MB". */
	public String fileSize(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP) + " MB";
	}

	public String name(Product product) {
		return pick(product.getNameZh(), product.getNameEn());
	}

	public String name(Town town) {
		return pick(town.getNameZh(), town.getNameEn());
	}

	/** Every product by code, for pages that list many lots or certifications. */
	public Map<String, String> productNames() {
		return products.catalogue().stream()
			.collect(Collectors.toMap(Product::getCode, this::name, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	public Map<String, String> townNames() {
		return towns.all().stream()
			.collect(Collectors.toMap(Town::getCode, this::name, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/** Chinese unless the reader chose English and an English name exists. */
	private static String pick(String zh, String en) {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return english && en != null && !en.isBlank() ? en : zh;
	}
}
