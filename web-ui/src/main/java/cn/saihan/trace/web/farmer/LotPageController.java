package cn.saihan.trace.web.farmer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Actors;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.label.Label;
import cn.saihan.trace.label.LabelProperties;
import cn.saihan.trace.label.LabelService;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotView;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerRefusal;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.web.system.Forms;
import cn.saihan.trace.web.system.Names;
import jakarta.validation.Valid;

/**
 * A producer's lots. Every handler first settles which producer the page is for and refuses (403)
 * a farmer reaching for another producer's: the URL is not trusted, only the login.
 */
@Controller
@RequestMapping("/farmer")
class LotPageController {

	private static final int PAGE_SIZE = 20;

	private final LotService lotService;

	private final Lots lots;

	private final LotViews views;

	private final TraceEventService events;

	private final Producers producers;

	private final Products products;

	private final Actors actors;

	private final Names names;

	private final LabelService labels;

	private final LabelProperties labelSettings;

	private final ResolverProperties resolverSettings;

	private final Clock clock;

	LotPageController(LotService lotService, Lots lots, LotViews views, TraceEventService events,
			Producers producers, Products products, Actors actors, Names names, LabelService labels,
			LabelProperties labelSettings, ResolverProperties resolverSettings, Clock clock) {
		this.lotService = lotService;
		this.lots = lots;
		this.views = views;
		this.events = events;
		this.producers = producers;
		this.products = products;
		this.actors = actors;
		this.names = names;
		this.labels = labels;
		this.labelSettings = labelSettings;
		this.resolverSettings = resolverSettings;
		this.clock = clock;
	}

	@GetMapping("/lots")
	String lots(@RequestParam(required = false) Long producerId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = actors.current();
		Long id = producerId != null ? producerId : actor.producerId();
		if (id == null) {
			// The bureau has no producer of its own: it picks one first.
			model.addAttribute("producers", producers.findAll(Specification.unrestricted(), Sort.by("name")));
			return "farmer/choose-producer";
		}
		Producer producer = producerFor(id);
		Page<Lot> found = lots.search(producer.getId(), null, null, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("producer", producer);
		model.addAttribute("lots", views.of(found.getContent()));
		model.addAttribute("page", found);
		return "farmer/lots";
	}

	@GetMapping("/lots/new")
	String newLot(@RequestParam(required = false) Long producerId, Model model) {
		Producer producer = producerFor(producerId != null ? producerId : actors.current().producerId());
		LotForm form = new LotForm();
		form.setProducerId(producer.getId());
		form.setHarvestDate(LocalDate.now(clock));
		form.setVillage(producer.getVillage());
		return lotForm(producer, form, model);
	}

	@PostMapping("/lots")
	String register(@ModelAttribute("lotForm") LotForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Producer producer = producerFor(form.getProducerId() != null ? form.getProducerId()
				: actors.current().producerId());
		form.setProducerId(producer.getId());
		return Forms.submit(result, () -> lotService.register(form.toRequest(producer.getId()), actors.current().username()))
			.map(lot -> {
				redirect.addFlashAttribute("notice", "lot.registered");
				return "redirect:/farmer/lots/" + lot.getLotCode().value();
			})
			.orElseGet(() -> lotForm(producer, form, model));
	}

	@GetMapping("/lots/{lotCode}")
	String lot(@PathVariable String lotCode, Model model) {
		LotView lot = lotFor(lotCode);
		EventForm form = new EventForm();
		form.setOccurredAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
		form.setLocation(names.place(lot.complianceCertificate().origin()));
		return lotPage(lot, form, model);
	}

	@PostMapping("/lots/{lotCode}/events")
	String recordEvent(@PathVariable String lotCode, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LotView lot = lotFor(lotCode);
		if (Forms.submit(result,
				() -> events.record(lotCode, form.toRequest(clock.getZone()), actors.current().username()))
			.isPresent()) {
			redirect.addFlashAttribute("notice", "event.recorded");
			return "redirect:/farmer/lots/" + lotCode;
		}
		return lotPage(lot, form, model);
	}

	private String lotForm(Producer producer, LotForm form, Model model) {
		model.addAttribute("producer", producer);
		model.addAttribute("lotForm", form);
		model.addAttribute("products", products.findAllByOrderByCode());
		model.addAttribute("bases", ComplianceBasis.values());
		return "farmer/lot-form";
	}

	private String lotPage(LotView lot, EventForm form, Model model) {
		model.addAttribute("lot", lot);
		model.addAttribute("events", events.ofLot(lot.lotCode()));
		model.addAttribute("eventForm", form);
		model.addAttribute("eventTypes", EventForm.TYPES);
		Page<Label> issued = labels.ofLot(lot.lotCode(), PageRequest.of(0, 1));
		model.addAttribute("labelCount", issued.getTotalElements());
		model.addAttribute("firstLabel", issued.getContent().isEmpty() ? null : issued.getContent().get(0));
		model.addAttribute("maxLabels", labelSettings.maxCount());
		model.addAttribute("labelBase", resolverSettings.onlyThisMachine() ? resolverSettings.baseUrl() : null);
		return "farmer/lot";
	}

	private Producer producerFor(Long producerId) {
		if (producerId == null) {
			throw ProducerRefusal.NOT_FOUND.notFound("-");
		}
		actors.assertMayActFor(producerId);
		return producers.findById(producerId).orElseThrow(() -> ProducerRefusal.NOT_FOUND.notFound(producerId));
	}

	private LotView lotFor(String lotCode) {
		Lot lot = lotService.get(lotCode);
		actors.assertMayActFor(lot.getProducerId());
		return views.of(lot);
	}
}
