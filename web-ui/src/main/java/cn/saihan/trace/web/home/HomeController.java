package cn.saihan.trace.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.saihan.trace.demo.DemoSeeding;

/**
 * The home page. While the demo data set is still being seeded (the first seconds after a start with
 * the demo profile), it says so and reloads itself until the data is there.
 */
@Controller
class HomeController {

	/** How often the page looks again while the demo data is being prepared. */
	private static final int PREPARING_REFRESH_SECONDS = 3;

	private final DemoSeeding demo;

	HomeController(DemoSeeding demo) {
		this.demo = demo;
	}

	@GetMapping("/")
	String home(Model model) {
		if (demo.inProgress()) {
			model.addAttribute("preparing", true);
			model.addAttribute("refreshSeconds", PREPARING_REFRESH_SECONDS);
		}
		return "home";
	}
}
