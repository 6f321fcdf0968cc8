package cn.saihan.trace.event;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.Sha256;
import cn.saihan.trace.system.Terms;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends trace events to lots, with details typed by their event type, the role they were recorded
 * in, and for an inspection its report file.
 */
@Service
@EnableConfigurationProperties(EventProperties.class)
public class TraceEventService {

	private final TraceEvents events;

	private final LotService lots;

	private final JsonMapper json;

	private final Validator validator;

	private final ApplicationEventPublisher publisher;

	private final InspectionReports reports;

	private final EventProperties properties;

	private final Clock clock;

	TraceEventService(TraceEvents events, LotService lots, JsonMapper json, Validator validator,
			ApplicationEventPublisher publisher, InspectionReports reports, EventProperties properties, Clock clock) {
		this.events = events;
		this.lots = lots;
		this.json = json;
		this.validator = validator;
		this.publisher = publisher;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records an event after checking it. The API has checked the request's constraints at its edge
	 * already; they are checked again here for callers that are not the API (the pages), so that
	 * the rules of details live once, on their records, and reach every caller as named problems.
	 * The event is recorded in the role of the login that writes it ({@link Recorder}).
	 */
	@Transactional
	public TraceEventView record(String lotCode, TraceEventRequest request, Actor actor) {
		return record(lotCode, request, actor, null);
	}

	/**
	 * As above, with an inspection's report file: the event and its file are stored together or,
	 * when either is refused, neither.
	 *
	 * @param report the file's content, or {@code null} for none
	 */
	@Transactional
	public TraceEventView record(String lotCode, TraceEventRequest request, Actor actor, byte[] report) {
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
		if (request.type() != null && request.type().statusChange()) {
			problems.add(EventRefusal.STATUS_BY_ITS_OWN_CALL.at("type", lotCode));
		}
		if (request.correctsEventId() != null && !events.existsByIdAndLotId(request.correctsEventId(), lot.getId())) {
			problems.add(EventRefusal.NOT_AN_EVENT_OF_LOT.at("correctsEventId", lotCode));
		}
		Recorder recorder = recorder(request, actor, problems);
		InspectionReport described = null;
		if (report != null) {
			if (request.type() != TraceEventType.INSPECTED) {
				problems.add(EventRefusal.REPORT_ONLY_INSPECTIONS.at("report", request.type()));
			}
			else {
				described = describe(report, "report", problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (request.type().needsSellableLot() && !lot.getStatus().sellable()) {
			throw EventRefusal.LOT_NOT_SELLABLE.conflict("type", lotCode, Terms.of("lotStatus.", lot.getStatus()));
		}
		TraceEvent event = events.save(new TraceEvent(lot.getId(), request.type(), request.occurredAt(),
				request.location().strip(), stored(request.details()), request.correctsEventId(), actor.username(),
				recorder, clock.instant()));
		if (described != null) {
			store(lotCode, event.getId(), described, report, actor);
		}
		TraceEventView view = view(event, described);
		publisher.publishEvent(new TraceEventRecorded(lotCode, view));
		return view;
	}

	/**
	 * Attaches a report file to an inspection recorded without one. Once only: events are
	 * append-only, and a corrected report comes with the event that corrects the inspection. A
	 * producer may attach one to its own inspections, not to one the bureau or a laboratory recorded.
	 */
	@Transactional
	public InspectionReport attachReport(String lotCode, long eventId, byte[] content, Actor actor) {
		Lot lot = lots.get(lotCode);
		TraceEvent event = events.findByIdAndLotId(eventId, lot.getId())
			.orElseThrow(() -> EventRefusal.NOT_FOUND.notFound(lotCode, eventId));
		if (event.getType() != TraceEventType.INSPECTED) {
			throw EventRefusal.REPORT_ONLY_INSPECTIONS.conflict(null, eventId);
		}
		if (actor.role() == Role.FARMER && event.getRecordedAs() != Recorder.PRODUCER) {
			throw new AccessDeniedException(actor.username() + " may not add a report to what the bureau recorded");
		}
		if (reports.exists(eventId)) {
			throw EventRefusal.REPORT_ATTACHED.conflict(null, eventId);
		}
		List<FieldProblem> problems = new ArrayList<>();
		InspectionReport described = describe(content, "file", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store(lotCode, eventId, described, content, actor);
		return described;
	}

	/**
	 * Reads an offered report file, at most one byte more than a report may have: enough to refuse
	 * one too large, and never a whole oversized upload in memory.
	 */
	public byte[] readReport(InputStream upload) throws IOException {
		return upload.readNBytes((int) Math.min(properties.reportMaxSize().toBytes() + 1, Integer.MAX_VALUE - 8));
	}

	/**
	 * Whether one of the given logins recorded receiving the lot: what a producer has received it
	 * may use, as its own.
	 */
	@Transactional(readOnly = true)
	public boolean receivedBy(long lotId, Collection<String> logins) {
		return !logins.isEmpty() && events.existsByLotIdAndTypeAndRecordedByIn(lotId, TraceEventType.RECEIVED, logins);
	}

	/** An inspection's report file, to be served as it was stored. */
	@Transactional(readOnly = true)
	public InspectionReports.ReportFile report(String lotCode, long eventId) {
		Lot lot = lots.get(lotCode);
		if (!events.existsByIdAndLotId(eventId, lot.getId())) {
			throw EventRefusal.NOT_FOUND.notFound(lotCode, eventId);
		}
		return reports.read(eventId).orElseThrow(() -> EventRefusal.NO_REPORT.notFound(eventId));
	}

	/**
	 * The role an event is recorded in: the login's own, or a laboratory's when the bureau says it
	 * enters one's inspection. A request may not claim another role.
	 */
	private static Recorder recorder(TraceEventRequest request, Actor actor, List<FieldProblem> problems) {
		Recorder own = actor.role() == Role.BUREAU ? Recorder.BUREAU : Recorder.PRODUCER;
		Recorder asked = request.recordedAs();
		if (asked == null || asked == own) {
			return own;
		}
		if (asked != Recorder.LAB) {
			problems.add(EventRefusal.NOT_THIS_LOGINS_ROLE.at("recordedAs", asked, own));
		}
		else if (own != Recorder.BUREAU) {
			problems.add(EventRefusal.LAB_ONLY_BY_BUREAU.at("recordedAs", own));
		}
		else if (request.type() != TraceEventType.INSPECTED) {
			problems.add(EventRefusal.LAB_ONLY_INSPECTIONS.at("recordedAs"));
		}
		return asked;
	}

	/** A report file's format by its content, its size and digest; what is wrong with it goes to {@code problems}. */
	private InspectionReport describe(byte[] content, String field, List<FieldProblem> problems) {
		long max = properties.reportMaxSize().toBytes();
		if (content.length == 0) {
			problems.add(EventRefusal.REPORT_EMPTY.at(field));
			return null;
		}
		if (content.length > max) {
			problems.add(EventRefusal.REPORT_TOO_LARGE.at(field, properties.reportMaxSize().toMegabytes()));
			return null;
		}
		Optional<ReportFormat> format = ReportFormat.of(content);
		if (format.isEmpty()) {
			problems.add(EventRefusal.REPORT_FORMAT.at(field));
			return null;
		}
		return new InspectionReport(format.get(), content.length, Sha256.hex(content));
	}

	private void store(String lotCode, long eventId, InspectionReport report, byte[] content, Actor actor) {
		reports.insert(eventId, report, content, actor.username(), clock.instant());
		publisher.publishEvent(new InspectionReportAttached(lotCode, eventId, report, actor.username()));
	}

	/** Every event of a lot in the order it happened; their reports are described in one query. */
	@Transactional(readOnly = true)
	public List<TraceEventView> ofLot(String lotCode) {
		Lot lot = lots.get(lotCode);
		List<TraceEvent> found = events.findByLotIdOrderByOccurredAtAscIdAsc(lot.getId());
		Map<Long, InspectionReport> described = reports.describe(found.stream().map(TraceEvent::getId).toList());
		return found.stream().map(event -> view(event, described.get(event.getId()))).toList();
	}

	@Transactional(readOnly = true)
	public Page<TraceEventView> ofLot(String lotCode, Pageable pageable) {
		Lot lot = lots.get(lotCode);
		Page<TraceEvent> found = events.findByLotIdOrderByOccurredAtAscIdAsc(lot.getId(), pageable);
		Map<Long, InspectionReport> described = reports.describe(found.map(TraceEvent::getId).getContent());
		return found.map(event -> view(event, described.get(event.getId())));
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
		TraceEventView view = view(event, null);
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

	private TraceEventView view(TraceEvent event, InspectionReport report) {
		// PostgreSQL keeps the instant, not the offset it was written with: show it in the district's zone.
		OffsetDateTime occurredAt = event.getOccurredAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
		return new TraceEventView(event.getId(), event.getType(), event.getType().bizStep(), occurredAt,
				event.getLocation(), EventDetails.read(event.getType(), event.getDetails()), event.getCorrectsEventId(),
				event.getRecordedBy(), event.getRecordedAt(), event.getRecordedAs(), report);
	}
}
