package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/transformations}: which lots, how much of each, go into a new lot of
 * the buyer {@code producerId}.
 */
record TransformationRequest(@NotNull Long producerId, @NotNull @PlausibleDate OffsetDateTime occurredAt,
		@NotBlank @PlainText @Size(max = 200) String location, @NotEmpty @Size(max = 100) List<@Valid @NotNull Input> inputs,
		@NotNull @Valid Output output) {

	record Input(@NotBlank String lotCode, @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantityKg) {
	}

	/** The lot made; it must pass the rules of every lot, which the lot registration checks. */
	record Output(String productCode, BigDecimal quantityKg, BigDecimal unitPriceYuan, String lotCode) {

		NewLot toNewLot(Long producerId, LocalDate earliestHarvest) {
			return NewLot.transformed(producerId, productCode, earliestHarvest, quantityKg, unitPriceYuan, lotCode);
		}
	}
}
