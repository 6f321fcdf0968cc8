package cn.saihan.trace.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Debian packages some tests need (a second QR reader, the font of printed labels, a browser):
 * a test that needs one and does not find it fails, naming the package to install, rather than
 * skipping quietly, which would let a run without them look like a run that checked everything.
 * {@code ./test} installs them when run as root.
 */
public final class DebianPackages {

	private DebianPackages() {
	}

	/** Fails unless {@code program} is an executable file, naming the package that installs it. */
	public static Path requireExecutable(Path program, String debianPackage) {
		if (!Files.isExecutable(program)) {
			throw new AssertionError(missing(program, debianPackage));
		}
		return program;
	}

	/** Fails unless {@code file} exists, naming the package that installs it. */
	public static Path requireFile(Path file, String debianPackage) {
		if (!Files.isRegularFile(file)) {
			throw new AssertionError(missing(file, debianPackage));
		}
		return file;
	}

	private static String missing(Path path, String debianPackage) {
		return path + " is missing: install the Debian package " + debianPackage + " (apt-get install "
				+ debianPackage + "), or run ./test as root, which installs what the tests need";
	}
}
