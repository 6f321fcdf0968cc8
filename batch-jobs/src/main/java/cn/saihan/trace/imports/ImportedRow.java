package cn.saihan.trace.imports;

import java.util.List;
import java.util.Objects;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.system.FieldProblem;

/**
 * A data row as the import hands it to the lot registration: the lot it describes, and what of it
 * could not be read (a cell that is not a date or a number, an unknown credit code).
 *
 * @param lot the lot the row describes, its unreadable values {@code null}; {@code null} for a row
 * that cannot be read at all
 * @param problems what could not be read of the row
 * @param contentKey what identifies a row without a lot code, and from which its code is derived;
 * {@code null} for a row that names its code
 * @param attempt which candidate of its derived code the lot carries
 */
record ImportedRow(long line, NewLot lot, List<FieldProblem> problems, String contentKey, int attempt) {

	static ImportedRow unreadable(long line, FieldProblem problem) {
		return new ImportedRow(line, null, List.of(problem), null, 0);
	}

	/**
	 * Whether the row goes to the registration: read in full, with its code (given or derived). The
	 * rest is only checked by the lot rules, to report every problem of the row at once.
	 */
	boolean registrable() {
		return problems.isEmpty() && lot != null && lot.lotCode() != null;
	}

	boolean derivedCode() {
		return contentKey != null;
	}

	/** The same row under the next candidate of its derived code, when another lot holds this one. */
	ImportedRow nextCandidate() {
		int next = attempt + 1;
		String code = DerivedLotCode.of(lot.productCode(), lot.harvestDate(), contentKey, next);
		NewLot moved = new NewLot(lot.producerId(), lot.productCode(), lot.harvestDate(), lot.quantityKg(),
				lot.unitPriceYuan(), code, lot.plot(), lot.village(), lot.complianceBasis(), lot.origin());
		return new ImportedRow(line, moved, problems, contentKey, next);
	}

	/** Whether a lot holding the row's code is this row again: same producer, product, date, amounts, plot and village. */
	boolean sameLotAs(Lot holder) {
		return holder.getProducerId().equals(lot.producerId()) && holder.getProductCode().equals(lot.productCode())
				&& holder.getHarvestDate().equals(lot.harvestDate())
				&& holder.getQuantityKg().compareTo(lot.quantityKg()) == 0
				&& holder.getUnitPriceYuan().compareTo(lot.unitPriceYuan()) == 0
				&& Objects.equals(holder.getPlot(), lot.plot()) && Objects.equals(holder.getVillage(), lot.village());
	}
}
