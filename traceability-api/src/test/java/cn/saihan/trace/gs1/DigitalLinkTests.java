package cn.saihan.trace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;

/** Reading and writing GS1 Digital Links, and why a path is not one. */
class DigitalLinkTests {

	static final String TOMATO = "06901234567892";

	@Test
	void gtin8And12And13AreNormalisedToFourteenDigits() {
		assertThat(DigitalLink.parsePath("/01/96385074/10/A1").gtin().value()).isEqualTo("00000096385074");
		assertThat(DigitalLink.parsePath("/01/036000291452/10/A1").gtin().value()).isEqualTo("00036000291452");
		assertThat(DigitalLink.parsePath("/01/6901234567892/10/A1").gtin().value()).isEqualTo(TOMATO);
		assertThat(DigitalLink.of("6901234567892", "A1", null).path()).isEqualTo("/01/" + TOMATO + "/10/A1");
	}

	@Test
	void readsAProductALotAndAnItemWithOrWithoutALot() {
		DigitalLink product = DigitalLink.parsePath("/01/" + TOMATO);
		DigitalLink item = DigitalLink.parsePath("/01/" + TOMATO + "/10/TPZ-1/21/7K3FQ9XM2B4TD");
		DigitalLink itemWithoutLot = DigitalLink.parsePath("/01/" + TOMATO + "/21/SER-1");

		assertThat(product.lot()).isNull();
		assertThat(product.serial()).isNull();
		assertThat(item.lot()).isEqualTo("TPZ-1");
		assertThat(item.serial()).isEqualTo("7K3FQ9XM2B4TD");
		assertThat(item.base()).isNull();
		assertThat(itemWithoutLot.lot()).isNull();
		assertThat(itemWithoutLot.serial()).isEqualTo("SER-1");
	}

	@Test
	void writesAndReadsLinksUnderABaseWithAPathPrefix() {
		DigitalLink link = DigitalLink.ofLot(URI.create("https://trace.example.cn/gs1/"), new Gtin(TOMATO), "TPZ-1");

		assertThat(link).hasToString("https://trace.example.cn/gs1/01/" + TOMATO + "/10/TPZ-1");
		assertThat(DigitalLink.parse(link.toString())).isEqualTo(link);
		assertThat(DigitalLink.parse(link.toString()).base()).isEqualTo("https://trace.example.cn/gs1");
		assertThat(DigitalLink.ofProduct(null, new Gtin(TOMATO))).hasToString("/01/" + TOMATO);
		assertThat(link.at(null)).hasToString("/01/" + TOMATO + "/10/TPZ-1");
	}

	@Test
	void aTrailingSlashAndOtherQueryParametersAreTolerated() {
		DigitalLink plain = DigitalLink.parsePath("/01/" + TOMATO + "/10/TPZ-1");

		assertThat(DigitalLink.parsePath("/01/" + TOMATO + "/10/TPZ-1/")).isEqualTo(plain);
		assertThat(DigitalLink.parsePath("/01/" + TOMATO + "/10/TPZ-1?linkType=linkset")).isEqualTo(plain);
		assertThat(DigitalLink.parsePath("/01/" + TOMATO + "/10/TPZ-1?17=260101&7007=250718").harvestDate())
			.isEqualTo(LocalDate.of(2025, 7, 18));
	}

	@Test
	void valuesOfCharacterSet82ArePercentEncodedAndDecoded() {
		DigitalLink link = DigitalLink.parsePath("/01/" + TOMATO + "/10/AB%2FCD%25/21/x%3Dy_z.%21");

		assertThat(link.lot()).isEqualTo("AB/CD%");
		assertThat(link.serial()).isEqualTo("x=y_z.!");
		assertThat(link.path()).isEqualTo("/01/" + TOMATO + "/10/AB%2FCD%25/21/x%3Dy_z.%21");
		assertThat(DigitalLink.parsePath(link.path())).isEqualTo(link);
	}

	@Test
	void aWrongCheckDigitIsRefusedAsAi01WithTheDigitItShouldHave() {
		FieldProblem problem = refused("/01/06901234567893/10/TPZ-1");

		assertThat(problem.code()).isEqualTo(Gs1Refusal.GTIN_CHECK_DIGIT.code());
		assertThat(problem.field()).isEqualTo("01");
		assertThat(problem.message()).isEqualTo("06901234567893 has a wrong check digit: it should be 2");
	}

	@Test
	void aGtinOfAnotherLengthIsRefused() {
		for (String gtin : new String[] { "123", "69012345678", "069012345678920", "0690123456789X" }) {
			assertThat(refused("/01/" + gtin + "/10/TPZ-1").code()).as(gtin).isEqualTo(Gs1Refusal.GTIN_SHAPE.code());
		}
	}

