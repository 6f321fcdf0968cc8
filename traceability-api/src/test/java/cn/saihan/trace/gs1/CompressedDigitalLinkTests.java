package cn.saihan.trace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.system.InvalidInputException;

/**
 * Compressed Digital Links as GS1's compression prototype (GS1DigitalLinkCompressionPrototype,
 * {@code compressGS1DigitalLink} without optimisations) writes them for the GS1 example GTIN
 * 05412345000013 with lot ABC123 and serial 72292641703; the same vectors are the expected values of
 * the GS1 Digital Link library for .NET, a port of that prototype.
 */
class CompressedDigitalLinkTests {

	@Test
	void aCompressedGtinIsItsProductLink() {
		assertThat(CompressedDigitalLink.decompress("AQnYUc1gmg").path()).isEqualTo("/01/05412345000013");
	}

	@Test
	void aCompressedLotLinkKeepsItsLot() {
		assertThat(CompressedDigitalLink.decompress("AQnYUc1gmiCNV4JG").path())
			.isEqualTo("/01/05412345000013/10/ABC123");
	}

	@Test
	void aCompressedLabelLinkKeepsLotAndSerial() {
		DigitalLink link = CompressedDigitalLink.decompress("AQnYUc1gmiCNV4JGQhcNT6K6c");

		assertThat(link.gtin().value()).isEqualTo("05412345000013");
		assertThat(link.lot()).isEqualTo("ABC123");
		assertThat(link.serial()).isEqualTo("72292641703");
	}

	/** Our own encoding (not one of GS1's vectors): GTIN and lot under the standard's sequence code 0B. */
	@Test
	void theSequenceCodeForGtinAndLotIsRead() {
		assertThat(CompressedDigitalLink.decompress("CwnYUc1gmo1XgkY").path())
			.isEqualTo("/01/05412345000013/10/ABC123");
	}

	@Test
	void onlyUrlSafeBase64OfAGtinsLengthCouldBeCompressed() {
		assertThat(CompressedDigitalLink.couldBe("AQnYUc1gmg")).isTrue();
		assertThat(CompressedDigitalLink.couldBe("workspace")).isFalse();
		assertThat(CompressedDigitalLink.couldBe("favicon.ico")).isFalse();
	}

	@Test
	void aSegmentThatDecodesToNoGtinIsRefusedWithTheReason() {
		// the SSCC example of the same vectors: a key this resolver does not serve
		assertThatThrownBy(() -> CompressedDigitalLink.decompress("AN2yxDhfaiaw"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).is(Gs1Refusal.NOT_COMPRESSED)).isTrue());
		assertThatThrownBy(() -> CompressedDigitalLink.decompress("AQnYUc1gm"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> CompressedDigitalLink.decompress("ZZZZZZZZZZZZ"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aWrongCheckDigitInsideIsTheGtinsRefusal() {
		// AQnYUc1gmg with the GTIN's last bits changed: 05412345000014
		assertThatThrownBy(() -> CompressedDigitalLink.decompress("AQnYUc1gnA"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).is(Gs1Refusal.GTIN_CHECK_DIGIT)).isTrue());
	}
}
