package cn.saihan.trace.system;

import java.util.List;

/** A duplicate key or a state that forbids the request; answered with 409. */
public class ConflictException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ConflictException(FieldProblem problem) {
		super(List.of(problem));
	}

	/** The field whose value collides, or {@code null} for a state conflict. */
	public String field() {
		return problem().field();
	}
}
