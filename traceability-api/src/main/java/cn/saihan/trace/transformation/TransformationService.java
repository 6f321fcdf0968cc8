package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.Account;
import cn.saihan.trace.account.AccountService;
import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.EventTime;
import cn.saihan.trace.event.Kilograms;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotRegistration;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.Terms;

/**
 * Merges or repacks lots into a new lot. The quantities must balance: no output larger than what
 * goes in, and no input used beyond what is left of it. The input lots are locked while this runs.
 * A producer's login may use only lots its producer holds: its own, or those it recorded receiving;
 * the bureau may use any lot for any producer.
 */
@Service
class TransformationService {

	private final LotService lots;

	private final LotRegistration registration;

	private final LotInputs inputs;

	private final TraceEventService events;

	private final Producers producers;

	private final TransformedCertification certification;

	private final AccountService accounts;

	private final Clock clock;

	TransformationService(LotService lots, LotRegistration registration, LotInputs inputs, TraceEventService events,
			Producers producers, TransformedCertification certification, AccountService accounts, Clock clock) {
		this.lots = lots;
		this.certification = certification;
		this.registration = registration;
		this.inputs = inputs;
		this.events = events;
		this.producers = producers;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	Lot transform(TransformationRequest request, Actor actor) {
		actor.assertMayActFor(request.producerId());
		String recordedBy = actor.username();
		List<FieldProblem> problems = new ArrayList<>();
		if (!producers.existsById(request.producerId())) {
			problems.add(TransformationRefusal.PRODUCER_UNKNOWN.at("producerId"));
		}
		if (EventTime.inFuture(request.occurredAt(), clock)) {
			problems.add(TransformationRefusal.IN_FUTURE.at("occurredAt"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.inputs().size(); i++) {
			if (!seen.add(request.inputs().get(i).lotCode())) {
				problems.add(TransformationRefusal.INPUT_TWICE.at("inputs[" + i + "].lotCode"));
			}
		}
		Map<String, Lot> byCode = lots.lockForUpdate(seen).stream()
			.collect(Collectors.toMap(lot -> lot.getLotCode().value(), Function.identity()));
		assertHeldBy(request.producerId(), byCode.values(), actor);
		// Locked, an input cannot be held between this check and the link: the hold waits for the lock.
		for (int i = 0; i < request.inputs().size(); i++) {
			Lot lot = byCode.get(request.inputs().get(i).lotCode());
			if (lot != null && !lot.getStatus().sellable()) {
				throw TransformationRefusal.INPUT_NOT_SELLABLE.conflict("inputs[" + i + "].lotCode",
						lot.getLotCode().value(), Terms.of("lotStatus.", lot.getStatus()));
			}
		}
		Map<Long, BigDecimal> used = inputs.usedOf(byCode.values().stream().map(Lot::getId).toList());
		BigDecimal totalIn = BigDecimal.ZERO;
		for (int i = 0; i < request.inputs().size(); i++) {
			TransformationRequest.Input input = request.inputs().get(i);
			Lot lot = byCode.get(input.lotCode());
			if (lot == null) {
				problems.add(TransformationRefusal.INPUT_UNKNOWN.at("inputs[" + i + "].lotCode"));
				continue;
			}
			if (EventTime.beforeHarvest(request.occurredAt(), lot.getHarvestDate(), clock)) {
				problems.add(TransformationRefusal.BEFORE_HARVEST.at("occurredAt", input.lotCode(),
						lot.getHarvestDate()));
			}
			BigDecimal left = lot.getQuantityKg().subtract(used.getOrDefault(lot.getId(), BigDecimal.ZERO));
			if (input.quantityKg().compareTo(left) > 0) {
				problems.add(TransformationRefusal.INPUT_EXCEEDS_WHAT_IS_LEFT.at("inputs[" + i + "].quantityKg",
						input.lotCode(), left));
			}
			totalIn = totalIn.add(input.quantityKg());
		}
		BigDecimal outputKg = request.output().quantityKg();
		if (outputKg != null && outputKg.compareTo(totalIn) > 0) {
			problems.add(TransformationRefusal.OUTPUT_EXCEEDS_INPUTS.at("output.quantityKg", totalIn));
		}
		LocalDate earliestHarvest = byCode.values().stream().map(Lot::getHarvestDate)
			.min(Comparator.naturalOrder()).orElse(LocalDate.now(clock));
		NewLot output = request.output().toNewLot(request.producerId(), earliestHarvest);
		// The output must pass the rules of every lot; named now, with the transformation's own problems.
		registration.check(List.of(output)).get(0).stream()
			.filter(problem -> !"producerId".equals(problem.field()))
			.map(problem -> problem.under("output."))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}

		Lot registered = lots.registerTransformed(output, recordedBy);
		EventDetails.Transformed details = new EventDetails.Transformed(request.inputs().stream()
			.map(input -> new EventDetails.Transformed.Input(input.lotCode(), Kilograms.of(input.quantityKg())))
			.toList(), Kilograms.of(request.output().quantityKg()));
		TraceEventView event = events.recordBySystem(registered, TraceEventType.TRANSFORMED, request.occurredAt(),
				request.location().strip(), details, recordedBy);
		for (TransformationRequest.Input input : request.inputs()) {
			inputs.link(registered.getId(), byCode.get(input.lotCode()).getId(), input.quantityKg(), event.id());
		}
		// Certified only for what it inherits from its inputs, never more (§2.9).
		certification.inherit(List.of(registered.getId()));
		return registered;
	}

	/**
	 * Refuses (403) a farmer's transformation that would use up a lot its producer neither owns nor
	 * recorded receiving: otherwise any login could take another producer's lot and appear downstream
	 * of it in every trace and recall. Checked before anything is written.
	 */
	private void assertHeldBy(long producerId, Collection<Lot> inputLots, Actor actor) {
		if (actor.role() == Role.BUREAU) {
			return;
		}
		List<String> logins = null;
		for (Lot lot : inputLots) {
			if (lot.getProducerId() == producerId) {
				continue;
			}
			if (logins == null) {
				logins = accounts.loginsOf(producerId).stream().map(Account::getUsername).toList();
			}
			if (!events.receivedBy(lot.getId(), logins)) {
				throw new AccessDeniedException(actor.username() + " may not use lot " + lot.getLotCode().value()
						+ ": producer " + producerId + " neither owns nor received it");
			}
		}
	}
}
