package cn.saihan.trace.event;

import java.net.URI;
import java.security.Principal;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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
	ResponseEntity<TraceEventView> record(@PathVariable String lotCode, @Valid @RequestBody TraceEventRequest request,
			Principal principal) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		TraceEventView event = service.record(lotCode, request, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/lots/" + lotCode + "/events/" + event.id())).body(event);
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
