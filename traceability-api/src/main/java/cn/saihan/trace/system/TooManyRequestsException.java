package cn.saihan.trace.system;

/** A limit that protects the service was reached; answered with 429. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException(String message) {
		super(message);
	}
}
