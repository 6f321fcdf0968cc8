package cn.saihan.trace.web.bureau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import cn.saihan.trace.account.Accounts;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.town.Towns;
import cn.saihan.trace.web.system.FormErrors;
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

	private final Producers producers;

	private final ProducerService registration;

	private final Certifications certifications;

	private final CertificationService certificationService;

	private final AccountService accountService;

	private final Accounts accounts;

	private final Towns towns;

	private final Products products;

	private final Clock clock;

	ProducerPageController(Producers producers, ProducerService registration, Certifications certifications,
			CertificationService certificationService, AccountService accountService, Accounts accounts, Towns towns,
			Products products, Clock clock) {
		this.producers = producers;
		this.registration = registration;
		this.certifications = certifications;
		this.certificationService = certificationService;
		this.accountService = accountService;
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
		model.addAttribute("towns", towns.findAllByOrderByCode());
		return "bureau/producers";
	}

	@GetMapping("/new")
	String newProducer(Model model) {
		return producerForm(new ProducerForm(), model);
	}

	@PostMapping
	String register(@Valid @ModelAttribute("producerForm") ProducerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Producer producer = registration.register(form.toNewProducer());
				redirect.addFlashAttribute("notice", "producer.registered");
				return "redirect:/bureau/producers/" + producer.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return producerForm(form, model);
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
		if (!result.hasErrors()) {
			try {
				registration.correct(id, form.toNewProducer());
				redirect.addFlashAttribute("notice", "producer.corrected");
				return "redirect:/bureau/producers/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				FormErrors.reject(result, ex);
			}
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
		checkByType(form, result);
		if (!result.hasErrors()) {
			try {
				certificationService.register(id, form.toRequest());
				redirect.addFlashAttribute("notice", "certification.registered");
				return "redirect:/bureau/producers/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return producerPage(producer, form, new FarmerLoginForm(), model);
	}

	@PostMapping("/{id}/account")
	String createLogin(@PathVariable long id, @Valid @ModelAttribute("loginForm") FarmerLoginForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Producer producer = producerOf(id);
		if (!result.hasErrors()) {
			try {
				accountService.createFarmerLogin(id, form.getUsername(), form.getPassword());
				redirect.addFlashAttribute("notice", "account.created");
				return "redirect:/bureau/producers/" + id;
			}
			catch (ConflictException ex) {
				FormErrors.reject(result, ex);
			}
		}
		// A password is never sent back to the browser, not even a refused one.
		form.setPassword(null);
		CertificationForm certification = new CertificationForm();
		certification.setValidFrom(LocalDate.now(clock));
		return producerPage(producer, certification, form, model);
	}

	/**
	 * The certificate number's shape and the validity period per type, checked here only to say
	 * in the reader's language what the registry would refuse; the registry still decides.
	 */
	private static void checkByType(CertificationForm form, BindingResult result) {
		CertificationType type = form.getType();
		if (type == null) {
			return;
		}
		if (form.getCertificateNo() != null && !form.getCertificateNo().isBlank()
				&& !type.acceptsNumber(form.getCertificateNo())) {
			result.rejectValue("certificateNo", "shape",
					new Object[] { new DefaultMessageSourceResolvable("certification.shape." + type) }, null);
		}
		if (form.getValidFrom() == null) {
			return;
		}
		if (form.getValidTo() == null) {
			if (!type.mayBeOpenEnded()) {
				result.rejectValue("validTo", "required.unlessGi");
			}
		}
		else if (form.getValidTo().isBefore(form.getValidFrom())) {
			result.rejectValue("validTo", "beforeStart");
		}
		else {
			type.latestValidTo(form.getValidFrom())
				.filter(latest -> form.getValidTo().isAfter(latest))
				.ifPresent(latest -> result.rejectValue("validTo", "tooLong", new Object[] { latest.toString() },
						null));
		}
	}

	private String producerForm(ProducerForm form, Model model) {
		model.addAttribute("producerForm", form);
		model.addAttribute("types", ProducerType.values());
		model.addAttribute("towns", towns.findAllByOrderByCode());
		return "bureau/producer-form";
	}

	private String producerPage(Producer producer, CertificationForm certification, FarmerLoginForm login,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		List<CertificationView> held = certifications.findByProducerId(producer.getId()).stream()
			.map(c -> CertificationView.of(c, today))
			.sorted(Comparator.comparing(CertificationView::id).reversed())
			.toList();
		// A district has a few hundred logins at most; reading them all is cheaper than a new query method.
		List<Account> logins = accounts.findAll().stream()
			.filter(account -> producer.getId().equals(account.getProducerId()))
			.toList();
		model.addAttribute("producer", producer);
		model.addAttribute("certifications", held);
		model.addAttribute("logins", logins);
		model.addAttribute("certificationForm", certification);
		model.addAttribute("loginForm", login);
		model.addAttribute("certificationTypes", CertificationType.values());
		model.addAttribute("products", products.findAllByOrderByCode());
		return "bureau/producer";
	}

	private Producer producerOf(long id) {
		return producers.findById(id).orElseThrow(() -> new NotFoundException("No producer " + id));
	}
}
