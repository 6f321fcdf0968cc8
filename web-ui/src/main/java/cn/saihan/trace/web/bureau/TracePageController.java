package cn.saihan.trace.web.bureau;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.transformation.LotTrace;
import cn.saihan.trace.transformation.TraceService;
import cn.saihan.trace.web.system.Names;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lot's trace graph for the bureau: one step up and down, or the whole graph, drawn (ECharts from
 * the application's WebJar) and as a table, each lot linked to its page. The page reads without the
 * script: the table holds everything the drawing shows.
 */
@Controller
class TracePageController {

	private final TraceService traces;

	private final Names names;

	private final JsonMapper json;

	TracePageController(TraceService traces, Names names, JsonMapper json) {
		this.traces = traces;
		this.names = names;
		this.json = json;
	}

	@GetMapping("/bureau/lots/{lotCode}/trace")
	String trace(@PathVariable String lotCode, @RequestParam(defaultValue = "1") String depth, Model model) {
		LotTrace trace = traces.trace(lotCode, depth);
		model.addAttribute("trace", trace);
		model.addAttribute("whole", "all".equals(depth));
		model.addAttribute("graphData", graphData(trace));
		return "bureau/trace";
	}

	/** Nodes by lot code (upstream on the left, downstream on the right) and links with their kilograms. */
	private String graphData(LotTrace trace) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		nodes.add(node(trace.lotCode(), 0, null));
		trace.upstream().forEach(lot -> nodes.add(node(lot.lotCode(), -lot.depth(), lot.productCode())));
		trace.downstream().forEach(lot -> nodes.add(node(lot.lotCode(), lot.depth(), lot.productCode())));
		List<Map<String, Object>> links = trace.links().stream()
			.map(link -> Map.<String, Object>of("source", link.from(), "target", link.to(), "kg",
					link.quantityKg().stripTrailingZeros().toPlainString()))
			.toList();
		return json.writeValueAsString(Map.of("nodes", nodes, "links", links)).replace("</", "<\\/");
	}

	private Map<String, Object> node(String lotCode, int depth, String productCode) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("name", lotCode);
		node.put("depth", depth);
		node.put("product", productCode == null ? "" : names.product(productCode));
		return node;
	}
}
