package cn.saihan.trace.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRegistered;
import cn.saihan.trace.certification.CertificationRevoked;
import cn.saihan.trace.event.TraceEventRecorded;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotsRegistered;
import cn.saihan.trace.producer.ProducerCorrected;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.system.Sha256;

/**
 * Writes an audit entry for each write to the registry, from the domain events the writes publish
 * inside their transactions (so the entry commits or rolls back with the write).
 */
@Component
class RegistryAudit {

	private final AuditTrail trail;

	RegistryAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * A lot registered on its own (or a few together) gets an entry of its own; the lots of a file
	 * import one entry per call, naming how many lots, the first and last code, their value and a
	 * digest of every code, so that the record can be checked against the lots.
	 */
	@EventListener
	void on(LotsRegistered registered) {
		List<Lot> lots = registered.lots().stream().map(LotsRegistered.Entry::lot).toList();
		if (registered.imported()) {
			trail.record(registered.recordedBy(), "LOTS_IMPORTED", "import", imported(lots));
		}
		else {
			trail.recordAll(registered.recordedBy(), lots.stream()
				.map(lot -> new AuditTrail.Entry("LOT_REGISTERED", "lot:" + lot.getLotCode(), registered(lot)))
				.toList());
		}
	}

	private static Map<String, Object> registered(Lot lot) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lotCode", lot.getLotCode().value());
		content.put("producerId", lot.getProducerId());
		content.put("productCode", lot.getProductCode());
		content.put("harvestDate", lot.getHarvestDate().toString());
		content.put("quantityKg", lot.getQuantityKg().toPlainString());
		content.put("unitPriceYuan", lot.getUnitPriceYuan().toPlainString());
		content.put("valueYuan", lot.getValueYuan().toPlainString());
		content.put("origin", lot.getOrigin().name());
		return content;
	}

	private static Map<String, Object> imported(List<Lot> lots) {
		List<String> codes = lots.stream().map(lot -> lot.getLotCode().value()).toList();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("count", lots.size());
		content.put("firstLotCode", codes.get(0));
		content.put("lastLotCode", codes.get(codes.size() - 1));
		content.put("valueYuan", lots.stream().map(Lot::getValueYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
			.toPlainString());
		content.put("lotCodesSha256", Sha256.hexOfLines(codes));
		return content;
	}

	@EventListener
	void on(TraceEventRecorded recorded) {
		var event = recorded.event();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("eventId", event.id());
		content.put("type", event.type().name());
		content.put("occurredAt", event.occurredAt().toString());
		content.put("location", event.location());
		content.put("details", event.details());
		content.put("correctsEventId", event.correctsEventId());
		trail.record(event.recordedBy(), "EVENT_RECORDED", "lot:" + recorded.lotCode(), content);
	}

	@EventListener
	void on(CertificationRegistered registered) {
		Certification c = registered.certification();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("producerId", c.getProducerId());
		content.put("type", c.getType().name());
		content.put("certificateNo", c.getCertificateNo());
		content.put("productCodes", c.getProductCodes().stream().sorted().toList());
		content.put("validFrom", c.getValidFrom().toString());
		content.put("validTo", c.getValidTo() == null ? null : c.getValidTo().toString());
		trail.record("CERTIFICATION_REGISTERED", "certification:" + c.getId(), content);
	}

	/** What consumers read on every label of the producer's lots changes: who changed what from what. */
	@EventListener
	void on(ProducerCorrected corrected) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("before", details(corrected.before()));
		content.put("after", details(ProducerService.detailsOf(corrected.producer())));
		trail.record("PRODUCER_CORRECTED", "producer:" + corrected.producer().getId(), content);
	}

	private static Map<String, Object> details(NewProducer producer) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", producer.name());
		details.put("type", producer.type().name());
		details.put("creditCode", producer.creditCode());
		details.put("townCode", producer.townCode());
		details.put("village", producer.village());
		details.put("contactName", producer.contactName());
		details.put("contactPhone", producer.contactPhone());
		return details;
	}

	@EventListener
	void on(CertificationRevoked revoked) {
		Certification c = revoked.certification();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("certificateNo", c.getCertificateNo());
		content.put("revokedAt", c.getRevokedAt().toString());
		content.put("reason", c.getRevocationReason());
		trail.record("CERTIFICATION_REVOKED", "certification:" + c.getId(), content);
	}
}
