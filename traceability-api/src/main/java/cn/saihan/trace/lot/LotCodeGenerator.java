package cn.saihan.trace.lot;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Makes lot codes people can read off a box: the product's short code, the harvest date and five
 * random characters, e.g. {@code TPZ-250718-K3F9Q} (at most 18 characters). The random part uses an
 * alphabet without I, L, O and U so that codes read aloud or typed by hand are not confused.
 */
@Component
class LotCodeGenerator {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private final SecureRandom random = new SecureRandom();

	LotCode generate(String productCode, LocalDate harvestDate) {
		String prefix = productCode.split("-")[0];
		prefix = prefix.substring(0, Math.min(5, prefix.length()));
		StringBuilder code = new StringBuilder(prefix).append('-').append(DATE.format(harvestDate)).append('-');
		for (int i = 0; i < 5; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new LotCode(code.toString());
	}
}
