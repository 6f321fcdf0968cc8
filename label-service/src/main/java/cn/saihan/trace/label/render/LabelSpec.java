package cn.saihan.trace.label.render;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * How a QR label is drawn.
 *
 * @param sizePx the side of the image in pixels; modules are whole pixels, centred, the rest white
 * @param errorCorrection M or better: a label on a box gets scuffed
 * @param quietZoneModules the white margin around the code, at least the 4 modules the standard asks for
 */
public record LabelSpec(int sizePx, ErrorCorrectionLevel errorCorrection, int quietZoneModules) {

	public static final int STANDARD_QUIET_ZONE = 4;

	private static final LabelSpec DEFAULTS = new LabelSpec(300, ErrorCorrectionLevel.M, STANDARD_QUIET_ZONE);

	public LabelSpec {
		if (sizePx < 1) {
			throw new IllegalArgumentException("Size must be positive: " + sizePx);
		}
		if (errorCorrection == null || errorCorrection == ErrorCorrectionLevel.L) {
			throw new IllegalArgumentException("Error correction must be M, Q or H");
		}
		if (quietZoneModules < STANDARD_QUIET_ZONE) {
			throw new IllegalArgumentException("The quiet zone must be at least " + STANDARD_QUIET_ZONE + " modules");
		}
	}

	/** 300 px, error correction M, the standard 4-module quiet zone. */
	public static LabelSpec defaults() {
		return DEFAULTS;
	}

	public LabelSpec withSize(int px) {
		return new LabelSpec(px, errorCorrection, quietZoneModules);
	}
}
