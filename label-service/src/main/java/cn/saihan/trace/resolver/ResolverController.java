package cn.saihan.trace.resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.saihan.trace.gs1.CompressedDigitalLink;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gs1Refusal;
import cn.saihan.trace.resolver.Representation.Kind;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The GS1 Digital Link resolver: every path under {@code /01/} and compressed Digital Links at the
 * root, for GET and HEAD (OPTIONS and CORS are {@link ResolverHeaders}'). It reads the raw request
 * path itself, so that values with {@code %2F}, {@code %25} or {@code ;} are decoded once and as a
 * Digital Link says. In this order:
 * <ol>
 * <li>a path that is no Digital Link is 400, a problem for JSON callers and a page for browsers;
 * <li>{@code ?linkType=linkset} or {@code all} is the link set; another link type redirects (307) to
 * that link with the rest of the query string, or is 404 naming the link types there are;
 * <li>otherwise the {@code Accept} header chooses ({@link Representation}): the page, the link set,
 * or the consumer JSON. Only a GET of a serialised code as page or consumer JSON is a scan, and
 * a browser is counted once per label ({@link SeenLabels}).
 * </ol>
 * A code this system did not issue is 404 in every form; one under a known GTIN is still not genuine.
 */
@Controller
class ResolverController {

	static final String LINK_TYPE = "linkType";

	private final Resolver resolver;

	private final Linksets linksets;

	private final ObjectProvider<ConsumerPages> pages;

	ResolverController(Resolver resolver, Linksets linksets, ObjectProvider<ConsumerPages> pages) {
		this.resolver = resolver;
		this.linksets = linksets;
		this.pages = pages;
	}

	@RequestMapping(path = { "/01", "/01/**" }, method = { RequestMethod.GET, RequestMethod.HEAD })
	Object resolve(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return answer(() -> DigitalLink.parsePath(path), request, response);
	}

	/** A compressed Digital Link: one segment of URL-safe base64 at the root, as GS1's toolkits write it. */
	@RequestMapping(path = "/{compressed:[A-Za-z0-9_-]{10,}}", method = { RequestMethod.GET, RequestMethod.HEAD })
	Object resolveCompressed(@PathVariable String compressed, HttpServletRequest request, HttpServletResponse response) {
		return answer(() -> CompressedDigitalLink.decompress(compressed), request, response);
	}

	@GetMapping(path = "/.well-known/gs1resolver", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> description() {
		return linksets.description();
	}

	private Object answer(Supplier<DigitalLink> reading, HttpServletRequest request, HttpServletResponse response) {
		Representation wanted = Representation.of(request.getHeader(HttpHeaders.ACCEPT));
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		DigitalLink link;
		try {
			link = reading.get();
		}
		catch (InvalidInputException notADigitalLink) {
			// A segment at the root that is no compressed link at all is just no page of ours: the
			// application's own "not found", a page for a browser and a problem for the API.
			if (notADigitalLink.is(Gs1Refusal.NOT_COMPRESSED)) {
				notFound(response);
				return null;
			}
			return invalid(notADigitalLink.problems(), wanted);
		}
		String linkType = request.getParameter(LINK_TYPE);
		if (linkType != null && !linkType.equals("linkset") && !linkType.equals("all")) {
			return linkTypeRedirect(link, linkType, request, response);
		}
		if (linkType != null || wanted.kind() == Kind.LINKSET) {
			return linkset(link, linkType == null ? wanted : Representation.LINKSET, response);
		}
		boolean head = "HEAD".equals(request.getMethod());
		if (link.lot() == null) {
			return product(link, wanted, response);
		}
		// A browser that was counted for this label already sees it again without counting it twice.
		boolean seen = link.serial() != null && SeenLabels.contains(request, link.serial());
		ConsumerView view = link.serial() == null ? resolver.lot(link)
				: head || seen ? resolver.labelWithoutScan(link) : resolver.label(link);
		if (view.authentic()) {
			linksetHeader(link, response);
			if (link.serial() != null && !head && !seen) {
				SeenLabels.add(request, response, link.serial());
			}
		}
		if (wanted.kind() == Kind.CONSUMER_JSON) {
			return ResponseEntity.status(status(view.authentic())).contentType(wanted.contentType()).body(view);
		}
		return page().code(view);
	}

	private Object product(DigitalLink link, Representation wanted, HttpServletResponse response) {
		Optional<ProductPage> product = resolver.product(link.gtin());
		if (product.isEmpty()) {
			return notGenuine(wanted);
		}
		linksetHeader(link, response);
		if (wanted.kind() == Kind.CONSUMER_JSON) {
			return ResponseEntity.ok().contentType(wanted.contentType()).body(product.get());
		}
		return page().product(product.get());
	}

	private Object linkset(DigitalLink link, Representation wanted, HttpServletResponse response) {
		Optional<Map<String, Object>> linkset = linksets.of(link);
		if (linkset.isEmpty()) {
			return notGenuine(wanted);
		}
		linksetHeader(link, response);
		response.addHeader(HttpHeaders.LINK, "<" + Linksets.JSON_LD_CONTEXT
				+ ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
		return ResponseEntity.ok().contentType(wanted.contentType()).body(linkset.get());
	}

	/**
	 * 307 to the link of that type, with the request's query string less {@code linkType} (data
	 * attributes such as {@code 7007} go on to the target). Not a scan, even of a label's code.
	 */
	private Object linkTypeRedirect(DigitalLink link, String linkType, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Map<String, Object>> linkset = linksets.of(link);
		if (linkset.isEmpty()) {
			return notGenuine(Representation.of(request.getHeader(HttpHeaders.ACCEPT)));
		}
		linksetHeader(link, response);
		Optional<String> target = Linksets.target(linkset.get(), linkType);
		if (target.isEmpty()) {
			ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
					"This item has no link of type " + linkType);
			problem.setProperty(LINK_TYPE, linkType);
			problem.setProperty("availableLinkTypes", Linksets.linkTypes(linkset.get()));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		String query = passedOn(request.getQueryString());
		String location = target.get() + (query.isEmpty() ? "" : (target.get().contains("?") ? "&" : "?") + query);
		return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT).location(URI.create(location)).build();
	}

	/** The query string as it came, less {@code linkType}. */
	private static String passedOn(String query) {
		if (query == null) {
			return "";
		}
		return Stream.of(query.split("&"))
			.filter(pair -> !pair.isEmpty() && !pair.equals(LINK_TYPE) && !pair.startsWith(LINK_TYPE + "="))
			.collect(Collectors.joining("&"));
	}

	private void linksetHeader(DigitalLink link, HttpServletResponse response) {
		response.addHeader(HttpHeaders.LINK, "<" + linksets.address(link)
				+ ">; rel=\"linkset\"; type=\"application/linkset+json\"");
	}

	private static void notFound(HttpServletResponse response) {
		try {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		catch (IOException gone) {
			throw new UncheckedIOException(gone);
		}
	}

	private Object notGenuine(Representation wanted) {
		if (wanted.kind().json()) {
			MediaType type = wanted.kind() == Kind.CONSUMER_JSON ? wanted.contentType() : MediaType.APPLICATION_JSON;
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(type).body(ConsumerView.notGenuine());
		}
		return page().code(ConsumerView.notGenuine());
	}

	private Object invalid(List<FieldProblem> problems, Representation wanted) {
		if (wanted.kind().json()) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.invalidInput(problems));
		}
		return page().invalid(problems);
	}

	private ConsumerPages page() {
		return pages.getIfAvailable(FallbackConsumerPages::new);
	}

	private static HttpStatus status(boolean authentic) {
		return authentic ? HttpStatus.OK : HttpStatus.NOT_FOUND;
	}
}
