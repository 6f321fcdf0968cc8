package cn.saihan.trace.label;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One issued label: its serial, the lot and GTIN it belongs to, and the URI printed in its QR code.
 * The URI is kept as issued, so a later change of the resolver's base URL never changes what an
 * already printed label says. Labels are written in batches and scans counted by single UPDATEs
 * (see {@link LabelService}); this class only reads them.
 */
@Entity
@Table(name = "label")
public class Label {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String serial;

	private String lotCode;

	private String gtin;

	private long labelNo;

	private String uri;

	private Short qrMask;

	private Instant issuedAt;

	private long scanCount;

	private Instant firstScannedAt;

	private Instant lastScannedAt;

	protected Label() {
	}

	public Long getId() {
		return id;
	}

	public Serial getSerial() {
		return new Serial(serial);
	}

	public String getLotCode() {
		return lotCode;
	}

	public String getGtin() {
		return gtin;
	}

	public long getLabelNo() {
		return labelNo;
	}

	public String getUri() {
		return uri;
	}

	/** The mask pattern chosen for the label's code when it was issued; {@code null} for labels issued before masks were chosen. */
	public Integer getQrMask() {
		return qrMask == null ? null : qrMask.intValue();
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public long getScanCount() {
		return scanCount;
	}

	public Instant getFirstScannedAt() {
		return firstScannedAt;
	}

	public Instant getLastScannedAt() {
		return lastScannedAt;
	}
}
