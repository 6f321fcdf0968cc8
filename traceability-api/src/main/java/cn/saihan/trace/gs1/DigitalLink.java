package cn.saihan.trace.gs1;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GS1 Digital Link URI of a product, a lot or one labelled item of it:
 * {@code [{base}]/01/{gtin14}[/10/{lot}][/21/{serial}][?7007=YYMMDD]}. The key qualifiers follow
 * the GTIN in the fixed order the standard prescribes, 10 before 21. A lot (AI 10) and a serial
 * (AI 21) are 1 to 20 characters of the GS1 character set 82; those a URI path cannot carry as
 * they are are percent-encoded. Our own lot codes and serials need no encoding, which keeps a
 * label's URI short and so its QR code small.
 * <p>
 * Reading a URI or a request path checks it as strictly as the constructor, and a text that is not
 * a Digital Link is refused with the reason ({@link Gs1Refusal}, naming the element as the field):
 * a wrong check digit, qualifiers out of order, a value outside its AI's characters or length, a
 * segment after the last qualifier. Other query parameters than {@code 7007} are left aside.
 *
 * @param base the resolver's address: scheme and host with an optional path prefix, no trailing
 * slash; {@code null} for a link relative to this resolver
 * @param gtin the product's GTIN (AI 01)
 * @param lot the lot code (AI 10), or {@code null} for the product's link
 * @param serial the serial of one item (AI 21), or {@code null}
 * @param harvestDate the harvest date as data attribute 7007, or {@code null} to leave it out
 */
public record DigitalLink(String base, Gtin gtin, String lot, String serial, LocalDate harvestDate) {

	static final String GTIN = "01";

	static final String LOT = "10";

	static final String SERIAL = "21";

	/** The key qualifiers of a GTIN that this resolver knows, in their order. */
	private static final List<String> ORDER = List.of(GTIN, LOT, SERIAL);

	private static final int MAX_VALUE_LENGTH = 20;

	/** GS1 General Specifications, figure 7.11-1: the 82 characters an AI 10 or 21 value may hold. */
	private static final String CHARACTER_SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
			+ "abcdefghijklmnopqrstuvwxyz";

	private static final Pattern BASE = Pattern.compile("https?://[^/?#\\s]+(/[^?#\\s]*)?");

	private static final Pattern ABSOLUTE = Pattern
		.compile("(?<origin>https?://[^/?#\\s]+)(?<path>/[^?#]*)?(?:\\?(?<query>[^#]*))?(?:#.*)?");

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public DigitalLink {
		if (base != null && (!BASE.matcher(base).matches() || base.endsWith("/"))) {
			throw new IllegalArgumentException(
					"Not a resolver base URL (http[s]://host[/prefix], no trailing slash): " + base);
		}
		Objects.requireNonNull(gtin, "A Digital Link needs a GTIN");
		checkValue(LOT, lot);
		checkValue(SERIAL, serial);
	}

	/** The product's link, e.g. its product information page; {@code base} {@code null} for a relative link. */
	public static DigitalLink ofProduct(URI base, Gtin gtin) {
		return new DigitalLink(withoutSlash(base), gtin, null, null, null);
	}

	/** A lot's link: all items of the lot, none in particular. */
	public static DigitalLink ofLot(URI base, Gtin gtin, String lot) {
		return new DigitalLink(withoutSlash(base), gtin, Objects.requireNonNull(lot, "lot"), null, null);
	}

	/** One labelled item of a lot. */
	public static DigitalLink ofLabel(URI base, Gtin gtin, String lot, String serial) {
		return new DigitalLink(withoutSlash(base), gtin, Objects.requireNonNull(lot, "lot"),
				Objects.requireNonNull(serial, "serial"), null);
	}

	/**
	 * The link the elements of a request path name, each as the path carried it once decoded (such
	 * as path variables): a GTIN-8, -12, -13 or -14, and the lot and serial or {@code null}.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException why it is not a Digital Link
	 */
	public static DigitalLink of(String gtin, String lot, String serial) {
		return new DigitalLink(null, Gtin.checked(GTIN, gtin), lot, serial, null);
	}

	/**
	 * Reads an absolute Digital Link URI; whatever path comes before {@code /01/} is the base's prefix.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException why it is not a Digital Link
	 */
	public static DigitalLink parse(String uri) {
		Matcher m = uri == null ? null : ABSOLUTE.matcher(uri);
		if (m == null || !m.matches()) {
			throw Gs1Refusal.NOT_HTTP.invalid("uri", uri);
		}
		List<String> segments = segments(m.group("path"));
		int key = segments.indexOf(GTIN);
		if (key < 0) {
			throw Gs1Refusal.NO_PRIMARY_KEY.invalid("path", uri);
		}
		StringBuilder base = new StringBuilder(m.group("origin"));
		for (String prefix : segments.subList(0, key)) {
			if (ORDER.contains(prefix)) {
				throw Gs1Refusal.QUALIFIER_ORDER.invalid(prefix, prefix);
			}
			base.append('/').append(prefix);
		}
		return read(base.toString(), segments.subList(key + 1, segments.size()), m.group("query"));
	}