	@Test
	void qualifiersOutOfOrderOrRepeatedAreRefused() {
		assertThat(refused("/01/" + TOMATO + "/21/SER/10/TPZ-1"))
			.returns(Gs1Refusal.QUALIFIER_ORDER.code(), FieldProblem::code)
			.returns("10", FieldProblem::field);
		assertThat(refused("/01/" + TOMATO + "/10/A/10/B").code()).isEqualTo(Gs1Refusal.QUALIFIER_ORDER.code());
		assertThat(refused("/01/" + TOMATO + "/01/" + TOMATO).code()).isEqualTo(Gs1Refusal.QUALIFIER_ORDER.code());
		InvalidInputException before = catchThrowableOfType(InvalidInputException.class,
				() -> DigitalLink.parse("https://x.cn/10/TPZ-1/01/" + TOMATO));
		assertThat(before.is(Gs1Refusal.QUALIFIER_ORDER)).isTrue();
	}

	@Test
	void aSegmentAfterTheLastQualifierIsRefused() {
		FieldProblem problem = refused("/01/" + TOMATO + "/10/TPZ-1/21/SER/extra");

		assertThat(problem.code()).isEqualTo(Gs1Refusal.AFTER_LAST_QUALIFIER.code());
		assertThat(problem.message()).endsWith("/extra");
	}

	@Test
	void anUnknownQualifierOrAMissingValueIsRefused() {
		assertThat(refused("/01/" + TOMATO + "/99/X").code()).isEqualTo(Gs1Refusal.NOT_A_QUALIFIER.code());
		assertThat(refused("/01/" + TOMATO + "/10/TPZ-1/more").code()).isEqualTo(Gs1Refusal.NOT_A_QUALIFIER.code());
		assertThat(refused("/01/" + TOMATO + "/10")).returns(Gs1Refusal.MISSING_VALUE.code(), FieldProblem::code)
			.returns("10", FieldProblem::field);
		assertThat(refused("/01").code()).isEqualTo(Gs1Refusal.MISSING_VALUE.code());
	}

	@Test
	void aValueOutsideItsCharactersOrLengthIsRefusedAsItsAi() {
		assertThat(refused("/01/" + TOMATO + "/10/TPZ%201")).returns(Gs1Refusal.VALUE_CHARACTERS.code(), FieldProblem::code)
			.returns("10", FieldProblem::field);
		assertThat(refused("/01/" + TOMATO + "/10/TPZ-1/21/%E7%95%AA").code())
			.isEqualTo(Gs1Refusal.VALUE_CHARACTERS.code());
		assertThat(refused("/01/" + TOMATO + "/10/ABCDEFGHIJKLMNOPQRSTU"))
			.returns(Gs1Refusal.VALUE_LENGTH.code(), FieldProblem::code)
			.returns("10", FieldProblem::field);
		assertThat(refused("/01/" + TOMATO + "/10//21/SER").code()).isEqualTo(Gs1Refusal.VALUE_LENGTH.code());
		assertThat(DigitalLink.parsePath("/01/" + TOMATO + "/10/ABCDEFGHIJKLMNOPQRST").lot()).hasSize(20);
	}

	@Test
	void aMalformedEscapeOrDateIsRefused() {
		assertThat(refused("/01/" + TOMATO + "/10/TPZ%2").code()).isEqualTo(Gs1Refusal.BAD_ESCAPE.code());
		assertThat(refused("/01/" + TOMATO + "/10/TPZ%ZZ").code()).isEqualTo(Gs1Refusal.BAD_ESCAPE.code());
		assertThat(refused("/01/" + TOMATO + "/10/TPZ-1?7007=250231"))
			.returns(Gs1Refusal.HARVEST_DATE.code(), FieldProblem::code)
			.returns("7007", FieldProblem::field);
	}

	@Test
	void aPathOrUriWithoutAGtinIsNoDigitalLink() {
		assertThat(refused("/10/TPZ-1").code()).isEqualTo(Gs1Refusal.NO_PRIMARY_KEY.code());
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> DigitalLink.parse("https://x.cn/lots/1"))
			.is(Gs1Refusal.NO_PRIMARY_KEY)).isTrue();
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> DigitalLink.parse("ftp://x.cn/01/" + TOMATO)).is(Gs1Refusal.NOT_HTTP)).isTrue();
	}

	private static FieldProblem refused(String path) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> DigitalLink.parsePath(path));
		assertThat(refused).as(path).isNotNull();
		return refused.problem();
	}
}
