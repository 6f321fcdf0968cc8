package cn.saihan.trace.resolver;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts scans of serialised labels by verdict ({@code trace.scans}: {@code GENUINE},
 * {@code SCANNED_BEFORE}, {@code NOT_GENUINE}) for the bureau's metrics: a rise of copied or
 * made-up codes shows at once. Lot-level codes are not scans and are not counted.
 */
@Component
class ScanMetrics {

	private final MeterRegistry registry;

	ScanMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	ConsumerView counted(ConsumerView view) {
		registry.counter("trace.scans", "verdict", view.verdict().name()).increment();
		return view;
	}
}
