package cn.saihan.trace.product;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the product catalog under {@code trace.catalog}.
 *
 * @param gs1CompanyPrefix the GS1 company prefix from which GTINs are assigned to products that
 * come without one; {@code 6901234} is a demonstration prefix in China's 690–699 range
 */
@ConfigurationProperties("trace.catalog")
record CatalogProperties(@DefaultValue("6901234") String gs1CompanyPrefix) {

	public CatalogProperties {
		if (!gs1CompanyPrefix.matches("\\d{6,12}")) {
			throw new IllegalArgumentException("trace.catalog.gs1-company-prefix must be 6 to 12 digits");
		}
	}
}
