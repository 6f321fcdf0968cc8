package cn.saihan.trace.system;

import java.util.List;

/** A limit that protects the service was reached; answered with 429. */
public class TooManyRequestsException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public TooManyRequestsException(FieldProblem problem) {
		super(List.of(problem));
	}
}
