package cn.saihan.trace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the encoding of a CSV file without asking the user. Excel saves UTF-8 with a BOM ("CSV UTF-8")
 * or, on a Chinese Windows, the ANSI code page GBK, of which GB18030 is a superset. Text in GBK is
 * almost never valid UTF-8, so a file that decodes as strict UTF-8 is UTF-8, and one that decodes as
 * strict GB18030 is GB18030. Any other file, and any file with a NUL byte (UTF-16, which Excel calls
 * "Unicode text", and binary files have them; no text does), is refused as a whole, with the advice
 * to save it as CSV UTF-8: read as GB18030 it would be rows of nonsense.
 */
final class CsvCharset {

	static final Charset GB18030 = Charset.forName("GB18030");

	private CsvCharset() {
	}

	/**
	 * @throws cn.saihan.trace.system.RefusedException naming {@code file} when the file is no text of
	 *         either encoding
	 */
	static Charset of(Path file) throws IOException {
		if (decodes(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(file, GB18030)) {
			return GB18030;
		}
		throw ImportRefusal.NOT_TEXT.invalid("file");
	}

	/** Whether the whole file is text of the charset: strictly decodable, and without a NUL. */
	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (InputStream stream = Files.newInputStream(file)) {
			byte[] chunk = new byte[32 * 1024];
			int n;
			while ((n = stream.read(chunk)) >= 0) {
				for (int i = 0; i < n; i++) {
					if (chunk[i] == 0) {
						return false;
					}
				}
				in.put(chunk, 0, n).flip();
				if (!decode(decoder, in, out, false)) {
					return false;
				}
				in.compact();
			}
			in.flip();
			return decode(decoder, in, out, true) && decoder.flush(out.clear()).isUnderflow();
		}
	}

	private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean endOfInput) {
		while (true) {
			CoderResult result = decoder.decode(in, out.clear(), endOfInput);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return true;
			}
		}
	}
}
