package cn.saihan.trace.transformation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.system.Csv;

@RestController
class TraceController {

	private final TraceService service;

	TraceController(TraceService service) {
		this.service = service;
	}

	/** One step up and one step down by default ({@code depth=1}); {@code depth=all} walks the whole graph. */
	@GetMapping("/api/v1/lots/{lotCode}/trace")
	LotTrace trace(@PathVariable String lotCode, @RequestParam(defaultValue = "1") String depth) {
		return service.trace(lotCode, depth);
	}

	@GetMapping("/api/v1/lots/{lotCode}/recall")
	RecallReport recall(@PathVariable String lotCode) {
		return service.recall(lotCode);
	}

	/** The same report as a sortable spreadsheet, as a regulator asks for it. */
	@GetMapping("/api/v1/lots/{lotCode}/recall.csv")
	ResponseEntity<byte[]> recallCsv(@PathVariable String lotCode) {
		RecallReport report = service.recall(lotCode);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("recall-" + lotCode + ".csv").build().toString())
			.body(Csv.write(RecallReport.CSV_HEADER, report.csvRows()));
	}
}
