package cn.saihan.trace.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A limit that protects the service was reached; answered with 429. */
public class TooManyRequestsException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public TooManyRequestsException(FieldProblem problem) {
		this(problem, null);
	}

	private TooManyRequestsException(FieldProblem problem, Duration retryAfter) {
		super(List.of(problem));
		this.retryAfter = retryAfter;
	}

	/** The same refusal, telling when to try again ({@code Retry-After}). */
	public TooManyRequestsException retryAfter(Duration wait) {
		return new TooManyRequestsException(problem(), wait);
	}

	/** Whole seconds until the client may try again, or empty when that is not known. */
	public Optional<Long> retryAfterSeconds() {
		return Optional.ofNullable(retryAfter).map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000));
	}
}
