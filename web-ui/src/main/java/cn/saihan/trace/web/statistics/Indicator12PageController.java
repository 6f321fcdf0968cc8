package cn.saihan.trace.web.statistics;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.indicator.Indicator12Result;
import cn.saihan.trace.indicator.Indicator12Results;
import cn.saihan.trace.indicator.Indicator12Runs;
import cn.saihan.trace.indicator.OfficialOutputService;
import cn.saihan.trace.indicator.OfficialOutputs;
import cn.saihan.trace.jobs.JobStatus;
import cn.saihan.trace.jobs.JobStatuses;
import cn.saihan.trace.system.PlausibleYear;
import cn.saihan.trace.town.TownService;
import cn.saihan.trace.web.system.Forms;
import cn.saihan.trace.web.system.Names;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator 12 dashboard. The computation runs in the background; its page refreshes itself
 * every two seconds (no script) until the run has finished, then leads back to the dashboard.
 */
@Controller
@RequestMapping("/bureau/indicator12")
class Indicator12PageController {

	/** Years of the trend chart, counting back from the year shown. */
	private static final int TREND_YEARS = 6;

	private final Indicator12Runs runs;

	private final Indicator12Results results;

	private final OfficialOutputs officialOutputs;

	private final OfficialOutputService officialOutputService;

	private final JobStatuses jobs;

	private final TownService towns;

	private final Names names;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	Indicator12PageController(Indicator12Runs runs, Indicator12Results results, OfficialOutputs officialOutputs,
			OfficialOutputService officialOutputService, JobStatuses jobs, TownService towns, Names names, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.runs = runs;
		this.results = results;
		this.officialOutputs = officialOutputs;
		this.officialOutputService = officialOutputService;
		this.jobs = jobs;
		this.towns = towns;
		this.names = names;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/** Without a year, the latest year that has a result: the current year is empty until someone computes it. */
	@GetMapping
	String dashboard(@RequestParam(required = false) @PlausibleYear Integer year, Model model) {
		int shown = year != null ? year : results.latestYear().orElse(LocalDate.now(clock).getYear());
		OfficialOutputForm form = new OfficialOutputForm();
		officialOutputs.find(shown).ifPresent(output -> {
			form.setTotalYuan(output.totalYuan());
			form.setByTown(new LinkedHashMap<>(output.byTown()));
		});
		return dashboardPage(shown, form, model);
	}

	@PostMapping("/runs")
	String run(@RequestParam @PlausibleYear int year) throws Exception {
		Indicator12Runs.Run run = runs.start(year);
		return "redirect:/bureau/indicator12/runs/" + run.execution().getId() + "?year=" + year;
	}

	@GetMapping("/runs/{id}")
	String progress(@PathVariable long id, @RequestParam @PlausibleYear int year, Model model, RedirectAttributes redirect) {
		JobStatus job = jobs.get(id);
		if (job.status() == BatchStatus.COMPLETED) {
			redirect.addFlashAttribute("notice", "indicator12.computed");
			return "redirect:/bureau/indicator12?year=" + year;
		}
		model.addAttribute("year", year);
		model.addAttribute("job", job);
		if (job.isRunning()) {
			// The page reloads itself while the run goes on: no script needed to follow it.
			model.addAttribute("refreshSeconds", 2);
		}
		return "statistics/progress";
	}

	/** The figures go to the registry's own check; its refusals are shown next to the fields they name. */
	@PostMapping("/official-output")
	String officialOutput(@RequestParam @PlausibleYear int year, @ModelAttribute("outputForm") OfficialOutputForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		if (Forms.submit(result, () -> officialOutputService.enter(year, form.getTotalYuan(), form.enteredTowns(),
				principal.getName())).isPresent()) {
			redirect.addFlashAttribute("notice", "indicator12.officialSaved");
			return "redirect:/bureau/indicator12?year=" + year;
		}
		return dashboardPage(year, form, model);
	}

	private String dashboardPage(int year, OfficialOutputForm form, Model model) {
		Indicator12Result result = results.find(year).orElse(null);
		List<Indicator12Result> history = new ArrayList<>();
		for (int back = TREND_YEARS - 1; back >= 0; back--) {
			results.find(year - back).ifPresent(history::add);
		}
		model.addAttribute("year", year);
		model.addAttribute("years", years(year));
		model.addAttribute("result", result);
		model.addAttribute("outputForm", form);
		model.addAttribute("towns", towns.all());
		model.addAttribute("chartData", result == null ? null : chartData(result, history));
		return "statistics/indicator12";
	}

	/** The last eight years, every year with a result, and the year shown, latest first. */
	private List<Integer> years(int shown) {
		int thisYear = LocalDate.now(clock).getYear();
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		for (int y = thisYear; y > thisYear - 8; y--) {
			years.add(y);
		}
		years.addAll(results.years());
		years.add(shown);
		return List.copyOf(years);
	}

	/**
	 * The figures the charts draw, as JSON for the page's script: shares in percent (rounded for
	 * display only; the tables and the CSV keep the exact fractions), names in the reader's language.
	 */
	private String chartData(Indicator12Result result, List<Indicator12Result> history) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("trend", Map.of(
				"years", history.stream().map(r -> String.valueOf(r.year())).toList(),
				"share", history.stream().map(r -> percent(r.share())).toList(),
				"sanpin", history.stream().map(r -> percent(r.sanpinShare())).toList()));
		data.put("towns", Map.of(
				"names", result.byTown().stream().map(t -> names.town(t.townCode())).toList(),
				"share", result.byTown().stream().map(t -> percent(t.share())).toList()));
		data.put("products", Map.of(
				"names", result.byProduct().stream().map(p -> names.product(p.productCode())).toList(),
				"share", result.byProduct().stream().map(p -> percent(p.share())).toList()));
		List<String> types = new ArrayList<>();
		List<BigDecimal> typeShares = new ArrayList<>();
		for (CertificationType type : CertificationType.values()) {
			Indicator12Result.TypeShare share = result.byCertType().get(type);
			types.add(type.name());
			typeShares.add(share == null ? BigDecimal.ZERO : percent(share.share()));
		}
		data.put("types", Map.of("codes", types, "share", typeShares));
		Map<String, String> text = new LinkedHashMap<>();
		text.put("share", message("indicator12.headline"));
		text.put("sanpin", message("indicator12.sanpin"));
		for (CertificationType type : CertificationType.values()) {
			text.put(type.name(), message("certType." + type.name()));
		}
		data.put("text", text);
		// Inside a <script> element: a "</" in a name must not end it.
		return json.writeValueAsString(data).replace("</", "<\\/");
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	private static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null
				: fraction.movePointRight(2).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
