package cn.saihan.trace.web.brand;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.brand.Brand;
import cn.saihan.trace.brand.BrandKind;
import cn.saihan.trace.brand.BrandService;
import cn.saihan.trace.brand.Licence;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.system.RefusedException;
import cn.saihan.trace.town.TownService;
import cn.saihan.trace.web.system.Forms;
import cn.saihan.trace.web.system.PageMessages;
import jakarta.validation.Valid;

/**
 * The bureau's brands: the list with the applications waiting for a decision and the form that
 * registers a brand; a brand's page with its logo, its licences (grant, approve, reject with a
 * reason, revoke) and the producers of its origin area to license.
 */
@Controller
@RequestMapping("/bureau")
class BrandPageController {

	private final BrandService brands;

	private final ProducerService producers;

	private final ProductService products;

	private final TownService towns;

	private final Actors actors;

	private final PageMessages messages;

	private final Clock clock;

	BrandPageController(BrandService brands, ProducerService producers, ProductService products, TownService towns,
			Actors actors, PageMessages messages, Clock clock) {
		this.brands = brands;
		this.producers = producers;
		this.products = products;
		this.towns = towns;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/brands")
	String list(Model model) {
		return list(new BrandForm(), model);
	}

	@PostMapping("/brands")
	String register(@Valid @ModelAttribute("brandForm") BrandForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> brands.register(form.toNewBrand()))
			.map(brand -> {
				redirect.addFlashAttribute("notice", "brands.registered");
				return "redirect:/bureau/brands/" + brand.getCode();
			})
			.orElseGet(() -> list(form, model));
	}

	@GetMapping("/brands/{code}")
	String brand(@PathVariable String code, Model model) {
		Brand brand = brands.get(code);
		LicenceForm form = new LicenceForm();
		LocalDate today = LocalDate.now(clock);
		form.setValidFrom(today);
		form.setValidTo(today.plusYears(3).minusDays(1));
		return brand(brand, form, model);
	}

	@PostMapping("/brands/{code}/licences")
	String grant(@PathVariable String code, @Valid @ModelAttribute("licenceForm") LicenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Brand brand = brands.get(code);
		if (Forms.submit(result, () -> brands.grant(code, form.toNewLicence(), actors.current().username())).isPresent()) {
			redirect.addFlashAttribute("notice", "brands.licenceGranted");
			return "redirect:/bureau/brands/" + code;
		}
		return brand(brand, form, model);
	}

	@PostMapping("/brands/{code}/logo")
	String logo(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		brands.get(code);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("alert", "brands.logoMissing");
			return "redirect:/bureau/brands/" + code;
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = brands.readLogo(in);
		}
		return decided(code, redirect, "brands.logoSet", () -> brands.setLogo(code, content, actors.current().username()));
	}

	@PostMapping("/licences/{id}/approval")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		Licence licence = brands.licence(id);
		return decided(licence.getBrandCode(), redirect, "brands.licenceApproved",
				() -> brands.approve(id, actors.current().username()));
	}

	@PostMapping("/licences/{id}/rejection")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Licence licence = brands.licence(id);
		return decided(licence.getBrandCode(), redirect, "brands.licenceRejected",
				() -> brands.reject(id, reason, actors.current().username()));
	}

	@PostMapping("/licences/{id}/revocation")
	String revoke(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedAt,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Licence licence = brands.licence(id);
		LocalDate on = revokedAt != null ? revokedAt : LocalDate.now(clock);
		return decided(licence.getBrandCode(), redirect, "brands.licenceRevoked", () -> brands.revoke(id, on, reason));
	}

	/** Runs a decision and goes back to the brand's page, saying it was done or, in the reader's language, why not. */
	private String decided(String code, RedirectAttributes redirect, String notice, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("alertText", messages.of(refused));
		}
		return "redirect:/bureau/brands/" + code;
	}

	private String list(BrandForm form, Model model) {
		List<Brand> all = brands.all();
		model.addAttribute("brands", all);
		model.addAttribute("logos", brands.logos());
		model.addAttribute("pending", brands.pending());
		model.addAttribute("producerNames", producerNames());
		model.addAttribute("brandNames", all.stream().collect(Collectors.toMap(Brand::getCode, Brand::getNameZh)));
		model.addAttribute("brandForm", form);
		model.addAttribute("kinds", BrandKind.values());
		model.addAttribute("products", products.catalogue());
		model.addAttribute("towns", towns.all());
		model.addAttribute("producers", producers.allByName());
		return "brand/brands";
	}

	private String brand(Brand brand, LicenceForm form, Model model) {
		model.addAttribute("brand", brand);
		model.addAttribute("logo", brands.logos().get(brand.getCode()));
		model.addAttribute("licences", brands.licences(brand.getCode()));
		model.addAttribute("producerNames", producerNames());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("licenceForm", form);
		model.addAttribute("licensable", brand.getKind() == BrandKind.REGIONAL_PUBLIC
				? producers.allByName().stream().filter(p -> brand.getOriginTowns().contains(p.getTownCode())).toList()
				: List.of());
		if (brand.getOwnerProducerId() != null) {
			model.addAttribute("ownerProducer", producers.get(brand.getOwnerProducerId()));
		}
		return "brand/brand";
	}

	private Map<Long, String> producerNames() {
		return producers.allByName().stream().collect(Collectors.toMap(Producer::getId, Producer::getName));
	}
}
