package cn.saihan.trace.system;

/** A resource named in the path does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
