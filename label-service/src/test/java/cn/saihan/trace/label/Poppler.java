package cn.saihan.trace.label;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import cn.saihan.trace.testing.Commands;

/**
 * What poppler (Debian's poppler-utils), a PDF reader of its own, makes of our PDFs: each page as
 * an image at a printer's resolution, and the text.
 */
final class Poppler {

	static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private Poppler() {
	}

	/** Every page as a grey PNG at {@code dpi}, in page order. */
	static List<Path> pages(byte[] pdf, int dpi, Path directory) throws IOException {
		Path dir = Files.createDirectories(directory.resolve("r" + dpi));
		Path file = dir.resolve("document.pdf");
		Files.write(file, pdf);
		Commands.run(TIMEOUT, PDFTOPPM.toString(), "-r", Integer.toString(dpi), "-gray", "-png", file.toString(),
				dir.resolve("page").toString());
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(path -> path.getFileName().toString().endsWith(".png")).sorted().toList();
		}
	}

	/** The text in the order it was written, lines joined, so that a name set on two lines reads as one. */
	static String text(byte[] pdf, Path directory) throws IOException {
		Path file = Files.createTempFile(Files.createDirectories(directory), "text-", ".pdf");
		Files.write(file, pdf);
		return Commands.run(TIMEOUT, "/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-")
			.replace("\n", "");
	}
}
