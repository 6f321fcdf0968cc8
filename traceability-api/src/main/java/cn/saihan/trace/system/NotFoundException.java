package cn.saihan.trace.system;

import java.util.List;

/** A resource named in the path does not exist; answered with 404. */
public class NotFoundException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(FieldProblem problem) {
		super(List.of(problem));
	}
}
