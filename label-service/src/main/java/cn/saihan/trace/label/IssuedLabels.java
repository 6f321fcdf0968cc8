package cn.saihan.trace.label;

import java.util.List;

import cn.saihan.trace.gs1.DigitalLink;

/** The answer to issuing labels: each new label's serial and the URI its QR code carries. */
record IssuedLabels(List<Issued> labels) {

	static IssuedLabels of(List<DigitalLink> labels) {
		return new IssuedLabels(labels.stream().map(link -> new Issued(link.serial(), link.toString())).toList());
	}

	record Issued(String serial, String uri) {
	}
}
