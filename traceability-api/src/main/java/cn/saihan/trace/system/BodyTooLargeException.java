package cn.saihan.trace.system;

import java.io.IOException;

/** A request body went past its cap while it was being read; answered 413. */
class BodyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}
}
