package cn.saihan.trace.label;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.lot.LotCode;

/**
 * Derives label serials as HMAC-SHA256 over GTIN, lot code and the label's number in its lot,
 * keyed with the server secret. Without the secret nobody can compute the serial of the next
 * label, so a counterfeiter cannot mint codes that resolve; with it, the same label number
 * always gives the same serial.
 */
public final class SerialMinter {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public SerialMinter(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("The label secret needs at least 16 bytes");
		}
		this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
		mac(); // fail at start-up, not on the first label, if the key is unusable
	}

	public Serial mint(Gtin gtin, LotCode lot, long labelNo) {
		String message = gtin.value() + "/" + lot.value() + "/" + labelNo;
		return Serial.fromBits(mac().doFinal(message.getBytes(StandardCharsets.US_ASCII)));
	}

	/** A {@link Mac} is not thread-safe; a fresh one per serial costs microseconds. */
	private Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Unusable label secret", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", ex);
		}
	}
}
