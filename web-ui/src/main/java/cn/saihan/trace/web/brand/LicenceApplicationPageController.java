package cn.saihan.trace.web.brand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Actors;
import cn.saihan.trace.brand.Brand;
import cn.saihan.trace.brand.BrandKind;
import cn.saihan.trace.brand.BrandService;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/**
 * A producer's own brand licences: the regional brands of its town, its licences and applications
 * with the bureau's decision, and the form to apply for one. The bureau decides on its brands' pages.
 */
@Controller
@RequestMapping("/farmer/brands")
class LicenceApplicationPageController {

	private final BrandService brands;

	private final ProducerService producers;

	private final Actors actors;

	private final Clock clock;

	LicenceApplicationPageController(BrandService brands, ProducerService producers, Actors actors, Clock clock) {
		this.brands = brands;
		this.producers = producers;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping
	String licences(Model model) {
		Actor actor = actors.current();
		if (actor.producerId() == null) {
			return "redirect:/bureau/brands";
		}
		LicenceForm form = new LicenceForm();
		form.setProducerId(actor.producerId());
		LocalDate today = LocalDate.now(clock);
		form.setValidFrom(today);
		form.setValidTo(today.plusYears(3).minusDays(1));
		return page(producers.get(actor.producerId()), null, form, model);
	}

	@PostMapping("/{code}/application")
	String apply(@PathVariable String code, @Valid @ModelAttribute("licenceForm") LicenceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Actor actor = actors.current();
		if (actor.producerId() == null) {
			return "redirect:/bureau/brands/" + code;
		}
		form.setProducerId(actor.producerId());
		if (Forms.submit(result, () -> brands.apply(code, form.toNewLicence(), actor.username())).isPresent()) {
			redirect.addFlashAttribute("notice", "brands.applied");
			return "redirect:/farmer/brands";
		}
		return page(producers.get(actor.producerId()), code, form, model);
	}

	private String page(Producer producer, String applyingFor, LicenceForm form, Model model) {
		List<Brand> all = brands.all();
		model.addAttribute("producer", producer);
		model.addAttribute("brands", all.stream()
			.filter(b -> b.getKind() == BrandKind.REGIONAL_PUBLIC && b.getOriginTowns().contains(producer.getTownCode()))
			.toList());
		Map<String, String> names = all.stream().collect(Collectors.toMap(Brand::getCode, Brand::getNameZh));
		model.addAttribute("brandNames", names);
		model.addAttribute("licences", brands.licencesOf(producer.getId()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("applyingFor", applyingFor);
		model.addAttribute("licenceForm", form);
		return "brand/licences";
	}
}
