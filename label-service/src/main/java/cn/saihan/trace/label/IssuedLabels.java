package cn.saihan.trace.label;

import java.util.List;

/** The answer to issuing labels: each new label's serial and the URI its QR code carries. */
record IssuedLabels(List<Issued> labels) {

	static IssuedLabels of(List<Label> labels) {
		return new IssuedLabels(labels.stream().map(l -> new Issued(l.getSerial().value(), l.getUri())).toList());
	}

	record Issued(String serial, String uri) {
	}
}
