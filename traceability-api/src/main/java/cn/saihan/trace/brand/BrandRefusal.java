package cn.saihan.trace.brand;

import cn.saihan.trace.system.Refusal;

/** Why a brand, its logo or a licence is refused; pages translate the codes. */
public enum BrandRefusal implements Refusal {

	NOT_FOUND("No brand with code {0}"),
	CODE_TAKEN("A brand with code {0} already exists"),
	UNKNOWN_PRODUCT("is not a product code of the catalogue: {0}"),
	UNKNOWN_TOWN("is not a town code of Saihan District: {0}"),
	UNKNOWN_OWNER("No producer with id {0}"),
	OWNER_PRODUCER_REQUIRED("is required for an enterprise brand: the producer that owns it"),
	OWNER_PRODUCER_NOT_FOR_REGIONAL("must be empty for a regional public brand, which an association or the bureau owns"),
	OWNER_NAME_REQUIRED("is required for a regional public brand: the association or bureau that owns it"),
	ORIGIN_REQUIRED("is required for a regional public brand: the towns of its origin area"),
	ORIGIN_NOT_FOR_ENTERPRISE("must be empty for an enterprise brand, which has no origin area"),
	LOGO_EMPTY("is empty"),
	LOGO_TOO_LARGE("is larger than {0} kB"),
	LOGO_FORMAT("is neither a PNG nor an SVG image"),
	LOGO_UNSAFE_SVG("is an SVG with scripts, event handlers, embedded documents or outside references: {0}"),
	NO_LOGO("Brand {0} has no logo"),
	LICENCE_NOT_FOUND("No licence with id {0}"),
	LICENCE_UNKNOWN_PRODUCER("No producer with id {0}"),
	LICENCE_ENTERPRISE_BRAND("{0} is an enterprise brand: only its owner puts it on lots, and needs no licence"),
	LICENCE_OUTSIDE_ORIGIN("the producer's town {0} lies outside the origin area of {1}"),
	LICENCE_BEFORE_2000("must not be before 2000-01-01"),
	LICENCE_TO_BEFORE_FROM("must not be before validFrom {0}"),
	LICENCE_PENDING("Producer {0} already has an application for {1} waiting for the bureau"),
	LICENCE_NOT_PENDING("Licence {0} is {1}: only an application waiting for the bureau can be decided"),
	LICENCE_NOT_APPROVED("Licence {0} is {1}: only an approved licence can be revoked"),
	LICENCE_REVOKED_OUTSIDE("must lie within the licence's validity, {0} to {1}"),
	REASON_REQUIRED("is required: the producer is told why"),
	REASON_NOT_PLAIN("must not contain control or invisible formatting characters"),
	REASON_TOO_LONG("is longer than {0} characters"),
	ZONE_NOT_FOUND("No advantage zone with code {0}"),
	ZONE_CODE_TAKEN("An advantage zone with code {0} already exists"),
	ZONE_TOWNS_REQUIRED("is required: the towns the zone spans"),
	ZONE_STATUS_BEFORE_2000("must not be before 2000-01-01"),
	ZONE_STATUS_IN_FUTURE("must not be after today, {0}"),
	ZONE_STATUS_BEFORE_CURRENT("must not be before the zone's current status began, {0}"),
	UNKNOWN_VILLAGE_TOWN("No town with code {0}"),
	VILLAGE_NAME("must be 1 to 100 characters");

	private final String english;

	BrandRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
