package cn.saihan.trace.lot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.ProducerPlaces;
import cn.saihan.trace.producer.ProducerPlaces.Place;
import cn.saihan.trace.product.CatalogCodes;
import cn.saihan.trace.system.FieldProblem;
import jakarta.persistence.EntityManager;

/**
 * The one write path for lots: a lot registered over the API or the farmer's page, the output of a
 * transformation, a row of a CSV import and the demo data all enter the registry here, one or
 * thousands per call. Each lot is checked by {@link LotRules}; the producers and products of a call
 * are looked up once, so a call costs a few statements however many lots it holds. The lots that
 * pass are inserted with a JDBC batch in the order given (their codes checked by the unique
 * constraint, and looked up in one statement only when it refuses one), and {@link LotsRegistered}
 * is published inside the transaction for their HARVESTED events and audit entries. The lots then draw on their certifications' approved output
 * ({@link CertifiedQuantities}), in the order given, in the same transaction.
 */
@Service
@EnableConfigurationProperties(LotLimits.class)
public class LotRegistration {

	private static final int CODE_ATTEMPTS = 5;

	private final LotStore store;

	private final ProducerPlaces places;

	private final CatalogCodes catalog;

	private final LotCodeGenerator codes;

	private final CertifiedQuantities certified;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final LotLimits limits;

	private final Clock clock;

	LotRegistration(LotStore store, ProducerPlaces places, CatalogCodes catalog, LotCodeGenerator codes,
			CertifiedQuantities certified, ApplicationEventPublisher events, EntityManager entityManager,
			LotLimits limits, Clock clock) {
		this.store = store;
		this.certified = certified;
		this.places = places;
		this.catalog = catalog;
		this.codes = codes;
		this.events = events;
		this.entityManager = entityManager;
		this.limits = limits;
		this.clock = clock;
	}

	/** Registers lots entered one at a time or a few together; each is audited on its own. */
	@Transactional
	public List<LotOutcome> register(List<NewLot> lots, String recordedBy) {
		return registerAll(lots, recordedBy, false);
	}

	/** Registers lots read from a file; the audit records the call as one entry with a digest of the codes. */
	@Transactional
	public List<LotOutcome> importLots(List<NewLot> lots, String recordedBy) {
		return registerAll(lots, recordedBy, true);
	}

	/**
	 * The rules alone: what each lot breaks (empty lists for lots that pass), storing nothing. Whether
	 * a code is free is not among them: that is decided when a lot is registered.
	 */
	@Transactional(readOnly = true)
	public List<List<FieldProblem>> check(List<NewLot> lots) {
		LotRules.References known = references(lots);
		LocalDate today = LocalDate.now(clock);
		return lots.stream().map(lot -> LotRules.check(lot, known, today, limits)).toList();
	}

	private List<LotOutcome> registerAll(List<NewLot> lots, String recordedBy, boolean imported) {
		// What JPA still holds in this transaction must be in the database before JDBC reads or refers to it.
		entityManager.flush();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		References known = references(lots);
		LotOutcome[] outcomes = new LotOutcome[lots.size()];
		Lot[] candidates = new Lot[lots.size()];
		for (int i = 0; i < lots.size(); i++) {
			NewLot lot = lots.get(i);
			List<FieldProblem> problems = LotRules.check(lot, known, today, limits);
			if (problems.isEmpty()) {
				candidates[i] = Lot.of(lot, codeOf(lot), now, today, recordedBy);
			}
			else {
				outcomes[i] = new LotOutcome.Refused(problems);
			}
		}
		// Codes are nearly always free: the lots are inserted at once, and only when the unique constraint
		// refuses one is the insert undone and the call's codes looked up, in one statement, to find which.
		LotOutcome[] refusals = outcomes.clone();
		// Lots of one producer draw on its approved output in the order of their ids (§2.9): its
		// certifications stay locked from before the insert until the lots have drawn.
		certified.lockFor(known.producers().keySet());
		List<Lot> accepted = claimCodes(lots, candidates, outcomes, now, today, recordedBy, codes -> Map.of());
		if (!store.insertUnlessHeld(accepted)) {
			System.arraycopy(refusals, 0, outcomes, 0, outcomes.length);
			accepted = claimCodes(lots, candidates, outcomes, now, today, recordedBy, store::holding);
			store.insert(accepted);
		}
		certified.allocate(accepted);
		List<LotsRegistered.Entry> entries = new ArrayList<>(accepted.size());
		for (int i = 0; i < lots.size(); i++) {
			if (outcomes[i] == null) {
				Lot lot = candidates[i];
				outcomes[i] = new LotOutcome.Registered(lot);
				entries.add(new LotsRegistered.Entry(lot, location(known.producers().get(lot.getProducerId()), lot)));
			}
		}
		if (!entries.isEmpty()) {
			events.publishEvent(new LotsRegistered(entries, recordedBy, now, imported));
		}
		return Arrays.asList(outcomes);
	}

