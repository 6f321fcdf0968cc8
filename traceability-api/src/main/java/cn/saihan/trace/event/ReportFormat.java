package cn.saihan.trace.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files an inspection's report may be, known by their first bytes rather than by their name or
 * the type a browser claims: a file named report.pdf that is a script or an HTML page is none of them.
 */
public enum ReportFormat {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final String mediaType;

	private final String extension;

	private final byte[] signature;

	ReportFormat(String mediaType, String extension, byte[] signature) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.signature = signature;
	}

	/** The format whose signature the content begins with, if any. */
	public static Optional<ReportFormat> of(byte[] content) {
		return Arrays.stream(values()).filter(format -> format.begins(content)).findFirst();
	}

	public static ReportFormat ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No report format " + mediaType));
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	private boolean begins(byte[] content) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}
}
