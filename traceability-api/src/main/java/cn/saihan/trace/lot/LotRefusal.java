package cn.saihan.trace.lot;

import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.Refusal;

/**
 * Why a lot is refused; pages translate the codes. The rules behind them are checked in one place,
 * {@link LotRules}, for every way a lot enters the registry.
 */
public enum LotRefusal implements Refusal {

	NOT_FOUND("No lot with code {0}"),
	PRODUCER_REQUIRED("is required"),
	PRODUCER_UNKNOWN("is not a registered producer"),
	PRODUCT_REQUIRED("is required"),
	PRODUCT_UNKNOWN("is not a product code of the catalog (see GET /api/v1/products)"),
	HARVEST_DATE_REQUIRED("is required"),
	HARVEST_IN_FUTURE("must not be in the future"),
	HARVEST_TOO_EARLY("must not be before {0}"),
	QUANTITY_REQUIRED("is required"),
	QUANTITY_NOT_POSITIVE("must be greater than 0"),
	QUANTITY_TOO_LARGE("must be at most {0} kg: no harvest lot is larger"),
	QUANTITY_DIGITS("must have at most 9 digits before the decimal point and 3 after it"),
	PRICE_REQUIRED("is required"),
	PRICE_NEGATIVE("must not be negative"),
	PRICE_TOO_HIGH("must be at most {0} yuan per kg"),
	PRICE_DIGITS("must have at most 7 digits before the decimal point and 4 after it"),
	CODE_SHAPE("must be 1 to 20 characters of A-Z, 0-9 and '-'"),
	CODE_TAKEN("Lot code {0} is already taken"),
	PLOT_TOO_LONG("must be at most 100 characters"),
	VILLAGE_TOO_LONG("must be at most 100 characters"),
	TEXT_NOT_PLAIN(PlainText.Check.NOT_PLAIN);

	private final String english;

	LotRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