	/**
	 * Claims the code of every candidate: a given code held by a stored lot ({@code held} answers for
	 * all codes of the call at once) or by an earlier lot of the call is taken; a server-made one that
	 * happens to be held is made again.
	 *
	 * @return the lots that may be stored, in the order given
	 */
	private List<Lot> claimCodes(List<NewLot> lots, Lot[] candidates, LotOutcome[] outcomes, Instant now,
			LocalDate today, String recordedBy, Function<List<String>, Map<String, Lot>> holders) {
		Map<String, Lot> claimed = new HashMap<>();
		List<Integer> pending = new ArrayList<>();
		for (int i = 0; i < candidates.length; i++) {
			if (candidates[i] != null) {
				pending.add(i);
			}
		}
		for (int attempt = 0; !pending.isEmpty(); attempt++) {
			if (attempt == CODE_ATTEMPTS) {
				throw new IllegalStateException("No free lot code after " + CODE_ATTEMPTS + " attempts");
			}
			Map<String, Lot> held = holders.apply(pending.stream().map(i -> candidates[i].code()).toList());
			List<Integer> again = new ArrayList<>();
			for (int i : pending) {
				String code = candidates[i].code();
				Lot holder = held.containsKey(code) ? held.get(code) : claimed.get(code);
				if (holder == null) {
					claimed.put(code, candidates[i]);
				}
				else if (lots.get(i).lotCode() != null) {
					outcomes[i] = new LotOutcome.CodeTaken(code, holder);
				}
				else {
					candidates[i] = Lot.of(lots.get(i), codeOf(lots.get(i)), now, today, recordedBy);
					again.add(i);
				}
			}
			pending = again;
		}
		List<Lot> accepted = new ArrayList<>(candidates.length);
		for (int i = 0; i < candidates.length; i++) {
			if (outcomes[i] == null) {
				accepted.add(candidates[i]);
			}
		}
		return accepted;
	}

	private LotCode codeOf(NewLot lot) {
		return lot.lotCode() != null ? new LotCode(lot.lotCode())
				: codes.generate(lot.productCode(), lot.harvestDate());
	}

	/** The producers and products the lots name, each looked up once for the call. */
	private References references(List<NewLot> lots) {
		Set<Long> producerIds = new HashSet<>();
		Set<String> productCodes = new HashSet<>();
		for (NewLot lot : lots) {
			if (lot.producerId() != null) {
				producerIds.add(lot.producerId());
			}
			if (lot.productCode() != null) {
				productCodes.add(lot.productCode());
			}
		}
		return new References(places.of(producerIds), catalog.knownAmong(productCodes));
	}

	/** Where a lot was harvested, as its HARVESTED event records it: town, then village and plot when known. */
	private static String location(Place producer, Lot lot) {
		StringBuilder place = new StringBuilder(producer.townCode());
		String village = lot.getVillage() != null ? lot.getVillage() : producer.village();
		if (village != null) {
			place.append(' ').append(village);
		}
		if (lot.getPlot() != null) {
			place.append(' ').append(lot.getPlot());
		}
		return place.toString();
	}

	private record References(Map<Long, Place> producers, Set<String> products) implements LotRules.References {

		@Override
		public boolean producerExists(long producerId) {
			return producers.containsKey(producerId);
		}

		@Override
		public boolean productKnown(String productCode) {
			return products.contains(productCode);
		}
	}
}
