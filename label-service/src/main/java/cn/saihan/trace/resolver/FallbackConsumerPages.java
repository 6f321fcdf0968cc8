package cn.saihan.trace.resolver;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.system.FieldProblem;

/**
 * The resolver's minimal pages, for label-service on its own: its tests, which check what a phone's
 * browser is answered without the web module. The application always has the designed pages
 * ({@code web.consumer.ConsumerPageViews}, Chinese and English, the whole timeline), so it never
 * shows these. Keep them minimal and never grow them into a second consumer page: plain HTML in
 * Chinese from {@link ConsumerPage}, with the status the resolver chose.
 */
final class FallbackConsumerPages implements ConsumerPages {

	@Override
	public ModelAndView code(ConsumerView view) {
		return page(ConsumerPage.render(view), view.authentic() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
	}

	@Override
	public ModelAndView product(ProductPage page) {
		return page(ConsumerPage.render(page), HttpStatus.OK);
	}

	@Override
	public ModelAndView invalid(List<FieldProblem> problems) {
		return page(ConsumerPage.render(problems), HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView page(String html, HttpStatus status) {
		ModelAndView page = new ModelAndView((model, request, response) -> {
			response.setContentType(Representation.HTML_UTF8.toString());
			byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		});
		page.setStatus(status);
		return page;
	}
}
