package cn.saihan.trace.web.bureau;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.recall.HoldService;
import cn.saihan.trace.town.TownService;
import cn.saihan.trace.transformation.TraceService;

/**
 * The bureau's holds and recalls: the lots held or recalled now, newest first, by town and product;
 * and a lot's recall page — every lot it reaches, who received what, how many scans since the recall.
 */
@Controller
class HoldsPageController {

	private final HoldService holds;

	private final TraceService traces;

	private final TownService towns;

	private final ProductService products;

	private final Clock clock;

	HoldsPageController(HoldService holds, TraceService traces, TownService towns, ProductService products,
			Clock clock) {
		this.holds = holds;
		this.traces = traces;
		this.towns = towns;
		this.products = products;
		this.clock = clock;
	}

	@GetMapping("/bureau/holds")
	String inForce(@RequestParam(required = false) String town, @RequestParam(required = false) String product,
			Model model) {
		model.addAttribute("lots", holds.inForce(town, product));
		model.addAttribute("max", HoldService.IN_FORCE_MAX);
		model.addAttribute("towns", towns.all());
		model.addAttribute("products", products.catalogue());
		model.addAttribute("town", town);
		model.addAttribute("product", product);
		model.addAttribute("zone", clock.getZone());
		return "bureau/holds";
	}

	@GetMapping("/bureau/lots/{lotCode}/recall")
	String recall(@PathVariable String lotCode, Model model) {
		model.addAttribute("report", traces.recall(lotCode));
		model.addAttribute("status", holds.status(lotCode));
		model.addAttribute("zone", clock.getZone());
		return "bureau/recall";
	}
}
