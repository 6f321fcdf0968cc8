package cn.saihan.trace.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared {@link ElasticsearchNode} before the first test class that needs it, lets the
 * application context start meanwhile, waits for the node before each test, and stops it when
 * all tests of this JVM are done (the JVM's shutdown hook is the fallback).
 */
public class ElasticsearchNodeExtension implements BeforeAllCallback, BeforeEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ElasticsearchNodeExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent("node", key -> new Running(ElasticsearchNode.shared()),
				Running.class);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		ElasticsearchNode.shared().awaitHealthy();
	}

	/** Closed by JUnit when the root context ends, that is after the last test class. */
	private record Running(ElasticsearchNode node) implements AutoCloseable {

		@Override
		public void close() {
			node.stop();
		}
	}
}
