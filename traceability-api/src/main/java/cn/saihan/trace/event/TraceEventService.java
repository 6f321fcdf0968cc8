package cn.saihan.trace.event;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.Terms;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends trace events to lots after checking the details their type needs. */
@Service
public class TraceEventService {

	/** Clocks of phones in the field drift; a little future is tolerated, a day is not. */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final TraceEvents events;

	private final LotService lots;

	private final JsonMapper json;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	TraceEventService(TraceEvents events, LotService lots, JsonMapper json, ApplicationEventPublisher publisher,
			Clock clock) {
		this.events = events;
		this.lots = lots;
		this.json = json;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	public TraceEventView record(String lotCode, TraceEventRequest request, String recordedBy) {
		Lot lot = lots.get(lotCode);
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> details = request.detailsOrEmpty();
		checkDetails(request.type(), details, problems);
		if (request.occurredAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_TOLERANCE))) {
			problems.add(EventRefusal.IN_FUTURE.at("occurredAt"));
		}
		if (request.correctsEventId() != null && !events.existsByIdAndLotId(request.correctsEventId(), lot.getId())) {
			problems.add(EventRefusal.NOT_AN_EVENT_OF_LOT.at("correctsEventId", lotCode));
		}
		if (request.type().recordedBySystem() && request.correctsEventId() == null) {
			problems.add(EventRefusal.RECORDED_BY_SYSTEM.at("type", Terms.of("eventType.", request.type())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TraceEvent event = events.save(new TraceEvent(lot.getId(), request.type(), request.occurredAt(),
				request.location().strip(), json.writeValueAsString(details), request.correctsEventId(), recordedBy,
				clock.instant()));
		TraceEventView view = view(event);
		publisher.publishEvent(new TraceEventRecorded(lotCode, view));
		return view;
	}

	/** Every event of a lot in the order it happened. */
	@Transactional(readOnly = true)
	public List<TraceEventView> ofLot(String lotCode) {
		Lot lot = lots.get(lotCode);
		return events.findByLotIdOrderByOccurredAtAscIdAsc(lot.getId()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Page<TraceEventView> ofLot(String lotCode, Pageable pageable) {
		Lot lot = lots.get(lotCode);
		return events.findByLotIdOrderByOccurredAtAscIdAsc(lot.getId(), pageable).map(this::view);
	}

	/** Records an event the system itself observed (e.g. a transformation), announcing it like any other. */
	@Transactional
	public TraceEventView recordBySystem(Lot lot, TraceEventType type, OffsetDateTime occurredAt, String location,
			Map<String, Object> details, String recordedBy) {
		TraceEvent event = events.save(new TraceEvent(lot.getId(), type, occurredAt, location,
				json.writeValueAsString(details), null, recordedBy, clock.instant()));
		TraceEventView view = view(event);
		publisher.publishEvent(new TraceEventRecorded(lot.getLotCode().value(), view));
		return view;
	}

	private static void checkDetails(TraceEventType type, Map<String, Object> details, List<FieldProblem> problems) {
		for (String key : type.requiredDetails()) {
			Object value = details.get(key);
			boolean missing = value == null || value instanceof String text && text.isBlank()
					|| value instanceof Collection<?> list && list.isEmpty();
			if (missing) {
				problems.add(EventRefusal.DETAIL_REQUIRED.at("details." + key, Terms.of("eventType.", type)));
			}
		}
		if (type == TraceEventType.INSPECTED) {
			Object result = details.get("result");
			if (result != null && !"PASS".equals(result) && !"FAIL".equals(result)) {
				problems.add(EventRefusal.RESULT_PASS_OR_FAIL.at("details.result"));
			}
			Object items = details.get("items");
			if (items != null && !(items instanceof Collection<?>)) {
				problems.add(EventRefusal.ITEMS_LIST.at("details.items"));
			}
		}
	}

	private TraceEventView view(TraceEvent event) {
		// PostgreSQL keeps the instant, not the offset it was written with: show it in the district's zone.
		OffsetDateTime occurredAt = event.getOccurredAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
		return new TraceEventView(event.getId(), event.getType(), event.getType().bizStep(), occurredAt,
				event.getLocation(), json.readValue(event.getDetails(), DETAILS), event.getCorrectsEventId(),
				event.getRecordedBy(), event.getRecordedAt());
	}
}
