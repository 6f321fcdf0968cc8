package cn.saihan.trace.event;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.function.UnaryOperator;
import java.time.Duration;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.RecordedBy;
import cn.saihan.trace.lot.LotService;
import jakarta.validation.Valid;

@RestController
class TraceEventController {

	private final TraceEventService service;

	private final LotService lots;

	private final Actors actors;

	private final RecordedBy recordedBy;

	TraceEventController(TraceEventService service, LotService lots, Actors actors, RecordedBy recordedBy) {
		this.service = service;
		this.lots = lots;
		this.actors = actors;
		this.recordedBy = recordedBy;
	}

	@PostMapping("/api/v1/lots/{lotCode}/events")
	ResponseEntity<TraceEventView> record(@PathVariable String lotCode, @Valid @RequestBody TraceEventRequest request) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		TraceEventView event = service.record(lotCode, request, actors.current());
		return ResponseEntity.created(URI.create("/api/v1/lots/" + lotCode + "/events/" + event.id())).body(event);
	}

	/** An inspection's report file (multipart {@code file}): PDF, JPEG or PNG by its content, once. */
	@PostMapping(path = "/api/v1/lots/{lotCode}/events/{eventId}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<InspectionReport> attachReport(@PathVariable String lotCode, @PathVariable long eventId,
			@RequestParam MultipartFile file) throws IOException {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = service.readReport(in);
		}
		InspectionReport report = service.attachReport(lotCode, eventId, content, actors.current());
		return ResponseEntity.created(URI.create(InspectionReport.path(lotCode, eventId))).body(report);
	}

	/**
	 * The file as it was stored, for anyone who reads the lot (a consumer opens it from the scanned
	 * label's page). Its type is the one its content showed, and browsers are told not to guess
	 * another; a report never changes, so it may be cached.
	 */
	@GetMapping("/api/v1/lots/{lotCode}/events/{eventId}/report")
	ResponseEntity<byte[]> report(@PathVariable String lotCode, @PathVariable long eventId) {
		InspectionReports.ReportFile file = service.report(lotCode, eventId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.format().mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("inspection-" + lotCode + "-" + eventId + "." + file.format().extension()).build().toString())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(file.content());
	}

	/**
	 * In the order they happened; a lot has a handful, so one default page usually holds them all.
	 * Who recorded each is shown by name (a producer's, the bureau's), never by login.
	 */
	@GetMapping("/api/v1/lots/{lotCode}/events")
	PagedModel<TraceEventView> events(@PathVariable String lotCode, @PageableDefault(size = 100) Pageable pageable) {
		UnaryOperator<String> names = recordedBy.publicNames();
		return new PagedModel<>(service.ofLot(lotCode, pageable)
			.map(event -> event.recordedByShownAs(names.apply(event.recordedBy()))));
	}
}
