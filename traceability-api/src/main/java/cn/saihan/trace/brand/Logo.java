package cn.saihan.trace.brand;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What describes a brand's logo; its bytes are at {@link #uri()}, whose digest changes with the logo. */
public record Logo(String brandCode, String mediaType,
		long sizeBytes, String sha256) {

	/** The logo's address, with its digest so that a cached old logo is never shown for a new one. */
	@JsonProperty
	public String uri() {
		return "/api/v1/brands/" + brandCode + "/logo?v=" + sha256.substring(0, 12);
	}
}
