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
 * almost never valid UTF-8, so a file that decodes as strict UTF-8 is UTF-8, and any other is GB18030.
 */
final class CsvCharset {

	static final Charset GB18030 = Charset.forName("GB18030");

	private CsvCharset() {
	}

	static Charset of(Path file) throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (InputStream stream = Files.newInputStream(file)) {
			byte[] chunk = new byte[32 * 1024];
			int n;
			while ((n = stream.read(chunk)) >= 0) {
				in.put(chunk, 0, n).flip();
				if (!decode(utf8, in, out, false)) {
					return GB18030;
				}
				in.compact();
			}
			in.flip();
			return decode(utf8, in, out, true) && utf8.flush(out.clear()).isUnderflow() ? StandardCharsets.UTF_8
					: GB18030;
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
