package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.product.Gtin;

class DigitalLinkTests {

	static final URI BASE = URI.create("https://trace.example.cn");

	static final Gtin TOMATO = new Gtin("06901234567892");

	static final LotCode LOT = new LotCode("TPZ-250718-A1");

	static final Serial SERIAL = new Serial("7K3FQ9XM2B4TD");

	@Test
	void labelUriPutsGtinThenLotThenSerial() {
		DigitalLink link = DigitalLink.ofLabel(BASE, TOMATO, LOT, SERIAL);

		assertThat(link.toString())
			.isEqualTo("https://trace.example.cn/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
		String uri = link.toString();
		assertThat(uri.indexOf("/01/")).isLessThan(uri.indexOf("/10/"));
		assertThat(uri.indexOf("/10/")).isLessThan(uri.indexOf("/21/"));
	}

	@Test
	void lotUriHasNoSerial() {
		assertThat(DigitalLink.ofLot(BASE, TOMATO, LOT))
			.hasToString("https://trace.example.cn/01/06901234567892/10/TPZ-250718-A1");
	}

	@Test
	void baseMayCarryAPathPrefixAndLoseItsTrailingSlash() {
		assertThat(DigitalLink.ofLabel(URI.create("http://localhost:8080/gs1/"), TOMATO, LOT, SERIAL))
			.hasToString("http://localhost:8080/gs1/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
	}

	@Test
	void harvestDateBecomesDataAttribute7007AsYymmddAndTheUriStillParses() {
		DigitalLink link = DigitalLink.ofLabel(BASE, TOMATO, LOT, SERIAL).withHarvestDate(LocalDate.of(2025, 7, 18));

		assertThat(link.toString()).endsWith("/21/7K3FQ9XM2B4TD?7007=250718");
		assertThat(DigitalLink.parse(link.toString())).isEqualTo(link);
		assertThat(link.path()).isEqualTo("/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD");
	}

	@Test
	void parseRoundTripsLabelAndLotUris() {
		DigitalLink label = DigitalLink.ofLabel(BASE, TOMATO, LOT, SERIAL);
		DigitalLink lot = DigitalLink.ofLot(BASE, TOMATO, LOT);

		assertThat(DigitalLink.parse(label.toString())).isEqualTo(label);
		assertThat(DigitalLink.parse(lot.toString())).isEqualTo(lot);
	}

	@Test
	void parseRefusesAWrongGtinCheckDigit() {
		// 0690123456789 has check digit 2 (GS1 General Specifications §7.9.1); 3 is wrong.
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567893/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD"));
		assertThat(Gtin.isValid("09501101530003")).isTrue();
		assertThat(Gtin.isValid("06901234567892")).isTrue();
	}

	@Test
	void parseRefusesQualifiersOutOfOrderOrMissing() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/21/7K3FQ9XM2B4TD/10/TPZ-250718-A1"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/21/7K3FQ9XM2B4TD"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/10/TPZ-250718-A1/01/06901234567892"));
	}

	@Test
	void parseRefusesLotAndSerialOutsideTheirAlphabets() {
		// Lower case, spaces and percent-escapes in a lot code; I, L, O, U and lower case in a serial.
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/10/tpz-1/21/7K3FQ9XM2B4TD"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/10/TPZ%201/21/7K3FQ9XM2B4TD"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/10/TPZ-1/21/7K3FQ9XM2B4TO"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> DigitalLink.parse("https://trace.example.cn/01/06901234567892/10/TPZ-1/21/7k3fq9xm2b4td"));
		assertThatIllegalArgumentException().isThrownBy(() -> DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/ABCDEFGHIJKLMNOPQRSTU/21/7K3FQ9XM2B4TD"));
	}

	@Test
	void parseRefusesAnImpossibleHarvestDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> DigitalLink
			.parse("https://trace.example.cn/01/06901234567892/10/TPZ-1/21/7K3FQ9XM2B4TD?7007=251340"));
	}

	@Test
	void baseMustBeHttpWithoutTrailingSlash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DigitalLink("ftp://x", TOMATO, LOT, SERIAL, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DigitalLink("https://x.cn/", TOMATO, LOT, SERIAL, null));
	}
}
