package cn.saihan.trace.resolver;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GS1 Digital Link paths printed on labels. Clients asking for JSON get the view; everyone
 * else, browsers and phone scanners that accept anything included, the HTML page drawn from it.
 * A code that is not genuine is answered 404 in both.
 */
@RestController
class ResolverController {

	private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final Resolver resolver;

	ResolverController(Resolver resolver) {
		this.resolver = resolver;
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
