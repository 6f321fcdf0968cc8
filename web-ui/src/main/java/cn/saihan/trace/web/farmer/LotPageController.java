package cn.saihan.trace.web.farmer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Actors;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.label.Label;
import cn.saihan.trace.label.LabelPrints;
import cn.saihan.trace.label.LabelProperties;
import cn.saihan.trace.label.LabelService;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.label.render.LabelStock;
import cn.saihan.trace.lot.ApprovedOutputBalances;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotView;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerRefusal;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.recall.HoldService;
import cn.saihan.trace.web.system.Forms;
import cn.saihan.trace.web.system.Names;
import cn.saihan.trace.web.system.TimelineEntry;
import jakarta.validation.Valid;

/**
 * A producer's lots. Every handler first settles which producer the page is for and refuses (403)
 * a farmer reaching for another producer's: the URL is not trusted, only the login.
 */
@Controller
@RequestMapping("/farmer")
class LotPageController {

	private static final int PAGE_SIZE = 20;

	private static final int LABELS_PAGE_SIZE = 20;

	private final LotService lots;

	private final LotViews views;

	private final TraceEventService events;

	private final ProducerService producers;

	private final ProductService products;

	private final Actors actors;

	private final Names names;

	private final LabelService labels;

	private final LabelProperties labelSettings;

	private final ResolverProperties resolverSettings;

	private final ApprovedOutputBalances balances;

	private final HoldService holds;

	private final Clock clock;

	LotPageController(LotService lots, LotViews views, TraceEventService events, ProducerService producers,
			ProductService products, Actors actors, Names names, LabelService labels,
			LabelProperties labelSettings, ResolverProperties resolverSettings, ApprovedOutputBalances balances,
			HoldService holds, Clock clock) {
		this.holds = holds;
		this.lots = lots;
		this.balances = balances;
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
			model.addAttribute("producers", producers.allByName());
			return "farmer/choose-producer";
		}
		Producer producer = producerFor(id);
		Page<Lot> found = lots.ofProducer(producer.getId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
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
		return Forms.submit(result, () -> lots.register(form.toRequest(producer.getId()), actors.current().username()))
			.map(lot -> {
				redirect.addFlashAttribute("notice", "lot.registered");
				return "redirect:/farmer/lots/" + lot.getLotCode().value();
			})
			.orElseGet(() -> lotForm(producer, form, model));
	}

	/** The lot's working page; {@code page} pages through its labels. */
	@GetMapping("/lots/{lotCode}")
	String lot(@PathVariable String lotCode, @RequestParam(defaultValue = "0") int page, Model model) {
		LotView lot = lotFor(lotCode);
		EventForm form = new EventForm();
		form.setOccurredAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
		form.setLocation(names.place(lot.complianceCertificate().origin()));
		return lotPage(lot, form, page, model);
	}

	/** An inspection may come with its report file; the event and the file are stored together or not at all. */
	@PostMapping("/lots/{lotCode}/events")
	String recordEvent(@PathVariable String lotCode, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
		LotView lot = lotFor(lotCode);
		byte[] file = null;
		if (form.getReport() != null && !form.getReport().isEmpty()) {
			try (InputStream in = form.getReport().getInputStream()) {
				file = events.readReport(in);
			}
		}
		byte[] offered = file;
		if (Forms.submit(result,
				() -> events.record(lotCode, form.toRequest(clock.getZone()), actors.current(), offered))
			.isPresent()) {
			redirect.addFlashAttribute("notice", "event.recorded");
			return "redirect:/farmer/lots/" + lotCode;
		}
		return lotPage(lot, form, 0, model);
	}

	private String lotForm(Producer producer, LotForm form, Model model) {
		model.addAttribute("producer", producer);
		model.addAttribute("lotForm", form);
		model.addAttribute("products", products.catalogue());
		model.addAttribute("bases", ComplianceBasis.values());
		// What the producer's approved output still allows in today's certificate year, before it registers
		// (its own only: producerFor admits the bureau and the producer's own login).
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("balances", balances.ofProducer(producer.getId()).values().stream()
			.filter(balance -> !balance.on(today).isEmpty())
			.toList());
		model.addAttribute("today", today);
		return "farmer/lot-form";
	}

	private String lotPage(LotView lot, EventForm form, int labelsPage, Model model) {
		model.addAttribute("lot", lot);
		model.addAttribute("status", holds.status(lot.lotCode()));
		model.addAttribute("reasonMax", HoldService.REASON_MAX);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("events", TimelineEntry.of(lot.lotCode(), events.ofLot(lot.lotCode())));
		model.addAttribute("eventForm", form);
		model.addAttribute("eventTypes", EventForm.TYPES);
		Page<Label> issued = labels.ofLot(lot.lotCode(), PageRequest.of(Math.max(labelsPage, 0), LABELS_PAGE_SIZE));
		long count = issued.getTotalElements();
		model.addAttribute("labelCount", count);
		model.addAttribute("labelsPage", issued.map(label -> LabelRow.of(label, clock.getZone())));
		List<Label> first = labels.ofLot(lot.lotCode(), PageRequest.of(0, 1)).getContent();
		model.addAttribute("firstLabel", first.isEmpty() ? null : first.get(0));
		model.addAttribute("maxLabels", labelSettings.maxCount());
		model.addAttribute("maxPerLot", labelSettings.maxPerLot());
		model.addAttribute("labelBase", resolverSettings.onlyThisMachine() ? resolverSettings.baseUrl() : null);
		model.addAttribute("stocks", LabelStock.values());
		model.addAttribute("sheetParts", SheetPart.of(count, LabelPrints.MAX_PER_SHEET));
		model.addAttribute("maxPerSheet", LabelPrints.MAX_PER_SHEET);
		model.addAttribute("maxCopies", LabelPrints.MAX_COPIES);
		return "farmer/lot";
	}

	/** A label as the lot page lists it: its number from 1, the code people read, its scans. */
	record LabelRow(String serial, long number, String code, long scans, LocalDateTime firstScanned) {

		static LabelRow of(Label label, ZoneId zone) {
			return new LabelRow(label.getSerial().value(), label.getLabelNo() + 1, label.getSerial().grouped(),
					label.getScanCount(),
					label.getFirstScannedAt() == null ? null : LocalDateTime.ofInstant(label.getFirstScannedAt(), zone));
		}
	}

	/** One PDF's worth of a lot's labels: {@code from} as the sheet call takes it, first and last counted from 1. */
	record SheetPart(long from, long first, long last) {

		static List<SheetPart> of(long labels, int perSheet) {
			List<SheetPart> parts = new ArrayList<>();
			for (long from = 0; from < labels; from += perSheet) {
				parts.add(new SheetPart(from, from + 1, Math.min(labels, from + perSheet)));
			}
			return parts;
		}
	}

	private Producer producerFor(Long producerId) {
		if (producerId == null) {
			throw ProducerRefusal.NOT_FOUND.notFound("-");
		}
		actors.assertMayActFor(producerId);
		return producers.get(producerId);
	}

	private LotView lotFor(String lotCode) {
		Lot lot = lots.get(lotCode);
		actors.assertMayActFor(lot.getProducerId());
		return views.of(lot);
	}
}
