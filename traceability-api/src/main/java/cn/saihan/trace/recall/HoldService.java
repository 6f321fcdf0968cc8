package cn.saihan.trace.recall;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.RecordedBy;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.StatusEvents;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.Terms;
import cn.saihan.trace.transformation.Downstream;

/**
 * Holds, releases and recalls lots (§2.10), the one place that changes a lot's status. A hold or a
 * recall covers the lot and every lot made from it at any depth, each recording the lot as its cause;
 * a release lifts only what that lot's own hold put on, so a lot held by two causes stays held until
 * both are released. The bureau does all three; a producer may hold its own lot. A recall is final.
 * Each change writes the holds, statuses and trace events (the history) of every lot it reaches in the
 * caller's one transaction, and announces {@link LotStatusChanged} for the audit and the resolver.
 */
@Service
public class HoldService {

	/** The longest reason a change keeps. */
	public static final int REASON_MAX = 500;

	private final LotService lots;

	private final LotHolds holds;

	private final Downstream downstream;

	private final StatusEvents events;

	private final RecordedBy recordedBy;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	HoldService(LotService lots, LotHolds holds, Downstream downstream, StatusEvents events, RecordedBy recordedBy,
			ApplicationEventPublisher publisher, Clock clock) {
		this.lots = lots;
		this.holds = holds;
		this.downstream = downstream;
		this.events = events;
		this.recordedBy = recordedBy;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Suspends the sale of the lot and every lot made from it; the bureau, or the lot's own producer. */
	@Transactional
	public LotStatusView hold(String lotCode, String reason, Actor actor) {
		Lot lot = lots.get(lotCode);
		actor.assertMayActFor(lot.getProducerId());
		String checked = checked(reason);
		lock(lotCode);
		hold(lot, checked, actor.username());
		return status(lotCode);
	}

	/**
	 * Holds a lot whose inspection failed, in the inspection's transaction, for the one who recorded it.
	 * A lot held already by its own hold, or recalled, stays as it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void holdForFailedInspection(String lotCode, String reason, String by) {
		Lot lot = lots.get(lotCode);
		lock(lotCode);
		if (holds.statusOf(lot.getId()) == LotStatus.RECALLED || holds.heldBy(lot.getId(), lot.getId())) {
			return;
		}
		hold(lot, shortened(reason), by);
	}

	/** Lifts the lot's own hold from it and from the lots it reached; the bureau only. */
	@Transactional
	public LotStatusView release(String lotCode, String reason, Actor actor) {
		Lot lot = lots.get(lotCode);
		bureauOnly(actor);
		String checked = checked(reason);
		lock(lotCode);
		LotStatus now = holds.statusOf(lot.getId());
		if (now == LotStatus.RECALLED) {
			throw HoldRefusal.RECALL_IS_FINAL.conflict(null, lotCode);
		}
		if (!holds.heldBy(lot.getId(), lot.getId())) {
			throw HoldRefusal.NOT_HELD.conflict(null, lotCode, Terms.of("lotStatus.", now));
		}
		Instant at = now();
		List<Long> released = holds.release(lot.getId(), checked, at);
		changed(lot, new Reached(released, holds.codesOf(released)), StatusAction.RELEASE,
				new EventDetails.Released(checked, lotCode), at, actor.username());
		return status(lotCode);
	}

	/** Recalls the lot and every lot made from it, for good; the bureau only. */
	@Transactional
	public LotStatusView recall(String lotCode, String reason, Actor actor) {
		Lot lot = lots.get(lotCode);
		bureauOnly(actor);
		String checked = checked(reason);
		lock(lotCode);
		if (holds.statusOf(lot.getId()) == LotStatus.RECALLED) {
			throw HoldRefusal.ALREADY_RECALLED.conflict(null, lotCode);
		}
		Instant at = now();
		Reached reached = reached(lot);
		holds.recall(reached.ids(), lot.getId(), checked, at, actor.username());
		changed(lot, reached, StatusAction.RECALL, new EventDetails.Recalled(checked, lotCode), at,
				actor.username());
		return status(lotCode);
	}

	/** The lot's status now, its reason and since when, and its history, oldest first. */
	@Transactional(readOnly = true)
	public LotStatusView status(String lotCode) {
		Lot lot = lots.get(lotCode);
		List<LotStatusView.Change> history = history(events.ofLot(lot.getId()), recordedBy.publicNames());
		LotHolds.Current current = holds.currentOf(lot.getId());
		return new LotStatusView(lotCode, current.status(), current.reason(), current.since(), history);
	}

	/** The most lots {@link #inForce} lists. */
	public static final int IN_FORCE_MAX = 200;

	/**
	 * The lots held or recalled now, the latest change first, of a town and of a product where given
	 * (blank for all); at most {@value #IN_FORCE_MAX}.
	 */
	@Transactional(readOnly = true)
	public List<InForce> inForce(String townCode, String productCode) {
		return holds.inForce(blankAsNull(townCode), blankAsNull(productCode), IN_FORCE_MAX);
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The lot's changes replayed in order, each with the status it left the lot in: RECALLED once any
	 * recall reached it, else HELD while any cause's hold lies on it, else ACTIVE.
	 */
	static List<LotStatusView.Change> history(List<StatusEvents.Recorded> recorded, UnaryOperator<String> names) {
		Set<String> held = new HashSet<>();
		Set<String> recalled = new HashSet<>();
		List<LotStatusView.Change> history = new ArrayList<>(recorded.size());
		for (StatusEvents.Recorded change : recorded) {
			String cause = change.details() == null ? null : change.details().causeLotCode();
			StatusAction action = switch (change.type()) {
				case HELD -> StatusAction.HOLD;
				case RELEASED -> StatusAction.RELEASE;
				default -> StatusAction.RECALL;
			};
			switch (action) {
				case HOLD -> held.add(cause);
				case RELEASE -> held.remove(cause);
				case RECALL -> {
					held.remove(cause);
					recalled.add(cause);
				}
			}
			LotStatus status = !recalled.isEmpty() ? LotStatus.RECALLED
					: !held.isEmpty() ? LotStatus.HELD : LotStatus.ACTIVE;
			history.add(new LotStatusView.Change(action, status,
					change.details() == null ? null : change.details().reason(), change.at(), names.apply(change.by()),
					cause));
		}
		return history;
	}

	private void hold(Lot lot, String reason, String by) {
		String lotCode = lot.getLotCode().value();
		if (holds.statusOf(lot.getId()) == LotStatus.RECALLED) {
			throw HoldRefusal.ALREADY_RECALLED.conflict(null, lotCode);
		}
		if (holds.heldBy(lot.getId(), lot.getId())) {
			throw HoldRefusal.ALREADY_HELD.conflict(null, lotCode);
		}
		Instant at = now();
		Reached reached = reached(lot);
		holds.hold(reached.ids(), lot.getId(), reason, at, by);
		changed(lot, reached, StatusAction.HOLD, new EventDetails.Held(reason, lotCode), at, by);
	}

	/** The trace events (each lot's history) and announcement of a change that reached these lots. */
	private void changed(Lot lot, Reached reached, StatusAction action, EventDetails.StatusChange details,
			Instant at, String by) {
		events.record(reached.ids(), details, at, location(by), by);
		publisher.publishEvent(new LotStatusChanged(action, lot.getLotCode().value(), details.reason(), at, by,
				reached.ids(), reached.codes()));
	}

	/** The lot itself first, then every lot made from it. */
	private Reached reached(Lot lot) {
		List<Downstream.Reached> below = downstream.lotsOf(lot.getId());
		List<Long> ids = new ArrayList<>(below.size() + 1);
		List<String> codes = new ArrayList<>(below.size() + 1);
		ids.add(lot.getId());
		codes.add(lot.getLotCode().value());
		for (Downstream.Reached reached : below) {
			if (reached.id() != lot.getId()) {
				ids.add(reached.id());
				codes.add(reached.lotCode());
			}
		}
		return new Reached(ids, codes);
	}

	/** The lots a change reached, by id and, in the same order, by code. */
	private record Reached(List<Long> ids, List<String> codes) {
	}

	/**
	 * Serialises changes of one lot, and a change against a transformation that would use it: the
	 * transformation locks its inputs the same way.
	 */
	private void lock(String lotCode) {
		lots.lockForUpdate(List.of(lotCode));
	}

	/** Where a change is recorded: at the bureau, or at the producer that holds its own lot. */
	private String location(String by) {
		String name = recordedBy.publicName(by);
		return name == null || name.isBlank() ? RecordedBy.BUREAU : name;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void bureauOnly(Actor actor) {
		if (actor.role() != Role.BUREAU) {
			throw new AccessDeniedException(HoldRefusal.BUREAU_ONLY.english());
		}
	}

	private static String checked(String reason) {
		if (reason == null || PlainText.Check.isBlank(reason)) {
			throw HoldRefusal.REASON_REQUIRED.invalid("reason");
		}
		// The reason is shown on every consumer's phone that scans the lot: no control or bidi characters.
		if (PlainText.Check.problem(reason, true) != null) {
			throw HoldRefusal.REASON_NOT_PLAIN.invalid("reason");
		}
		String stripped = reason.strip();
		if (stripped.length() > REASON_MAX) {
			throw HoldRefusal.REASON_TOO_LONG.invalid("reason", REASON_MAX);
		}
		return stripped;
	}

	private static String shortened(String reason) {
		return reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
	}
}
