package cn.saihan.trace.label.render;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Chooses the mask pattern a code is drawn with, so that every reader decodes it. The encoder picks
 * the mask with the lowest penalty score, which zbar reads, but ZXing's general reader (which many
 * phone apps embed, scanning the whole picture with {@code TRY_HARDER}) fails on some of our codes
 * (about 1 in 250 label URIs measured, at every size from 4 pixels a module up): it takes a
 * look-alike in the data for a finder pattern. Each candidate mask is
 * drawn as the service serves it, at the default PNG size, and kept only if the general reader
 * decodes that image to exactly the text and finds no look-alike in it ({@link FinderCandidates}),
 * which makes the code read at every other size too.
 */
public final class MaskChooser {

	private static final Logger log = LoggerFactory.getLogger(MaskChooser.class);

	/**
	 * Masks tried after the encoder's own choice. Measured on our URIs, the general reader failed
	 * most often with masks 2, 0 and 7, so they come last.
	 */
	private static final List<Integer> FALLBACKS = List.of(1, 4, 5, 3, 6, 7, 0, 2);

	private static final Map<DecodeHintType, Object> GENERAL_READER = generalReader();

	private final QrRenderer qr;

	private final LabelSpec served;

	/**
	 * @param qr draws the candidates
	 * @param served the PNG the service draws when a request names no size: the image checked
	 */
	public MaskChooser(QrRenderer qr, LabelSpec served) {
		this.qr = qr;
		this.served = served;
	}

	/**
	 * The first mask, the encoder's own choice first, whose code every reader decodes.
	 *
	 * @throws IllegalStateException if the general reader decodes the text with no mask at all
	 */
	public int choose(String text) {
		QrRenderer.Encoded preferred = qr.encode(text, null, served);
		if (readable(text, preferred.modules(), true)) {
			return preferred.mask();
		}
		for (int mask : FALLBACKS) {
			if (mask != preferred.mask() && readable(text, qr.encode(text, mask, served).modules(), true)) {
				return mask;
			}
		}
		// Never seen: every mask shows a look-alike. Take one that at least decodes at the served size.
		for (int mask = 0; mask < 8; mask++) {
			if (readable(text, qr.encode(text, mask, served).modules(), false)) {
				log.warn("No mask of {} is free of finder look-alikes; mask {} decodes at {} px", text, mask,
						served.sizePx());
				return mask;
			}
		}
		throw new IllegalStateException("The general QR reader decodes no mask of " + text);
	}

	/** Whether the general reader decodes the served image of these modules, and (if asked) it shows no look-alike. */
	boolean readable(String text, BitMatrix modules, boolean withoutLookAlikes) {
		BufferedImage image = qr.image(modules, served.sizePx());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new OneBitLuminance(image)));
		try {
			if (!text.equals(new QRCodeReader().decode(bitmap, GENERAL_READER).getText())) {
				return false;
			}
		}
		catch (ReaderException ex) {
			return false;
		}
		if (!withoutLookAlikes) {
			return true;
		}
		int n = modules.getWidth();
		int scale = served.sizePx() / n;
		try {
			return FinderCandidates.lookAlikes(bitmap.getBlackMatrix(), n, served.quietZoneModules(), scale,
					(served.sizePx() - n * scale) / 2) == 0;
		}
		catch (ReaderException ex) {
			return false;
		}
	}

	private static Map<DecodeHintType, Object> generalReader() {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		return Map.copyOf(hints);
	}
}
