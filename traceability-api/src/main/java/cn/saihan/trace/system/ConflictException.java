package cn.saihan.trace.system;

/** A duplicate key or a state that forbids the request; answered with 409. */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field whose value collides, or {@code null} for a state conflict. */
	public String field() {
		return field;
	}
}
