package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gs1Refusal;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.system.RefusedException;

/**
 * The Digital Links of labels, written with the registry's GS1 value type from our lot codes and
 * serials. How any Digital Link is read is tested with the type itself ({@code gs1.DigitalLinkTests}).
 */
class DigitalLinkTests {

	static final URI BASE = URI.create("https://trace.example.cn");

	static final Gtin TOMATO = new Gtin("06901234567892");

	static final LotCode LOT = new LotCode("TPZ-250718-A1");

	static final Serial SERIAL = new Serial("7K3FQ9XM2B4TD");

	@Test
	void labelUriPutsGtinThenLotThenSerial() {
		DigitalLink link = label(BASE);

		assertThat(link.toString())
			.isEqualTo("https://trace.example.cn/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
		String uri = link.toString();
		assertThat(uri.indexOf("/01/")).isLessThan(uri.indexOf("/10/"));
		assertThat(uri.indexOf("/10/")).isLessThan(uri.indexOf("/21/"));
	}

	@Test
	void lotUriHasNoSerial() {
		assertThat(DigitalLink.ofLot(BASE, TOMATO, LOT.value()))
			.hasToString("https://trace.example.cn/01/06901234567892/10/TPZ-250718-A1");
	}

	@Test
	void baseMayCarryAPathPrefixAndLoseItsTrailingSlash() {
		assertThat(label(URI.create("http://localhost:8080/gs1/")))
			.hasToString("http://localhost:8080/gs1/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
	}

	@Test
	void harvestDateBecomesDataAttribute7007AsYymmddAndTheUriStillParses() {
		DigitalLink link = label(BASE).withHarvestDate(LocalDate.of(2025, 7, 18));

		assertThat(link.toString()).endsWith("/21/7K3FQ9XM2B4TD?7007=250718");
		assertThat(DigitalLink.parse(link.toString())).isEqualTo(link);
		assertThat(link.path()).isEqualTo("/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
	}

	@Test
	void parseRoundTripsLabelAndLotUris() {
		DigitalLink label = label(BASE);
		DigitalLink lot = DigitalLink.ofLot(BASE, TOMATO, LOT.value());

		assertThat(DigitalLink.parse(label.toString())).isEqualTo(label);
		assertThat(DigitalLink.parse(lot.toString())).isEqualTo(lot);
		assertThat(DigitalLink.parse(label.toString()).serial()).isEqualTo(SERIAL.value());
	}

	@Test
	void parseRefusesAWrongGtinCheckDigit() {
		// 0690123456789 has check digit 2 (GS1 General Specifications §7.9.1); 3 is wrong.
		assertThatThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567893/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.is(Gs1Refusal.GTIN_CHECK_DIGIT)).isTrue());
		assertThat(Gtin.isValid("09501101530003")).isTrue();
		assertThat(Gtin.isValid("06901234567892")).isTrue();
	}

	@Test
	void parseRefusesQualifiersOutOfOrder() {
		for (String uri : new String[] { "https://trace.example.cn/01/06901234567892/21/7K3FQ9XM2B4TD/10/TPZ-250718-A1",
				"https://trace.example.cn/10/TPZ-250718-A1/01/06901234567892" }) {
			assertThatThrownBy(() -> DigitalLink.parse(uri)).as(uri)
				.isInstanceOfSatisfying(RefusedException.class,
						refused -> assertThat(refused.is(Gs1Refusal.QUALIFIER_ORDER)).isTrue());
		}
	}

	/**
	 * GS1 allows more in a lot or serial than our lot codes and serials hold: a Digital Link with a
	 * lower-case lot or a serial with an O is well-formed, and names no label of ours (the resolver
	 * answers it as not genuine). What set 82 does not hold is no Digital Link at all.
	 */
	@Test
	void ourLotCodesAndSerialsAreNarrowerThanWhatGs1Allows() {
		DigitalLink lowerCase = DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/tpz-1/21/7k3fq9xm2b4td");
		assertThatIllegalArgumentException().isThrownBy(() -> new LotCode(lowerCase.lot()));
		assertThat(Serial.isValid(lowerCase.serial())).isFalse();
		assertThat(Serial.isValid(DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/TPZ-1/21/7K3FQ9XM2B4TO").serial())).isFalse();

		assertThatThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/10/TPZ%201/21/7K3FQ9XM2B4TD"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.is(Gs1Refusal.VALUE_CHARACTERS)).isTrue());
		assertThatThrownBy(() -> DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/ABCDEFGHIJKLMNOPQRSTU/21/7K3FQ9XM2B4TD"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.is(Gs1Refusal.VALUE_LENGTH)).isTrue());
	}

	@Test
	void parseRefusesAnImpossibleHarvestDate() {
		assertThatThrownBy(() -> DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/TPZ-1/21/7K3FQ9XM2B4TD?7007=251340"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.is(Gs1Refusal.HARVEST_DATE)).isTrue());
	}

	@Test
	void baseMustBeHttpWithoutTrailingSlash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DigitalLink("ftp://x", TOMATO, LOT.value(), SERIAL.value(), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DigitalLink("https://x.cn/", TOMATO, LOT.value(), SERIAL.value(), null));
	}

	private static DigitalLink label(URI base) {
		return DigitalLink.ofLabel(base, TOMATO, LOT.value(), SERIAL.value());
	}
}
