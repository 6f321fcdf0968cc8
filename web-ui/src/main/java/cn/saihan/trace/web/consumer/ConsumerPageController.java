package cn.saihan.trace.web.consumer;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.resolver.ConsumerView;
import cn.saihan.trace.resolver.Resolver;
import cn.saihan.trace.web.system.Names;
import cn.saihan.trace.web.system.TimelineEntry;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The consumer page, in place of the resolver's plain HTML. The mappings are those of the resolver
 * plus the condition "no {@code linkType} parameter", which makes them the more specific match for
 * a browser (JSON and GS1 link-set requests still reach the resolver's own handlers). Resolving a
 * serialised code counts one scan, here as there.
 */
@Controller
class ConsumerPageController {

	private final Resolver resolver;

	private final Names names;

	ConsumerPageController(Resolver resolver, Names names) {
		this.resolver = resolver;
		this.names = names;
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}/21/{serial}", params = "!linkType", produces = MediaType.TEXT_HTML_VALUE)
	String label(@PathVariable String gtin, @PathVariable String lot, @PathVariable String serial, Model model,
			HttpServletResponse response) {
		return page(resolver.resolve(gtin, lot, serial), model, response);
	}

	@GetMapping(path = "/01/{gtin}/10/{lot}", params = "!linkType", produces = MediaType.TEXT_HTML_VALUE)
	String lot(@PathVariable String gtin, @PathVariable String lot, Model model, HttpServletResponse response) {
		return page(resolver.resolve(gtin, lot), model, response);
	}

	private String page(ConsumerView view, Model model, HttpServletResponse response) {
		// A code this system did not issue is not found, for a browser as for the JSON answer.
		if (!view.authentic()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		List<TimelineEntry> events = TimelineEntry.of(view.events());
		model.addAttribute("view", view);
		model.addAttribute("productName", view.authentic() ? names.product(view.product().code()) : null);
		model.addAttribute("events", events);
		model.addAttribute("inspections",
				events.stream().filter(entry -> entry.event().type() == TraceEventType.INSPECTED).toList());
		return "consumer/label";
	}
}
