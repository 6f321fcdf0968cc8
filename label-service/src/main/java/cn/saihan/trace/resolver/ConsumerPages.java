package cn.saihan.trace.resolver;

import java.util.List;

import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.system.FieldProblem;

/**
 * The resolver's HTML answers. The application's designed pages implement it (web-ui); without them,
 * in label-service's own tests, the resolver draws minimal fallback pages ({@link FallbackConsumerPages}).
 * The resolver has already chosen the answer and set its headers: a page only draws it, with the
 * status given.
 */
public interface ConsumerPages {

	/** A label's or lot's code: the verdict and, for a genuine code, the lot (404 when not genuine). */
	ModelAndView code(ConsumerView view);

	/** The GTIN alone: the product and who grows it. */
	ModelAndView product(ProductPage page);

	/** A request path that is no GS1 Digital Link (400), each reason with its field. */
	ModelAndView invalid(List<FieldProblem> problems);
}
