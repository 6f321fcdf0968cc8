package cn.saihan.trace.system;

import java.util.List;

/**
 * The domain refused a request, for the reasons listed: the API answers them as problem details in
 * English, a page puts each next to its field in the reader's language. Nothing was changed.
 */
public abstract class RefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<FieldProblem> problems;

	protected RefusedException(List<FieldProblem> problems) {
		super(problems.size() == 1 ? problems.get(0).message() : problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Whether {@code refusal} is among the reasons. */
	public boolean is(Refusal refusal) {
		return problems.stream().anyMatch(problem -> refusal.code().equals(problem.code()));
	}

	/** The first (for most refusals the only) reason. */
	public FieldProblem problem() {
		return problems.get(0);
	}
}
