package cn.saihan.trace.imports;

import java.math.BigDecimal;
import java.util.Objects;

import cn.saihan.trace.event.TraceEvent;
import cn.saihan.trace.lot.Lot;

/**
 * A checked row, ready to store: the lot as the registry builds it and its HARVESTED event.
 *
 * @param lotCode the code it is stored under; for a row without one, derived from the row's content
 * @param derivedCode whether the code was derived, and so may move on to the next candidate when
 * another lot already holds it
 * @param contentKey what identifies a row without a lot code, and from which its code is derived
 */
record ImportedLot(long line, String lotCode, boolean derivedCode, String contentKey, int attempt, Lot lot,
		TraceEvent harvest) {

	ImportedLot nextCandidate() {
		int next = attempt + 1;
		return new ImportedLot(line, DerivedLotCode.of(lot.getProductCode(), lot.getHarvestDate(), contentKey, next),
				true, contentKey, next, lot, harvest);
	}

	/** Whether a stored lot is this row again: same producer, product, date, amounts, plot and village. */
	boolean sameLotAs(StoredLot stored) {
		return stored.producerId() == lot.getProducerId() && stored.productCode().equals(lot.getProductCode())
				&& stored.harvestDate().equals(lot.getHarvestDate())
				&& stored.quantityKg().compareTo(lot.getQuantityKg()) == 0
				&& stored.unitPriceYuan().compareTo(lot.getUnitPriceYuan()) == 0
				&& Objects.equals(stored.plot(), lot.getPlot()) && Objects.equals(stored.village(), lot.getVillage());
	}

	boolean sameLotAs(ImportedLot other) {
		return sameLotAs(StoredLot.of(other.lot()));
	}

	record StoredLot(long producerId, String productCode, java.time.LocalDate harvestDate, BigDecimal quantityKg,
			BigDecimal unitPriceYuan, String plot, String village) {

		static StoredLot of(Lot lot) {
			return new StoredLot(lot.getProducerId(), lot.getProductCode(), lot.getHarvestDate(), lot.getQuantityKg(),
					lot.getUnitPriceYuan(), lot.getPlot(), lot.getVillage());
		}
	}
}
