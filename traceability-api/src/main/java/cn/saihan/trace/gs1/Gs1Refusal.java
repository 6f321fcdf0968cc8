package cn.saihan.trace.gs1;

import cn.saihan.trace.system.Refusal;

/**
 * Why a text is not a GTIN or a GS1 Digital Link, each with the element it concerns as its field:
 * the AI ({@code 01}, {@code 10}, {@code 21}, {@code 7007}), {@code path} for the shape of the path,
 * {@code uri} for the whole. Pages translate the codes.
 */
public enum Gs1Refusal implements Refusal {

	GTIN_SHAPE("must be a GTIN of 8, 12, 13 or 14 digits: {0}"),
	GTIN_CHECK_DIGIT("{0} has a wrong check digit: it should be {1}"),
	NOT_HTTP("is not an http or https URI: {0}"),
	NO_PRIMARY_KEY("has no GTIN (AI 01) to identify an item: {0}"),
	QUALIFIER_ORDER("AI {0} is out of order: the GTIN (01) comes first, then 10, then 21"),
	NOT_A_QUALIFIER("{0} is not a key qualifier of a GTIN here: 01 takes 10, then 21"),
	MISSING_VALUE("AI {0} has no value"),
	AFTER_LAST_QUALIFIER("nothing may follow the serial (AI 21): {0}"),
	VALUE_LENGTH("must be 1 to 20 characters: {0} has {1}"),
	VALUE_CHARACTERS("may hold only characters of the GS1 character set 82: {0} is not one"),
	BAD_ESCAPE("has a malformed percent-escape: {0}"),
	HARVEST_DATE("must be a date YYMMDD: {0}"),
	GLN_SHAPE("must be a GLN of 13 digits: {0}"),
	GLN_CHECK_DIGIT("{0} has a wrong check digit: it should be {1}"),
	NOT_COMPRESSED("is not a compressed Digital Link of a GTIN that this resolver reads: {0}");

	private final String english;

	Gs1Refusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
