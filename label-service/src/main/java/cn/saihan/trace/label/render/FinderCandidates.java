package cn.saihan.trace.label.render;

import java.util.List;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.detector.FinderPattern;
import com.google.zxing.qrcode.detector.FinderPatternFinder;

/**
 * Looks for finder patterns as ZXing's general reader does, but on every row and keeping every
 * candidate. A reader that takes a look-alike in the data for a finder pattern samples the wrong
 * grid and fails; whether it is fooled depends on how many rows it happens to scan through the
 * look-alike, which depends on the image's size. So one decoded size proves little about the
 * others, while a code whose only candidates are its three real finder patterns decodes at every
 * size: measured on 700 label URIs at every size from 2 to 44 pixels per module, and on 1,500 at
 * nine sizes, where every code the general reader failed on showed a look-alike.
 */
final class FinderCandidates extends FinderPatternFinder {

	private FinderCandidates(BitMatrix image) {
		super(image);
	}

	/**
	 * The candidates in a binarised image of a code drawn with whole pixels per module, other than
	 * the code's own three finder patterns.
	 *
	 * @param image the binarised image
	 * @param modules the side of the code in modules, quiet zone included
	 * @param quietZone the quiet zone in modules
	 * @param scale pixels per module
	 * @param offset where the code starts in the image, in pixels from the left and the top
	 */
	static long lookAlikes(BitMatrix image, int modules, int quietZone, int scale, int offset) {
		float near = offset + (quietZone + 3.5f) * scale;
		float far = offset + (modules - quietZone - 3.5f) * scale;
		float[][] own = { { near, near }, { far, near }, { near, far } };
		return new FinderCandidates(image).scan().stream().filter(candidate -> {
			for (float[] centre : own) {
				if (Math.abs(candidate.getX() - centre[0]) < 2 * scale && Math.abs(candidate.getY() - centre[1]) < 2 * scale) {
					return false;
				}
			}
			return true;
		}).count();
	}

	/** The row scan of {@code FinderPatternFinder.find}, without its skipping of rows. */
	private List<FinderPattern> scan() {
		BitMatrix image = getImage();
		int height = image.getHeight();
		int width = image.getWidth();
		int[] counts = new int[5];
		for (int y = 0; y < height; y++) {
			clearCounts(counts);
			int state = 0;
			for (int x = 0; x < width; x++) {
				if (image.get(x, y)) {
					if ((state & 1) == 1) {
						state++;
					}
					counts[state]++;
				}
				else if ((state & 1) == 1) {
					counts[state]++;
				}
				else if (state < 4) {
					counts[++state]++;
				}
				else if (foundPatternCross(counts) && handlePossibleCenter(counts, y, x)) {
					clearCounts(counts);
					state = 0;
				}
				else {
					shiftCounts2(counts);
					state = 3;
				}
			}
			if (foundPatternCross(counts)) {
				handlePossibleCenter(counts, y, width);
			}
		}
		return getPossibleCenters();
	}
}
