package cn.saihan.trace.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRegistered;
import cn.saihan.trace.certification.CertificationRevoked;
import cn.saihan.trace.event.InspectionReportAttached;
import cn.saihan.trace.event.TraceEventRecorded;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotRegistered;
import cn.saihan.trace.producer.ProducerCorrected;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerService.NewProducer;

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

	@EventListener
	void on(LotRegistered registered) {
		Lot lot = registered.lot();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lotCode", lot.getLotCode().value());
		content.put("producerId", lot.getProducerId());
		content.put("productCode", lot.getProductCode());
		content.put("harvestDate", lot.getHarvestDate().toString());
		content.put("quantityKg", lot.getQuantityKg().toPlainString());
		content.put("unitPriceYuan", lot.getUnitPriceYuan().toPlainString());
		content.put("valueYuan", lot.getValueYuan().toPlainString());
		content.put("origin", lot.getOrigin().name());
		trail.record(registered.recordedBy(), "LOT_REGISTERED", "lot:" + lot.getLotCode(), content);
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
		if (event.recordedAs() != null) {
			content.put("recordedAs", event.recordedAs().name());
		}
		trail.record(event.recordedBy(), "EVENT_RECORDED", "lot:" + recorded.lotCode(), content);
	}

	/** The file itself stays out of the record; its digest stands for it. */
	@EventListener
	void on(InspectionReportAttached attached) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("eventId", attached.eventId());
		content.put("mediaType", attached.report().mediaType());
		content.put("sizeBytes", attached.report().sizeBytes());
		content.put("sha256", attached.report().sha256());
		trail.record(attached.attachedBy(), "INSPECTION_REPORT_ATTACHED", "lot:" + attached.lotCode(), content);
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
