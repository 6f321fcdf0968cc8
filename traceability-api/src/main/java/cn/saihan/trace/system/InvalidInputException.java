package cn.saihan.trace.system;

import java.util.List;

/** Input that is well-formed but breaks a domain rule; answered with 400 and every bad field. */
public class InvalidInputException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems);
	}
}
