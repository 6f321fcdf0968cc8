package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.lot.LotCode;

class SerialMinterTests {

	static final Gtin GTIN = new Gtin("06901234567892");

	static final LotCode LOT = new LotCode("TPZ-250718-A1");

	final SerialMinter minter = new SerialMinter("a secret for tests only".getBytes(StandardCharsets.UTF_8));

	@Test
	void serialsAreThirteenCrockfordCharactersCarrying65Bits() {
		for (int no = 0; no < 1000; no++) {
			String serial = minter.mint(GTIN, LOT, no).value();
			assertThat(serial).hasSize(13).matches("[0-9A-HJKMNP-TV-Z]{13}");
		}
		assertThat(Serial.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
	}

	@Test
	void serialsAreUniqueAcrossLabelNumbersAndLots() {
		Set<String> seen = new HashSet<>();
		for (int no = 0; no < 20_000; no++) {
			seen.add(minter.mint(GTIN, LOT, no).value());
			seen.add(minter.mint(GTIN, new LotCode("TPZ-250718-A2"), no).value());
		}
		assertThat(seen).hasSize(40_000);
	}

	@Test
	void theSameLabelGivesTheSameSerialOnlyUnderTheSameSecret() {
		SerialMinter again = new SerialMinter("a secret for tests only".getBytes(StandardCharsets.UTF_8));
		SerialMinter other = new SerialMinter("another secret, not ours".getBytes(StandardCharsets.UTF_8));

		assertThat(again.mint(GTIN, LOT, 7)).isEqualTo(minter.mint(GTIN, LOT, 7));
		assertThat(other.mint(GTIN, LOT, 7)).isNotEqualTo(minter.mint(GTIN, LOT, 7));
	}

	@Test
	void everyCharacterOfTheAlphabetTurnsUpInEveryPosition() {
		// A serial that wasted bits would leave characters out of some position.
		List<Set<Character>> seen = new ArrayList<>();
		for (int i = 0; i < Serial.LENGTH; i++) {
			seen.add(new HashSet<>());
		}
		for (int no = 0; no < 2000; no++) {
			String serial = minter.mint(GTIN, LOT, no).value();
			for (int i = 0; i < serial.length(); i++) {
				seen.get(i).add(serial.charAt(i));
			}
		}
		for (Set<Character> position : seen) {
			assertThat(position).hasSize(32);
		}
	}

	@Test
	void fromBitsReadsFiveBitsPerCharacterMostSignificantFirst() {
		byte[] bits = { (byte) 0b00001_000, (byte) 0b10_00011_0, 0, 0, 0, 0, 0, 0, (byte) 0xFF };
		// The last character takes the four low bits of byte 7 and the top bit of byte 8.
		assertThat(Serial.fromBits(bits).value()).isEqualTo("1230000000001");
	}

	@Test
	void groupedCodeIsFourFourFive() {
		assertThat(new Serial("7K3FQ9XM2B4TD").grouped()).isEqualTo("7K3F-Q9XM-2B4TD");
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SerialMinter(new byte[8]));
	}
}
