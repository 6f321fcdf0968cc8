package cn.saihan.trace.web.consumer;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.resolver.ConsumerPages;
import cn.saihan.trace.resolver.ConsumerView;
import cn.saihan.trace.resolver.ConsumerView.CertificationStanding;
import cn.saihan.trace.resolver.ProductPage;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.web.brand.BrandBlocks;
import cn.saihan.trace.web.system.Names;
import cn.saihan.trace.web.system.PageMessages;
import cn.saihan.trace.web.system.TimelineEntry;

/**
 * The designed consumer pages, in place of the resolver's plain HTML: the resolver reads the code,
 * decides the answer (counting a scan where it is one) and sets the headers; these draw it in the
 * reader's language.
 */
@Component
class ConsumerPageViews implements ConsumerPages {

	private final Names names;

	private final PageMessages messages;

	private final BrandBlocks brands;

	ConsumerPageViews(Names names, PageMessages messages, BrandBlocks brands) {
		this.names = names;
		this.messages = messages;
		this.brands = brands;
	}

	@Override
	public ModelAndView code(ConsumerView view) {
		// A code this system did not issue is not found, for a browser as for the JSON answer.
		ModelAndView page = new ModelAndView("consumer/label", view.authentic() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
		List<TimelineEntry> events = view.authentic() ? TimelineEntry.of(view.lot().lotCode(), view.events()) : List.of();
		page.addObject("view", view);
		page.addObject("productName", view.authentic() ? names.product(view.product().code()) : null);
		page.addObject("events", events);
		page.addObject("inspections",
				events.stream().filter(entry -> entry.event().type() == TraceEventType.INSPECTED).toList());
		// The certification that decides (valid on the harvest date) comes first; the others fold away.
		page.addObject("deciding", view.certifications().stream().filter(CertificationStanding::decides).toList());
		page.addObject("others", view.certifications().stream().filter(c -> !c.decides()).toList());
		// The brands the registry's rule gives the lot, above its certificates.
		page.addObject("brands", view.authentic() ? brands.of(view.producer().id(), view.product().code(),
				view.lot().harvestDate(), view.producer().townCode(), view.lot().village()) : List.of());
		return page;
	}

	@Override
	public ModelAndView product(ProductPage product) {
		ModelAndView page = new ModelAndView("consumer/product", HttpStatus.OK);
		page.addObject("page", product);
		page.addObject("productName", names.product(product.product().code()));
		return page;
	}

	@Override
	public ModelAndView invalid(List<FieldProblem> problems) {
		ModelAndView page = new ModelAndView("consumer/invalid", HttpStatus.BAD_REQUEST);
		page.addObject("reasons", problems.stream()
			.map(problem -> (problem.field() == null ? "" : problem.field() + "：") + messages.of(problem))
			.toList());
		return page;
	}
}
