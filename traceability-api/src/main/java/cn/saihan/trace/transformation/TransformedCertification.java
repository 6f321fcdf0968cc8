package cn.saihan.trace.transformation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.lot.CertifiedQuantities;
import cn.saihan.trace.lot.CertifiedQuantities.InputShare;
import cn.saihan.trace.lot.CertifiedQuantitiesChanged;

/**
 * Transformations never create certified quantity (spec §2.9): a lot made from others is certified for
 * what it inherits from them, where its producer holds a certification covering it on the day of the
 * transformation. Set when the lot is made, and set again, in the same transaction, whenever a
 * certification change moves what its inputs (at any depth) or its producer's holdings count as.
 */
@Component
class TransformedCertification {

	private final CertifiedQuantities certified;

	private final LotInputs inputs;

	private final Clock clock;

	TransformedCertification(CertifiedQuantities certified, LotInputs inputs, Clock clock) {
		this.certified = certified;
		this.inputs = inputs;
		this.clock = clock;
	}

	/** Sets what these transformed lots inherit, in the order of their ids: inputs are always older than outputs. */
	void inherit(Collection<Long> outputLotIds) {
		inputs.linksOf(outputLotIds).forEach((outputId, links) -> {
			LotInputs.Link first = links.get(0);
			List<InputShare> shares = links.stream().map(l -> new InputShare(l.inputLotId(), l.kgUsed())).toList();
			certified.inherit(outputId, first.producerId(), first.productCode(), first.outputKg(),
					dayOf(first.occurredAt()), shares);
		});
	}

	@EventListener
	void on(CertifiedQuantitiesChanged changed) {
		Set<Long> affected = new TreeSet<>(inputs.transformedBy(changed.producerId()));
		Set<Long> frontier = new HashSet<>(changed.lotIds());
		frontier.addAll(affected);
		while (!frontier.isEmpty()) {
			Set<Long> next = new HashSet<>();
			for (long output : inputs.outputsOfAny(new ArrayList<>(frontier))) {
				if (affected.add(output)) {
					next.add(output);
				}
			}
			frontier = next;
		}
		inherit(affected);
	}

	private LocalDate dayOf(OffsetDateTime occurredAt) {
		return occurredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
	}
}
