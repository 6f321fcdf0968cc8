package cn.saihan.trace.web.bureau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Account;
import cn.saihan.trace.account.AccountService;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.lot.ApprovedOutputBalances;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.town.TownService;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/**
 * The producers registry and one producer's page, where the bureau adds certifications and gives
 * the producer its login. A refused form is shown again with what was typed and the reason next to
 * the field.
 */
@Controller
@RequestMapping("/bureau/producers")
class ProducerPageController {

	private static final int PAGE_SIZE = 20;

	private final ProducerService producers;

	private final CertificationService certifications;

	private final AccountService accounts;

	private final TownService towns;

	private final ProductService products;

	private final ApprovedOutputBalances balances;

	private final Clock clock;

	ProducerPageController(ProducerService producers, CertificationService certifications, AccountService accounts,
			TownService towns, ProductService products, ApprovedOutputBalances balances, Clock clock) {
		this.producers = producers;
		this.balances = balances;
		this.certifications = certifications;
		this.accounts = accounts;
		this.towns = towns;
		this.products = products;
		this.clock = clock;
	}

	/** Both filters are optional: without them every producer is listed, page by page. */
	@GetMapping
	String list(@RequestParam(required = false) String townCode, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String town = townCode == null || townCode.isBlank() ? null : townCode;
		String query = q == null || q.isBlank() ? null : q.strip();
		Page<Producer> found = producers.search(town, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("producers", found.getContent());
		model.addAttribute("page", found);
		model.addAttribute("townCode", town);
		model.addAttribute("q", query);
		model.addAttribute("towns", towns.all());
		return "bureau/producers";
	}

	@GetMapping("/new")
	String newProducer(Model model) {
		return producerForm(new ProducerForm(), model);
	}

	@PostMapping
	String register(@Valid @ModelAttribute("producerForm") ProducerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> producers.register(form.toNewProducer()))
			.map(producer -> {
				redirect.addFlashAttribute("notice", "producer.registered");
				return "redirect:/bureau/producers/" + producer.getId();
			})
			.orElseGet(() -> producerForm(form, model));
	}

	@GetMapping("/{id}/edit")
	String editProducer(@PathVariable long id, Model model) {
		model.addAttribute("producerId", id);
		return producerForm(ProducerForm.of(producerOf(id)), model);
	}

	@PostMapping("/{id}/edit")
	String correct(@PathVariable long id, @Valid @ModelAttribute("producerForm") ProducerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		producerOf(id);
		if (Forms.submit(result, () -> producers.correct(id, form.toNewProducer())).isPresent()) {
			redirect.addFlashAttribute("notice", "producer.corrected");
			return "redirect:/bureau/producers/" + id;
		}
		model.addAttribute("producerId", id);
		return producerForm(form, model);
	}

	@GetMapping("/{id}")
	String producer(@PathVariable long id, Model model) {
		CertificationForm certification = new CertificationForm();
		certification.setValidFrom(LocalDate.now(clock));
		return producerPage(producerOf(id), certification, new FarmerLoginForm(), model);
	}

	@PostMapping("/{id}/certifications")
	String addCertification(@PathVariable long id,
			@Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Producer producer = producerOf(id);
		if (Forms.submit(result, () -> certifications.register(id, form.toRequest())).isPresent()) {
			redirect.addFlashAttribute("notice", "certification.registered");
			return "redirect:/bureau/producers/" + id;
		}
		return producerPage(producer, form, new FarmerLoginForm(), model);
	}

	@PostMapping("/{id}/account")
	String createLogin(@PathVariable long id, @Valid @ModelAttribute("loginForm") FarmerLoginForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Producer producer = producerOf(id);
		if (Forms.submit(result, () -> accounts.createFarmerLogin(id, form.getUsername(), form.getPassword()))
			.isPresent()) {
			redirect.addFlashAttribute("notice", "account.created");
			return "redirect:/bureau/producers/" + id;
		}
		// A password is never sent back to the browser, not even a refused one.
		form.setPassword(null);
		model.addAttribute("loginFormOpen", true);
		CertificationForm certification = new CertificationForm();
		certification.setValidFrom(LocalDate.now(clock));
		return producerPage(producer, certification, form, model);
	}

	private String producerForm(ProducerForm form, Model model) {
		model.addAttribute("producerForm", form);
		model.addAttribute("types", ProducerType.values());
		model.addAttribute("towns", towns.all());
		return "bureau/producer-form";
	}

	private String producerPage(Producer producer, CertificationForm certification, FarmerLoginForm login,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		List<CertificationView> held = certifications.ofProducer(producer.getId()).stream()
			.map(c -> CertificationView.of(c, today))
			.sorted(Comparator.comparing(CertificationView::id).reversed())
			.toList();
		List<Account> logins = accounts.loginsOf(producer.getId());
		model.addAttribute("producer", producer);
		model.addAttribute("certifications", held);
		model.addAttribute("balances", balances.ofProducer(producer.getId()));
		model.addAttribute("logins", logins);
		model.addAttribute("certificationForm", certification);
		model.addAttribute("loginForm", login);
		model.addAttribute("certificationTypes", CertificationType.values());
		model.addAttribute("products", products.catalogue());
		return "bureau/producer";
	}

	private Producer producerOf(long id) {
		return producers.get(id);
	}
}
