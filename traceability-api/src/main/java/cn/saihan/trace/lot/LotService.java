package cn.saihan.trace.lot;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.system.InvalidInputException;

/**
 * Registers single lots through the one write path, {@link LotRegistration}, and answers a refusal
 * as the API and the pages expect it: every broken rule at once (400), or a taken code (409).
 */
@Service
public class LotService {

	private final LotRegistration registration;

	private final Lots lots;

	LotService(LotRegistration registration, Lots lots) {
		this.registration = registration;
		this.lots = lots;
	}

	@Transactional
	public Lot register(LotRequest request, String recordedBy) {
		return registered(registration.register(List.of(request.toNewLot()), recordedBy).get(0), "");
	}

	/**
	 * Stores the output of a transformation ({@link NewLot#transformed}) under a fresh code or the one
	 * given; the caller has checked the inputs and records the TRANSFORMED event. Refusals name the
	 * fields under {@code output.}, as the transformation's request does.
	 */
	@Transactional
	public Lot registerTransformed(NewLot output, String recordedBy) {
		return registered(registration.register(List.of(output), recordedBy).get(0), "output.");
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
	@Transactional(readOnly = true)
	public Page<Lot> ofProducer(long producerId, Pageable pageable) {
		return lots.search(producerId, null, null, null, pageable);
	}

	/** The products a producer has registered lots of, for its public page. */
	@Transactional(readOnly = true)
	public List<String> productCodesOf(long producerId) {
		return lots.findProductCodesByProducerId(producerId);
	}

	/** The lots of these codes that exist, in one query; unknown codes are left out. */
	@Transactional(readOnly = true)
	public List<Lot> find(Collection<String> lotCodes) {
		return lotCodes.isEmpty() ? List.of() : lots.findByLotCodeIn(lotCodes);
	}

	private static Lot registered(LotOutcome outcome, String fieldPrefix) {
		if (outcome instanceof LotOutcome.Refused refused) {
			throw new InvalidInputException(refused.problems().stream()
				.map(problem -> problem.under(fieldPrefix))
				.toList());
		}
		if (outcome instanceof LotOutcome.CodeTaken taken) {
			throw LotRefusal.CODE_TAKEN.conflict(fieldPrefix + "lotCode", taken.lotCode());
		}
		return ((LotOutcome.Registered) outcome).lot();
	}
}
