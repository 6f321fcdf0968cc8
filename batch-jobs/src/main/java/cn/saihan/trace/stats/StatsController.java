package cn.saihan.trace.stats;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.indicator.Indicator12Result;
import cn.saihan.trace.indicator.Indicator12Results;
import cn.saihan.trace.indicator.Indicator12Runs;
import cn.saihan.trace.indicator.OfficialOutput;
import cn.saihan.trace.indicator.OfficialOutputService;
import cn.saihan.trace.indicator.OfficialOutputs;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.system.PlausibleYear;
import cn.saihan.trace.town.TownService;

@RestController
class StatsController {

	private final OfficialOutputs officialOutputs;

	private final OfficialOutputService officialOutputService;

	private final Indicator12Runs runs;

	private final Indicator12Results results;

	private final TownService towns;

	private final ProductService products;

	StatsController(OfficialOutputs officialOutputs, OfficialOutputService officialOutputService,
			Indicator12Runs runs, Indicator12Results results, TownService towns, ProductService products) {
		this.officialOutputs = officialOutputs;
		this.officialOutputService = officialOutputService;
		this.runs = runs;
		this.results = results;
		this.towns = towns;
		this.products = products;
	}

	/**
	 * The year and the figures are checked together by {@link OfficialOutputService}, every bad field
	 * named; every other year of this API is checked at the edge ({@link PlausibleYear}).
	 */
	@PutMapping("/api/v1/stats/official-output/{year}")
	OfficialOutput enterOfficialOutput(@PathVariable int year, @RequestBody OfficialOutputRequest request,
			Principal principal) {
		return officialOutputService.enter(year, request.totalYuan(), request.byTown(), principal.getName());
	}

	@GetMapping("/api/v1/stats/official-output/{year}")
	OfficialOutput officialOutput(@PathVariable @PlausibleYear int year) {
		return officialOutputs.find(year)
			.orElseThrow(() -> StatsRefusal.OFFICIAL_OUTPUT_NOT_FOUND.notFound(year));
	}

	/** 202 while the run goes on in the background; 200 when the same inputs were already computed. */
	@PostMapping("/api/v1/stats/indicator12/runs")
	ResponseEntity<Map<String, Object>> run(@RequestParam @PlausibleYear int year) throws Exception {
		Indicator12Runs.Run run = runs.start(year);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jobExecutionId", run.execution().getId());
		body.put("status", run.execution().getStatus());
		return ResponseEntity.status(run.alreadyCompleted() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/v1/stats/jobs/" + run.execution().getId())
			.body(body);
	}

	@GetMapping("/api/v1/stats/indicator12")
	Indicator12Result indicator12(@RequestParam @PlausibleYear int year) {
		return result(year);
	}

	/** The result with every breakdown as one table, with a BOM so that Excel reads the Chinese names right. */
	@GetMapping(value = "/api/v1/stats/indicator12.csv")
	ResponseEntity<byte[]> indicator12Csv(@RequestParam @PlausibleYear int year) {
		byte[] csv = Indicator12Csv.of(result(year), towns, products).getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[csv.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(csv, 0, withBom, 3, csv.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicator12-" + year + ".csv\"")
			.body(withBom);
	}

	private Indicator12Result result(int year) {
		return results.find(year)
			.orElseThrow(() -> StatsRefusal.NOT_COMPUTED.notFound(year));
	}
}
