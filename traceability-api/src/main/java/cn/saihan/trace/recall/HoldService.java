package cn.saihan.trace.recall;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import cn.saihan.trace.system.Terms;
import cn.saihan.trace.transformation.Downstream;

/**
 * Holds, releases and recalls lots (§2.10), the one place that changes a lot's status. A hold or a
 * recall covers the lot and every lot made from it at any depth, each recording the lot as its cause;
 * a release lifts only what that lot's own hold put on, so a lot held by two causes stays held until
 * both are released. The bureau does all three; a producer may hold its own lot. A recall is final.
 * Each change writes the holds, statuses, history and trace events of every lot it reaches in the
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
		List<Long> reached = holds.release(lot.getId(), checked, at);
		changed(lot, reached, StatusAction.RELEASE, new EventDetails.Released(checked, lotCode), at,
				actor.username());
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
		List<Long> reached = reached(lot);
		holds.recall(reached, lot.getId(), checked, at, actor.username());
		changed(lot, reached, StatusAction.RECALL, new EventDetails.Recalled(checked, lotCode), at,
				actor.username());
		return status(lotCode);
	}

	/** The lot's status now, its reason and since when, and its history, oldest first. */
	@Transactional(readOnly = true)
	public LotStatusView status(String lotCode) {
		Lot lot = lots.get(lotCode);
		UnaryOperator<String> names = recordedBy.publicNames();
		List<LotStatusView.Change> history = holds.historyOf(lot.getId()).stream()
			.map(row -> new LotStatusView.Change(row.action(), row.status(), row.reason(), row.at(),
					names.apply(row.by()), row.causeLotCode()))
			.toList();
		LotHolds.Current current = holds.currentOf(lot.getId());
		return new LotStatusView(lotCode, current.status(), current.reason(), current.since(), history);
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
		List<Long> reached = reached(lot);
		holds.hold(reached, lot.getId(), reason, at, by);
		changed(lot, reached, StatusAction.HOLD, new EventDetails.Held(reason, lotCode), at, by);
	}

	/** The history, trace events and announcement of a change that reached these lots. */
	private void changed(Lot lot, List<Long> reached, StatusAction action, EventDetails.StatusChange details,
			Instant at, String by) {
		holds.history(reached, action, lot.getId(), details.reason(), at, by);
		events.record(reached, details, at, location(by), by);
		publisher.publishEvent(new LotStatusChanged(action, lot.getLotCode().value(), details.reason(), at, by,
				reached, holds.codesOf(reached)));
	}

	/** The lot itself first, then every lot made from it. */
	private List<Long> reached(Lot lot) {
		List<Long> below = downstream.lotIdsOf(lot.getId());
		List<Long> reached = new ArrayList<>(below.size() + 1);
		reached.add(lot.getId());
		below.stream().filter(id -> !id.equals(lot.getId())).forEach(reached::add);
		return reached;
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
		if (reason == null || reason.isBlank()) {
			throw HoldRefusal.REASON_REQUIRED.invalid("reason");
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
