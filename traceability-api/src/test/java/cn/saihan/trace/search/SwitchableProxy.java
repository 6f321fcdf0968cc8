package cn.saihan.trace.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.saihan.trace.testing.LoopbackPorts;

/**
 * A TCP relay in front of the test node that can be switched off and on, so that a test can
 * take Elasticsearch away from one application without stopping the node the others share.
 * Switched off, nothing listens on its port: connections are refused as with a node that is down.
 */
final class SwitchableProxy implements AutoCloseable {

	private final int port;

	private final InetSocketAddress target;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	SwitchableProxy(String targetUri) {
		URI uri = URI.create(targetUri);
		this.target = new InetSocketAddress(uri.getHost(), uri.getPort());
		// bound only when switched on, so a port that port-0 binds cannot be handed meanwhile
		this.port = LoopbackPorts.unusedBelowEphemeralRange();
	}

	String uri() {
		return "http://127.0.0.1:" + port;
	}

	synchronized void on() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
			server = socket;
			Thread accepting = new Thread(() -> accept(socket), "proxy-accept");
			accepting.setDaemon(true);
			accepting.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops listening and cuts every open connection. */
	synchronized void off() {
		closeQuietly(server);
		server = null;
		open.forEach(SwitchableProxy::closeQuietly);
		open.clear();
	}

	@Override
	public void close() {
		off();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				open.add(client);
				try {
					Socket upstream = new Socket(target.getHostString(), target.getPort());
					open.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// the node itself is not up yet: refuse as it would
					closeQuietly(client);
				}
			}
			catch (IOException ex) {
				// closed by off()
			}
		}
	}

	private void pump(Socket from, Socket to) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		Thread thread = new Thread(() -> {
			try {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// a side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}
}
