package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.saihan.trace.product.KnownProduct;
import cn.saihan.trace.system.NotAfterToday;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/lots}. Quantities and prices arrive as JSON numbers or decimal
 * strings and are read straight into {@link BigDecimal}, so nothing is rounded on the way in.
 */
public record LotRequest(@NotNull Long producerId, @NotBlank @KnownProduct String productCode,
		@NotNull @NotAfterToday LocalDate harvestDate,
		@NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantityKg,
		@NotNull @PositiveOrZero @Digits(integer = 7, fraction = 4) BigDecimal unitPriceYuan,
		@Pattern(regexp = LotCode.PATTERN, message = "must be 1 to 20 characters of A-Z, 0-9 and '-'") String lotCode,
		@Size(max = 100) String plot, @Size(max = 100) String village, ComplianceBasis complianceBasis) {

	/** A compliance certificate always has a basis; a farmer who names none commits on their own word. */
	public ComplianceBasis basisOrDefault() {
		return complianceBasis == null ? ComplianceBasis.SELF_COMMITMENT : complianceBasis;
	}
}
