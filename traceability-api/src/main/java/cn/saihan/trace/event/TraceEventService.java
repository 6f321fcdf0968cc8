package cn.saihan.trace.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotOrigin;
import cn.saihan.trace.lot.LotRegistered;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/** Appends trace events to lots, with details typed by their event type. */
@Service
public class TraceEventService {

	private final TraceEvents events;

	private final LotService lots;

	private final JsonMapper json;

	private final Validator validator;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	TraceEventService(TraceEvents events, LotService lots, JsonMapper json, Validator validator,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.lots = lots;
		this.json = json;
		this.validator = validator;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records an event after checking it. The API has checked the request's constraints at its edge
	 * already; they are checked again here for callers that are not the API (the pages), so that
	 * the rules of details live once, on their records, and reach every caller as named problems.
	 */
	@Transactional
	public TraceEventView record(String lotCode, TraceEventRequest request, String recordedBy) {
		Lot lot = lots.get(lotCode);
		List<FieldProblem> problems = new ArrayList<>(validator.validate(request).stream()
			.map(FieldProblem::of)
			.sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList());
		if (request.occurredAt() != null) {
			if (EventTime.inFuture(request.occurredAt(), clock)) {
				problems.add(EventRefusal.IN_FUTURE.at("occurredAt"));
			}
			if (EventTime.beforeHarvest(request.occurredAt(), lot.getHarvestDate(), clock)) {
				problems.add(EventRefusal.BEFORE_HARVEST.at("occurredAt", lot.getHarvestDate()));
			}
		}
		if (request.correctsEventId() != null && !events.existsByIdAndLotId(request.correctsEventId(), lot.getId())) {
			problems.add(EventRefusal.NOT_AN_EVENT_OF_LOT.at("correctsEventId", lotCode));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TraceEvent event = events.save(new TraceEvent(lot.getId(), request.type(), request.occurredAt(),
				request.location().strip(), stored(request.details()), request.correctsEventId(), recordedBy,
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

	/** The harvest is the lot's first event; it is written in the same transaction as the lot. */
	@EventListener
	void onLotRegistered(LotRegistered registered) {
		// A transformed lot starts with its TRANSFORMED event instead.
		if (registered.lot().getOrigin() == LotOrigin.HARVEST) {
			events.save(harvestOf(registered));
		}
	}

	/**
	 * The HARVESTED event of a newly registered lot, not yet stored. Bulk imports write it with
	 * their own statements, so it is built here once for both paths and cannot differ between them.
	 */
	public TraceEvent harvestOf(LotRegistered registered) {
		Lot lot = registered.lot();
		return new TraceEvent(lot.getId(), TraceEventType.HARVESTED,
				lot.getHarvestDate().atStartOfDay(clock.getZone()).toOffsetDateTime(), registered.location(),
				json.writeValueAsString(new EventDetails.Harvested(Kilograms.of(lot.getQuantityKg()))), null,
				registered.recordedBy(), registered.registeredAt());
	}

	/**
	 * Records an event the system itself observed (e.g. a transformation), announcing it like any
	 * other. Its details are built from a request checked by its own rules.
	 */
	@Transactional
	public TraceEventView recordBySystem(Lot lot, TraceEventType type, OffsetDateTime occurredAt, String location,
			EventDetails details, String recordedBy) {
		if (!type.detailsType().isInstance(details)) {
			throw new IllegalArgumentException("Details of a " + type + " event are a "
					+ type.detailsType().getSimpleName() + ", not " + details);
		}
		TraceEvent event = events.save(new TraceEvent(lot.getId(), type, occurredAt, location, stored(details), null,
				recordedBy, clock.instant()));
		TraceEventView view = view(event);
		publisher.publishEvent(new TraceEventRecorded(lot.getLotCode().value(), view));
		return view;
	}

	/**
	 * The details as stored. Each field has its size, but a long enough list of them can still
	 * outgrow the column: refused by name here rather than by the database.
	 */
	private String stored(EventDetails details) {
		String text = json.writeValueAsString(details);
		if (text.length() > TraceEvent.DETAILS_MAX_LENGTH) {
			throw EventRefusal.DETAILS_TOO_LONG.invalid("details", text.length(), TraceEvent.DETAILS_MAX_LENGTH);
		}
		return text;
	}

	private TraceEventView view(TraceEvent event) {
		// PostgreSQL keeps the instant, not the offset it was written with: show it in the district's zone.
		OffsetDateTime occurredAt = event.getOccurredAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
		return new TraceEventView(event.getId(), event.getType(), event.getType().bizStep(), occurredAt,
				event.getLocation(), EventDetails.read(event.getType(), event.getDetails()), event.getCorrectsEventId(),
				event.getRecordedBy(), event.getRecordedAt());
	}
}
