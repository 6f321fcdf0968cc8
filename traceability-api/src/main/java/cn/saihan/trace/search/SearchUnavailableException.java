package cn.saihan.trace.search;

/** The search engine cannot answer right now; answered with 503, never with a server error. */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
