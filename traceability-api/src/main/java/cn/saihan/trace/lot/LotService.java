package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;

/** Registers lots: checks references, makes a lot code if none was given, and announces the harvest. */
@Service
public class LotService {

	private static final int CODE_ATTEMPTS = 5;

	private final Lots lots;

	private final Producers producers;

	private final LotCodeGenerator codes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LotService(Lots lots, Producers producers, LotCodeGenerator codes, ApplicationEventPublisher events, Clock clock) {
		this.lots = lots;
		this.producers = producers;
		this.codes = codes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Lot register(LotRequest request, String recordedBy) {
		Producer producer = producers.findById(request.producerId())
			.orElseThrow(() -> LotRefusal.PRODUCER_UNKNOWN.invalid("producerId"));
		LotCode code;
		if (request.lotCode() != null) {
			code = new LotCode(request.lotCode());
			if (lots.existsByLotCode(code.value())) {
				throw LotRefusal.CODE_TAKEN.conflict("lotCode", code);
			}
		}
		else {
			code = freshCode(request.productCode(), request.harvestDate());
		}
		Lot lot = lots.save(new Lot(code, producer.getId(), request.productCode(), request.harvestDate(),
				request.quantityKg(), request.unitPriceYuan(), blankToNull(request.plot()),
				blankToNull(request.village()), request.basisOrDefault(), clock.instant(), LocalDate.now(clock),
				recordedBy));
		events.publishEvent(new LotRegistered(lot, location(producer, lot), recordedBy, lot.getRegisteredAt()));
		return lot;
	}

	/**
	 * Stores the output of a transformation under a fresh code (or the one given) and announces it;
	 * the caller has checked the inputs and records the TRANSFORMED event.
	 */
	@Transactional
	public Lot registerTransformed(long producerId, String productCode, String lotCode, LocalDate earliestHarvest,
			BigDecimal quantityKg, BigDecimal unitPriceYuan, String location, String recordedBy) {
		LotCode code;
		if (lotCode != null) {
			code = new LotCode(lotCode);
			if (lots.existsByLotCode(code.value())) {
				throw LotRefusal.CODE_TAKEN.conflict("output.lotCode", code);
			}
		}
		else {
			code = freshCode(productCode, earliestHarvest);
		}
		Lot lot = lots.save(Lot.transformed(code, producerId, productCode, earliestHarvest, quantityKg, unitPriceYuan,
				ComplianceBasis.INTERNAL_QUALITY_CONTROL, clock.instant(), LocalDate.now(clock), recordedBy));
		events.publishEvent(new LotRegistered(lot, location, recordedBy, lot.getRegisteredAt()));
		return lot;
	}

	/** Locks the lots for the rest of the transaction, so that two transformations cannot both use them up. */
	@Transactional
	public List<Lot> lockForUpdate(Collection<String> lotCodes) {
		return lots.findForUpdateByLotCodeIn(lotCodes);
	}

	@Transactional(readOnly = true)
	public Lot get(String lotCode) {
		return lots.findByLotCode(lotCode).orElseThrow(() -> LotRefusal.NOT_FOUND.notFound(lotCode));
	}

	/** A producer's lots, newest harvest first, page by page. */
	public Page<Lot> ofProducer(long producerId, Pageable pageable) {
		return lots.search(producerId, null, null, null, pageable);
	}

	/** The products a producer has registered lots of, for its public page. */
	public List<String> productCodesOf(long producerId) {
		return lots.findProductCodesByProducerId(producerId);
	}

	/** The lots of these codes that exist, in one query; unknown codes are left out. */
	public List<Lot> find(Collection<String> lotCodes) {
		return lotCodes.isEmpty() ? List.of() : lots.findByLotCodeIn(lotCodes);
	}

	private LotCode freshCode(String productCode, LocalDate harvestDate) {
		for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
			LotCode candidate = codes.generate(productCode, harvestDate);
			if (!lots.existsByLotCode(candidate.value())) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free lot code after " + CODE_ATTEMPTS + " attempts");
	}

	/** Where a lot was harvested, as its HARVESTED event records it: town, then village and plot when known. */
	public static String location(Producer producer, Lot lot) {
		StringBuilder place = new StringBuilder(producer.getTownCode());
		String village = lot.getVillage() != null ? lot.getVillage() : producer.getVillage();
		if (village != null) {
			place.append(' ').append(village);
		}
		if (lot.getPlot() != null) {
			place.append(' ').append(lot.getPlot());
		}
		return place.toString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
