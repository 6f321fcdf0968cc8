package cn.saihan.trace.imports;

/** A row that breaks a rule; it is reported with its line and skipped, and the import goes on. */
class InvalidRowException extends Exception {

	InvalidRowException(String message) {
		super(message);
	}
}
