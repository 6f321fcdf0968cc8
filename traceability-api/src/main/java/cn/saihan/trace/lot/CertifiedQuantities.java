package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRegistered;
import cn.saihan.trace.certification.CertificationRevoked;
import cn.saihan.trace.certification.CertificationRule;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.Certifications;
import jakarta.persistence.EntityManager;

/**
 * Keeps every harvest lot's certified quantity (spec §2.9) as the registry stands. A lot registered
 * draws on what its certifications' approved output still has, in the transaction that stores it; a
 * certification registered or revoked changes what its producer's lots of its type and products drew,
 * so those are allocated again, in the order they were registered, in the transaction that changes
 * the certification. The lot view, the consumer page, the balance and indicator 12 all read the result.
 */
@Component
public class CertifiedQuantities {

	private final AllocationStore store;

	private final Certifications certifications;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	CertifiedQuantities(AllocationStore store, Certifications certifications, ApplicationEventPublisher events,
			EntityManager entityManager) {
		this.store = store;
		this.certifications = certifications;
		this.events = events;
		this.entityManager = entityManager;
	}

	/** An input of a transformed lot: the lot and the kg of it used. */
	public record InputShare(long lotId, BigDecimal kgUsed) {
	}

	/**
	 * Sets (or sets again) what a transformed lot counts as certified (spec §2.9): of each type its
	 * producer holds a certification of that covers the output product and is valid on the
	 * transformation date, the kg it inherits from its inputs ({@link InheritedQuantity}); never more.
	 * It draws on no approved output, and is never over one.
	 */
	public void inherit(long outputLotId, long producerId, String productCode, BigDecimal outputKg,
			LocalDate transformedOn, List<InputShare> inputs) {
		List<Long> inputIds = inputs.stream().map(InputShare::lotId).toList();
		Map<Long, BigDecimal> quantities = store.quantitiesOf(inputIds);
		Map<Long, Map<CertificationType, CertifiedQuantity>> ofInputs = store.certifiedOf(inputIds);
		Set<CertificationType> held = EnumSet.noneOf(CertificationType.class);
		for (Certification certification : certifications.findByProducerId(producerId)) {
			if (CertificationRule.certifies(certification, productCode, transformedOn)) {
				held.add(certification.getType());
			}
		}
		List<ApprovedOutputAllocation.Outcome> outcomes = new ArrayList<>();
		for (CertificationType type : held) {
			List<InheritedQuantity.Input> terms = inputs.stream()
				.map(input -> new InheritedQuantity.Input(input.kgUsed(),
						ofInputs.getOrDefault(input.lotId(), Map.of())
							.getOrDefault(type, new CertifiedQuantity(BigDecimal.ZERO, BigDecimal.ZERO)).certifiedKg(),
						quantities.get(input.lotId())))
				.toList();
			outcomes.add(new ApprovedOutputAllocation.Outcome(outputLotId, type,
					new CertifiedQuantity(InheritedQuantity.of(terms, outputKg), BigDecimal.ZERO)));
		}
		store.replaceCertified(outputLotId, outcomes);
	}

	/** The certified quantities of these lots, by lot id and type (types the rule certifies them of). */
	public Map<Long, Map<CertificationType, CertifiedQuantity>> of(Collection<Long> lotIds) {
		return store.certifiedOf(lotIds);
	}

	/** Called by the write path before it inserts the lots of these producers: see {@link AllocationStore#lockCertificationsOf}. */
	void lockFor(Collection<Long> producerIds) {
		if (!producerIds.isEmpty()) {
			store.lockCertificationsOf(producerIds);
		}
	}

	/** Allocates newly stored lots, in the order given; lots made by transformation draw on nothing. */
	void allocate(List<Lot> lots) {
		List<Lot> harvests = lots.stream().filter(lot -> lot.getOrigin() == LotOrigin.HARVEST).toList();
		if (harvests.isEmpty()) {
			return;
		}
		Map<Long, List<Certification>> heldBy = certifications
			.findByProducerIdIn(harvests.stream().map(Lot::getProducerId).collect(Collectors.toSet()))
			.stream().collect(Collectors.groupingBy(Certification::getProducerId));
		if (heldBy.isEmpty()) {
			return;
		}
		ApprovedOutputAllocation allocation = new ApprovedOutputAllocation(store.totalsOf(
				heldBy.values().stream().flatMap(List::stream).map(Certification::getId).toList()));
		Set<CertificationType> all = EnumSet.allOf(CertificationType.class);
		for (Lot lot : harvests) {
			List<Certification> held = heldBy.get(lot.getProducerId());
			if (held != null) {
				allocation.allocate(lot.getId(), lot.getProductCode(), lot.getHarvestDate(), lot.getQuantityKg(), held,
						all);
			}
		}
		store.store(allocation);
	}

	@EventListener
	void on(CertificationRegistered registered) {
		reallocate(registered.certification());
	}

	@EventListener
	void on(CertificationRevoked revoked) {
		reallocate(revoked.certification());
	}

	/**
	 * Allocates again, from the first, the producer's lots of the certification's type and products:
	 * what a revocation frees goes to the lots registered after, and a certification registered later
	 * that covers lots already registered gives them what it approves.
	 */
	private void reallocate(Certification changed) {
		entityManager.flush();
		long producerId = changed.getProducerId();
		CertificationType type = changed.getType();
		store.lockCertificationsOf(List.of(producerId));
		List<Certification> held = certifications.findByProducerId(producerId);
		Set<String> products = changed.getProductCodes();
		List<AllocationStore.HarvestLot> lots = store.harvestLotsOf(producerId, products);
		List<Long> lotIds = lots.stream().map(AllocationStore.HarvestLot::id).toList();
		store.forget(type, lotIds, products,
				held.stream().filter(c -> c.getType() == type).map(Certification::getId).toList());
		ApprovedOutputAllocation allocation = new ApprovedOutputAllocation(Map.of());
		Set<CertificationType> only = EnumSet.of(type);
		for (AllocationStore.HarvestLot lot : lots) {
			allocation.allocate(lot.id(), lot.productCode(), lot.harvestDate(), lot.quantityKg(), held, only);
		}
		store.store(allocation);
		events.publishEvent(new CertifiedQuantitiesChanged(producerId, lotIds));
	}
}
