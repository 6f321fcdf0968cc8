package cn.saihan.trace.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line for a test. Nothing is inherited from the test JVM: surefire talks to its
 * forked JVM over that JVM's stdin and stdout, and a child writing there (npm prints the name of
 * the tarball it packed) or switching the shared stdin to non-blocking (Node does) breaks the fork.
 */
public final class Commands {

	private Commands() {
	}

	/** Runs the command to its end and returns what it printed; fails when it fails or overruns. */
	public static String run(Duration timeout, String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		try {
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish within " + timeout);
			}
			String printed = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed with " + process.exitValue() + ":\n" + printed);
			}
			return printed;
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}
}
