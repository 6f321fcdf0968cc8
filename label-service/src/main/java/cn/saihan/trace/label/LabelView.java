package cn.saihan.trace.label;

import java.time.Instant;

/** A label as the API lists it, with its scans so far. */
record LabelView(String serial, String uri, long labelNo, Instant issuedAt, long scanCount,
		Instant firstScannedAt) {

	static LabelView of(Label label) {
		return new LabelView(label.getSerial().value(), label.getUri(), label.getLabelNo(), label.getIssuedAt(),
				label.getScanCount(), label.getFirstScannedAt());
	}
}
