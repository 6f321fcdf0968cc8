package cn.saihan.trace.label;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of labels under {@code trace.labels}.
 *
 * @param secret the server secret from which serials are derived (at least 16 characters); keep it
 * out of the repository. When it is not set, a random one is made at start with a warning: labels
 * are verified by lookup, so they stay valid, but serials can no longer be re-derived
 * @param maxCount the most labels one request may issue
 * @param maxPerLot the most labels a lot may have in all: a lot is one harvest, packed in at most
 * some thousands of boxes, and every label is a row kept for good, so a login cannot flood the
 * registry with labels
 * @param defaultSizePx the side of a PNG or SVG label in pixels when the request names none
 * @param maxSizePx the largest side a request may ask for
 * @param harvestDateAttribute whether label URIs carry the harvest date as GS1 data attribute 7007;
 * off by default because every character makes the QR code denser
 * @param fontFile the TrueType collection whose face prints Chinese product names on PDF sheets
 * @param fontName the face of {@code fontFile} to embed (as a subset)
 */
@ConfigurationProperties("trace.labels")
public record LabelProperties(String secret, @DefaultValue("10000") int maxCount,
		@DefaultValue("20000") int maxPerLot,
		@DefaultValue("300") int defaultSizePx, @DefaultValue("2000") int maxSizePx,
		@DefaultValue("false") boolean harvestDateAttribute,
		@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path fontFile,
		@DefaultValue("WenQuanYiMicroHei") String fontName) {

	public LabelProperties {
		if (maxCount < 1 || maxPerLot < 1 || defaultSizePx < 1 || maxSizePx < defaultSizePx) {
			throw new IllegalArgumentException("trace.labels: max-count, max-per-lot and default-size-px must be "
					+ "positive, max-size-px at least the default");
		}
		if (secret != null && secret.length() < 16) {
			throw new IllegalArgumentException("trace.labels.secret needs at least 16 characters");
		}
	}
}
