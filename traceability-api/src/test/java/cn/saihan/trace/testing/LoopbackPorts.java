package cn.saihan.trace.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for test servers that are bound some time after they are chosen. */
public final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/**
	 * A port nothing listens on, chosen at random between 20000 and the start of the ephemeral
	 * range ({@code /proc/sys/net/ipv4/ip_local_port_range}, 32768 by default). A port the kernel
	 * handed out for port 0 could be handed out again to anyone before our server binds it.
	 */
	public static int unusedBelowEphemeralRange() {
		int first = 20000;
		int end = ephemeralRangeStart();
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(first, end);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				// taken; try another
			}
		}
		throw new IllegalStateException("No unused port between " + first + " and " + end);
	}

	private static int ephemeralRangeStart() {
		try {
			String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
			return Math.max(Integer.parseInt(range.split("\\s+")[0]), 21000);
		}
		catch (IOException | RuntimeException ex) {
			return 32768;
		}
	}
}
