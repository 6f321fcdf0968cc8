package cn.saihan.trace.resolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a resolver request asks for, by its {@code Accept} header, the highest quality first and the
 * client's order among equals. Browsers and phone scanners (HTML, or anything) get the page; JSON
 * callers get the link set, as GS1's resolver standard recommends for {@code application/json};
 * the consumer JSON, the view the page is drawn from, has a media type of its own.
 *
 * @param kind which answer
 * @param contentType the media type it is written in, one the client named where it named one
 */
record Representation(Kind kind, MediaType contentType) {

	static final MediaType LINKSET_JSON = MediaType.parseMediaType("application/linkset+json");

	static final MediaType CONSUMER_JSON = MediaType.parseMediaType("application/vnd.saihan.consumer+json");

	static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

	static final Representation PAGE = new Representation(Kind.PAGE, HTML_UTF8);

	static final Representation LINKSET = new Representation(Kind.LINKSET, LINKSET_JSON);

	enum Kind {
		PAGE, CONSUMER_JSON, LINKSET;

		/** Whether refusals are written as RFC 9457 problem details rather than as a page. */
		boolean json() {
			return this != PAGE;
		}
	}

	static Representation of(String accept) {
		if (accept == null || accept.isBlank()) {
			return PAGE;
		}
		List<MediaType> types;
		try {
			types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException unreadable) {
			return PAGE;
		}
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			String name = type.getType() + "/" + type.getSubtype();
			switch (name) {
				case "application/vnd.saihan.consumer+json":
					return new Representation(Kind.CONSUMER_JSON, CONSUMER_JSON);
				case "application/linkset+json":
					return LINKSET;
				case "application/json", "application/ld+json":
					return new Representation(Kind.LINKSET, MediaType.parseMediaType(name));
				case "text/html", "application/xhtml+xml", "text/*", "*/*":
					return PAGE;
				default:
			}
		}
		return PAGE;
	}
}
