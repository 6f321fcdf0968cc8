package cn.saihan.trace.label;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.product.Gtin;

/**
 * A GS1 Digital Link URI for a lot or one label of it:
 * {@code {base}/01/{gtin14}/10/{lot}[/21/{serial}][?7007=YYMMDD]}. Key qualifiers follow the GTIN
 * in the fixed order the standard prescribes (10 before 21). Lot codes and serials are drawn from
 * characters that need no percent-encoding, which keeps the URI short and so the QR code small.
 *
 * @param base the resolver's address, scheme and host with an optional path prefix, no trailing slash
 * @param gtin the product's GTIN-14 (AI 01)
 * @param lot the lot code (AI 10)
 * @param serial the label's serial (AI 21), or {@code null} for the lot-level URI
 * @param harvestDate the harvest date as data attribute 7007, or {@code null} to leave it out
 */
public record DigitalLink(String base, Gtin gtin, LotCode lot, Serial serial, LocalDate harvestDate) {

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	private static final Pattern BASE = Pattern.compile("https?://[^/?#\\s]+(/[^?#\\s]*)?");

	private static final Pattern SHAPE = Pattern.compile(
			"(?<base>https?://[^/?#\\s]+(?:/[^?#\\s]*)?)/01/(?<gtin>\\d{14})/10/(?<lot>[^/?#]+)(?:/21/(?<serial>[^/?#]+))?"
					+ "(?:\\?7007=(?<date>\\d{6}))?");

	public DigitalLink {
		if (base == null || !BASE.matcher(base).matches() || base.endsWith("/")) {
			throw new IllegalArgumentException("Not a resolver base URL (http[s]://host[/prefix], no trailing slash): " + base);
		}
		if (gtin == null || lot == null) {
			throw new IllegalArgumentException("A Digital Link needs a GTIN and a lot code");
		}
	}

	public static DigitalLink ofLabel(URI base, Gtin gtin, LotCode lot, Serial serial) {
		return new DigitalLink(stripSlash(base), gtin, lot, serial, null);
	}

	public static DigitalLink ofLot(URI base, Gtin gtin, LotCode lot) {
		return new DigitalLink(stripSlash(base), gtin, lot, null, null);
	}

	/** As above, with the harvest date as data attribute 7007. */
	public DigitalLink withHarvestDate(LocalDate date) {
		return new DigitalLink(base, gtin, lot, serial, date);
	}

	/**
	 * Reads a URI of the shape this class writes, and checks it as strictly as the constructor:
	 * GTIN check digit, lot code and serial alphabets, 01/10/21 order, a valid 7007 date.
	 *
	 * @throws IllegalArgumentException if the text is not such a URI
	 */
	public static DigitalLink parse(String text) {
		Matcher m = text == null ? null : SHAPE.matcher(text);
		if (m == null || !m.matches()) {
			throw new IllegalArgumentException("Not a GS1 Digital Link of the form {base}/01/{gtin}/10/{lot}[/21/{serial}]: " + text);
		}
		String serial = m.group("serial");
		String date = m.group("date");
		return new DigitalLink(m.group("base"), new Gtin(m.group("gtin")), new LotCode(m.group("lot")),
				serial == null ? null : new Serial(serial), date == null ? null : yymmdd(date));
	}

	private static LocalDate yymmdd(String date) {
		try {
			return LocalDate.parse(date, YYMMDD);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date YYMMDD for AI 7007: " + date, ex);
		}
	}

	/** The URI without the query string: what identifies the lot or label. */
	public String path() {
		return "/01/" + gtin.value() + "/10/" + lot.value() + (serial == null ? "" : "/21/" + serial.value());
	}

	@Override
	public String toString() {
		return base + path() + (harvestDate == null ? "" : "?7007=" + harvestDate.format(YYMMDD));
	}

	private static String stripSlash(URI base) {
		String text = base.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}
}
