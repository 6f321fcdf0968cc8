package cn.saihan.trace.demo;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Whether the demo data set is being seeded right now. The application answers pages while the demo
 * is still seeding (a few seconds after start): the home page says the data is being prepared
 * rather than leaving a newcomer to wonder at an empty registry. Without the demo profile it is
 * never in progress.
 */
@Component
public class DemoSeeding {

	private final AtomicBoolean inProgress = new AtomicBoolean();

	public boolean inProgress() {
		return inProgress.get();
	}

	/** Seeding has begun: pages say so until {@link #finished()}. */
	public void started() {
		inProgress.set(true);
	}

	public void finished() {
		inProgress.set(false);
	}
}
