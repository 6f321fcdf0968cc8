package cn.saihan.trace.label;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A PDF checked and ready to write: the request was valid and its rows read, so writing it can
 * only fail on the connection. Written straight into the response, never held whole in memory.
 *
 * @param filename what a browser saves it as
 * @param body writes the PDF
 */
public record Printout(String filename, Body body) {

	/** Writes the document. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream out) throws IOException;
	}
}