	/**
	 * Reads the path (and query) of a request to this resolver, which starts with {@code /01/}; the
	 * link has no base. A trailing slash is tolerated.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException why it is not a Digital Link
	 */
	public static DigitalLink parsePath(String pathAndQuery) {
		int question = pathAndQuery == null ? -1 : pathAndQuery.indexOf('?');
		String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
		List<String> segments = segments(path);
		if (segments.isEmpty() || !segments.get(0).equals(GTIN) || !path.startsWith("/")) {
			throw Gs1Refusal.NO_PRIMARY_KEY.invalid("path", pathAndQuery);
		}
		String query = question < 0 ? null : pathAndQuery.substring(question + 1);
		return read(null, segments.subList(1, segments.size()), query);
	}

	/** As above, with the harvest date as data attribute 7007. */
	public DigitalLink withHarvestDate(LocalDate date) {
		return new DigitalLink(base, gtin, lot, serial, date);
	}

	/** The same link under a resolver's address ({@code null}: relative). */
	public DigitalLink at(URI base) {
		return new DigitalLink(withoutSlash(base), gtin, lot, serial, harvestDate);
	}

	/** The path without base and query string: what identifies the product, lot or item. */
	public String path() {
		return "/" + GTIN + "/" + gtin.value() + (lot == null ? "" : "/" + LOT + "/" + encode(lot))
				+ (serial == null ? "" : "/" + SERIAL + "/" + encode(serial));
	}

	@Override
	public String toString() {
		String attributes = harvestDate == null ? "" : "?7007=" + harvestDate.format(YYMMDD);
		return (base == null ? "" : base) + path() + attributes;
	}

	/** The GTIN's value, then AI and value pairs in their order; nothing after the serial. */
	private static DigitalLink read(String base, List<String> afterKey, String query) {
		if (afterKey.isEmpty()) {
			throw Gs1Refusal.MISSING_VALUE.invalid(GTIN, GTIN);
		}
		Gtin gtin = Gtin.checked(GTIN, decode(afterKey.get(0)));
		String lot = null;
		String serial = null;
		String previous = GTIN;
		for (int i = 1; i < afterKey.size(); i += 2) {
			String ai = afterKey.get(i);
			// also a second 01, or a qualifier given twice
			if (ORDER.contains(ai) && ORDER.indexOf(ai) <= ORDER.indexOf(previous)) {
				throw Gs1Refusal.QUALIFIER_ORDER.invalid(ai, ai);
			}
			if (previous.equals(SERIAL)) {
				throw Gs1Refusal.AFTER_LAST_QUALIFIER.invalid("path",
						"/" + String.join("/", afterKey.subList(i, afterKey.size())));
			}
			if (!ORDER.contains(ai)) {
				throw Gs1Refusal.NOT_A_QUALIFIER.invalid("path", ai);
			}
			if (i + 1 >= afterKey.size()) {
				throw Gs1Refusal.MISSING_VALUE.invalid(ai, ai);
			}
			String value = decode(afterKey.get(i + 1));
			if (ai.equals(LOT)) {
				lot = value;
			}
			else {
				serial = value;
			}
			previous = ai;
		}
		return new DigitalLink(base, gtin, lot, serial, harvestDate(query));
	}

	/** The path's segments as they stand (still encoded), without the one empty segment a trailing slash leaves. */
	private static List<String> segments(String path) {
		if (path == null || path.isEmpty() || path.equals("/")) {
			return List.of();
		}
		String relative = path.startsWith("/") ? path.substring(1) : path;
		List<String> segments = new ArrayList<>(Arrays.asList(relative.split("/", -1)));
		if (segments.get(segments.size() - 1).isEmpty()) {
			segments.remove(segments.size() - 1);
		}
		return segments;
	}

	private static LocalDate harvestDate(String query) {
		if (query == null) {
			return null;
		}
		LocalDate date = null;
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("7007=")) {
				String value = parameter.substring("7007=".length());
				try {
					date = LocalDate.parse(value, YYMMDD);
				}
				catch (DateTimeParseException ex) {
					throw Gs1Refusal.HARVEST_DATE.invalid("7007", value);
				}
			}
		}
		return date;
	}

	/** A lot or serial: 1 to 20 characters of set 82; {@code null} when the link has none. */
	private static void checkValue(String ai, String value) {
		if (value == null) {
			return;
		}
		if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
			throw Gs1Refusal.VALUE_LENGTH.invalid(ai, value, value.length());
		}
		for (int i = 0; i < value.length(); i++) {
			if (CHARACTER_SET_82.indexOf(value.charAt(i)) < 0) {
				throw Gs1Refusal.VALUE_CHARACTERS.invalid(ai, String.valueOf(value.charAt(i)));
			}
		}
	}

	/** Letters, digits, {@code - . _} as they are; every other character of set 82 percent-encoded. */
	private static String encode(String value) {
		StringBuilder encoded = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
					|| c == '_') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", (int) c));
			}
		}
		return encoded.toString();
	}

	/** Percent-decodes a path segment as UTF-8; a {@code +} stays a plus, as in any path. */
	private static String decode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c != '%') {
				byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(plain, 0, plain.length);
				continue;
			}
			int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
			int low = high < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
			if (low < 0) {
				throw Gs1Refusal.BAD_ESCAPE.invalid("path", segment);
			}
			bytes.write(high << 4 | low);
			i += 2;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw Gs1Refusal.BAD_ESCAPE.invalid("path", segment);
		}
	}

	private static String withoutSlash(URI base) {
		if (base == null) {
			return null;
		}
		String text = base.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}
}
