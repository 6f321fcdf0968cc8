package cn.saihan.trace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node for the tests of this JVM: the integ-test distribution that the build
 * unpacks under {@code target/elasticsearch}, started as a separate process on unused ports and
 * stopped when the tests end. Its URI is known at once, so the application can start while the
 * node boots; {@link #awaitHealthy()} waits for it before a test talks to it.
 * {@code TRACE_TEST_ELASTICSEARCH_URIS} (environment variable or system property) points the
 * tests at a node of one's own instead.
 */
public final class ElasticsearchNode {

	public static final String URIS = "TRACE_TEST_ELASTICSEARCH_URIS";

	/** ES 9 needs Java 21+; the build and the application stay on Java 17. */
	private static final int ELASTICSEARCH_JAVA = 21;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static ElasticsearchNode shared;

	private final String uri;

	private final Process process;

	private final Path pidFile;

	private final Path console;

	private volatile boolean healthy;

	private ElasticsearchNode(String uri, Process process, Path pidFile, Path console) {
		this.uri = uri;
		this.process = process;
		this.pidFile = pidFile;
		this.console = console;
		this.healthy = process == null;
	}

	/** The node every test class of this JVM shares; started on first use. */
	public static synchronized ElasticsearchNode shared() {
		if (shared == null) {
			String given = System.getProperty(URIS, System.getenv(URIS));
			shared = given != null && !given.isBlank() ? new ElasticsearchNode(given, null, null, null) : start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "elasticsearch-node-stop"));
		}
		return shared;
	}

	public String uri() {
		return uri;
	}

	/** A URI where certainly no node listens, for the tests of an unreachable engine. */
	public static String deadUri() {
		return "http://127.0.0.1:" + LoopbackPorts.unusedBelowEphemeralRange();
	}

	private static ElasticsearchNode start() {
		try {
			Path home = distribution();
			Path run = Files.createDirectories(Path.of("target", "elasticsearch-run", UUID.randomUUID().toString()))
				.toAbsolutePath();
			Path data = Files.createDirectories(run.resolve("data"));
			Path logs = Files.createDirectories(run.resolve("logs"));
			Path pidFile = run.resolve("es.pid");
			// The HTTP port must be known now, before the node binds it; a port from below the
			// kernel's ephemeral range cannot be taken meanwhile by an outgoing connection or a
			// test server on port 0. The transport port nobody needs to know: the node picks it.
			int httpPort = LoopbackPorts.unusedBelowEphemeralRange();
			List<String> command = new ArrayList<>();
			if (isRoot()) {
				// Elasticsearch refuses to run as root.
				Commands.run(Duration.ofMinutes(1), "chown", "-R", "nobody:nogroup", home.toString(), run.toString());
				command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
			}
			command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-p", pidFile.toString(),
					"-E", "discovery.type=single-node", "-E", "network.host=127.0.0.1",
					"-E", "http.port=" + httpPort, "-E", "transport.port=0",
					"-E", "xpack.security.enabled=false",
					"-E", "cluster.routing.allocation.disk.threshold_enabled=false",
					"-E", "path.data=" + data, "-E", "path.logs=" + logs));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(run.resolve("console.log").toFile());
			builder.environment().put("ES_JAVA_HOME", javaHome().toString());
			builder.environment().put("ES_JAVA_OPTS", "-Xms256m -Xmx256m");
			Process process = builder.start();
			return new ElasticsearchNode("http://127.0.0.1:" + httpPort, process, pidFile, run.resolve("console.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The Java to run the node on: {@code trace.test.elasticsearch.java-home} if set, else the newest
	 * Java of at least version 21 under {@code /usr/lib/jvm} (by its {@code release} file).
	 */
	static Path javaHome() throws IOException {
		String given = System.getProperty("trace.test.elasticsearch.java-home");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		Path jvms = Path.of("/usr/lib/jvm");
		Path newest = null;
		int newestVersion = 0;
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> homes = Files.list(jvms)) {
				for (Path home : homes.toList()) {
					int version = javaVersion(home.resolve("release"));
					if (version > newestVersion && Files.isExecutable(home.resolve("bin/java"))) {
						newest = home;
						newestVersion = version;
					}
				}
			}
		}
		if (newest == null || newestVersion < ELASTICSEARCH_JAVA) {
			throw new IllegalStateException("The search tests start an Elasticsearch 9 node, which needs Java "
					+ ELASTICSEARCH_JAVA + " or newer under /usr/lib/jvm (e.g. Temurin 25 or openjdk-21-jdk-headless); "
					+ "found " + (newest == null ? "none" : "Java " + newestVersion + " at " + newest)
					+ ". Or set -Dtrace.test.elasticsearch.java-home=… or " + URIS + " to a node of your own.");
		}
		return newest;
	}

	/** The major version a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.1"}), or 0. */
	private static int javaVersion(Path release) {
		try {
			for (String line : Files.readAllLines(release)) {
				if (line.startsWith("JAVA_VERSION=")) {
					String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
					String major = version.startsWith("1.") ? version.substring(2) : version;
					return Integer.parseInt(major.split("[.+-]")[0]);
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			// not a JDK we can tell: skipped
		}
		return 0;
	}

	private static Path distribution() throws IOException {
		Path unpacked = Path.of("target", "elasticsearch").toAbsolutePath();
		try (Stream<Path> children = Files.list(unpacked)) {
			return children.filter(path -> path.getFileName().toString().startsWith("elasticsearch-")).findFirst()
				.orElseThrow(() -> new IllegalStateException("No Elasticsearch under " + unpacked
						+ "; run the build's process-test-resources phase or set " + URIS));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			throw new IllegalStateException("No Elasticsearch under " + unpacked
					+ "; run the build's process-test-resources phase or set " + URIS, ex);
		}
	}

	/** Waits for cluster health yellow: {@code GET /} answers 405 on this distribution. */
	public synchronized void awaitHealthy() {
		if (healthy) {
			return;
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(uri + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.timeout(Duration.ofSeconds(5)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n" + tail(console));
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					healthy = true;
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(250);
		}
		stop();
		throw new IllegalStateException("Elasticsearch was not healthy within " + START_TIMEOUT + ":\n" + tail(console));
	}

	/** SIGTERM to the server, then to the launcher, and wait for the whole process tree. */
	public synchronized void stop() {
		if (process == null || !process.isAlive()) {
			return;
		}
		try {
			if (Files.exists(pidFile)) {
				ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroy);
			}
		}
		catch (IOException | NumberFormatException ex) {
			// fall back to the launcher below
		}
		List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
		process.destroy();
		Instant deadline = Instant.now().plusSeconds(20);
		for (ProcessHandle handle : tree) {
			while (handle.isAlive() && Instant.now().isBefore(deadline)) {
				sleep(100);
			}
			if (handle.isAlive()) {
				handle.destroyForcibly();
			}
		}
	}

	private static String tail(Path console) {
		try {
			List<String> lines = Files.readAllLines(console);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no console output: " + ex.getMessage() + ")";
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
