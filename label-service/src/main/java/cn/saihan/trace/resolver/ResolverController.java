package cn.saihan.trace.resolver;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GS1 Digital Link paths printed on labels. Clients asking for JSON get the view; everyone
 * else, browsers and phone scanners that accept anything included, the HTML page drawn from it.
 * A code that is not genuine is answered 404 in both.
 */
@RestController
class ResolverController {

	private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final String LINKSET_JSON = "application/linkset+json";

	private final Resolver resolver;

	private final Linksets linksets;

	ResolverController(Resolver resolver, Linksets linksets) {
		this.resolver = resolver;
		this.linksets = linksets;
	}

	/** {@code ?linkType=linkset} or {@code Accept: application/linkset+json}: the links, not a scan. */
	@GetMapping(path = "/01/{gtin}/10/{lot}/21/{serial}", params = "linkType=linkset")
	ResponseEntity<Map<String, Object>> labelLinkset(@PathVariable String gtin, @PathVariable String lot,
			@PathVariable String serial) {
		return linkset(linksets.of(gtin, lot, serial));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}/21/{serial}", produces = LINKSET_JSON)
	ResponseEntity<Map<String, Object>> labelLinksetByType(@PathVariable String gtin, @PathVariable String lot,
			@PathVariable String serial) {
		return linkset(linksets.of(gtin, lot, serial));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}", params = "linkType=linkset")
	ResponseEntity<Map<String, Object>> lotLinkset(@PathVariable String gtin, @PathVariable String lot) {
		return linkset(linksets.of(gtin, lot, null));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}", produces = LINKSET_JSON)
	ResponseEntity<Map<String, Object>> lotLinksetByType(@PathVariable String gtin, @PathVariable String lot) {
		return linkset(linksets.of(gtin, lot, null));
	}

	@GetMapping(path = "/.well-known/gs1resolver", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> description() {
		return linksets.description();
	}

	/**
	 * A HEAD request (link checkers, previews) learns whether the code is genuine without being
	 * counted as a consumer's scan; Spring would otherwise answer it with the counting GET handler.
	 */
	@RequestMapping(method = RequestMethod.HEAD, path = "/01/{gtin}/10/{lot}/21/{serial}")
	ResponseEntity<Void> labelHead(@PathVariable String gtin, @PathVariable String lot, @PathVariable String serial) {
		return ResponseEntity.status(resolver.isIssued(gtin, lot, serial) ? HttpStatus.OK : HttpStatus.NOT_FOUND)
			.contentType(HTML_UTF8).build();
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}/21/{serial}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ConsumerView> label(@PathVariable String gtin, @PathVariable String lot,
			@PathVariable String serial) {
		return json(resolver.resolve(gtin, lot, serial));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}/21/{serial}", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<String> labelPage(@PathVariable String gtin, @PathVariable String lot,
			@PathVariable String serial) {
		return html(resolver.resolve(gtin, lot, serial));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ConsumerView> lot(@PathVariable String gtin, @PathVariable String lot) {
		return json(resolver.resolve(gtin, lot));
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<String> lotPage(@PathVariable String gtin, @PathVariable String lot) {
		return html(resolver.resolve(gtin, lot));
	}

	private static ResponseEntity<Map<String, Object>> linkset(Optional<Map<String, Object>> linkset) {
		return linkset.map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType(LINKSET_JSON)).body(body))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("authentic", false)));
	}

	private static ResponseEntity<ConsumerView> json(ConsumerView view) {
		return ResponseEntity.status(status(view)).contentType(MediaType.APPLICATION_JSON).body(view);
	}

	private static ResponseEntity<String> html(ConsumerView view) {
		return ResponseEntity.status(status(view)).contentType(HTML_UTF8).body(ConsumerPage.render(view));
	}

	private static HttpStatus status(ConsumerView view) {
		return view.authentic() ? HttpStatus.OK : HttpStatus.NOT_FOUND;
	}
}
