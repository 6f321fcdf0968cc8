package cn.saihan.trace.label.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The words printed on sheets and certificates, from {@code texts.properties} beside this class. */
final class PrintedTexts {

	private static final Properties TEXTS = load();

	private PrintedTexts() {
	}

	/** The text of {@code key}, or its Latin stand-in when the PDF has no Chinese font; {@code {0}} … filled in. */
	static String of(String key, boolean chinese, Object... arguments) {
		String text = chinese ? TEXTS.getProperty(key) : TEXTS.getProperty(key + ".latin", TEXTS.getProperty(key));
		if (text == null) {
			throw new IllegalArgumentException("No printed text " + key);
		}
		return arguments.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(arguments);
	}

	private static Properties load() {
		Properties texts = new Properties();
		try (InputStream in = PrintedTexts.class.getResourceAsStream("texts.properties")) {
			if (in == null) {
				throw new IllegalStateException("texts.properties is missing beside " + PrintedTexts.class.getName());
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}
}
