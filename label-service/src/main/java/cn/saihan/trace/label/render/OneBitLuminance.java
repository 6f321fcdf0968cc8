package cn.saihan.trace.label.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import com.google.zxing.LuminanceSource;

/**
 * The pixels of a 1-bit image as a reader sees them, 0 for black and 255 for white, read straight
 * from the image's packed rows: the very image the service writes as a PNG, not a copy of the
 * module matrix.
 */
final class OneBitLuminance extends LuminanceSource {

	/** The 8 luminances of each packed byte: unpacking a byte at a time, not a bit. */
	private static final byte[][] UNPACKED = new byte[256][8];

	static {
		for (int packed = 0; packed < 256; packed++) {
			for (int bit = 0; bit < 8; bit++) {
				// In the default binary palette a 1 bit is white.
				UNPACKED[packed][bit] = (packed & (0x80 >>> bit)) != 0 ? (byte) 0xFF : 0;
			}
		}
	}

	private final byte[] packed;

	private final int stride;

	OneBitLuminance(BufferedImage image) {
		super(image.getWidth(), image.getHeight());
		if (image.getType() != BufferedImage.TYPE_BYTE_BINARY || image.getColorModel().getPixelSize() != 1) {
			throw new IllegalArgumentException("Not a 1-bit image");
		}
		this.packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		this.stride = (image.getWidth() + 7) / 8;
	}

	@Override
	public byte[] getRow(int y, byte[] row) {
		int width = getWidth();
		byte[] out = row != null && row.length >= width ? row : new byte[width];
		unpack(y, out, 0);
		return out;
	}

	@Override
	public byte[] getMatrix() {
		int width = getWidth();
		byte[] matrix = new byte[width * getHeight()];
		for (int y = 0; y < getHeight(); y++) {
			unpack(y, matrix, y * width);
		}
		return matrix;
	}

	private void unpack(int y, byte[] out, int offset) {
		int width = getWidth();
		int start = y * stride;
		for (int x = 0; x < width; x += 8) {
			System.arraycopy(UNPACKED[packed[start + (x >> 3)] & 0xFF], 0, out, offset + x, Math.min(8, width - x));
		}
	}
}
