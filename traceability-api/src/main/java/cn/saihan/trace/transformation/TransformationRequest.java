package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.saihan.trace.lot.LotCode;
import cn.saihan.trace.product.KnownProduct;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/transformations}: which lots, how much of each, go into a new lot of
 * the buyer {@code producerId}.
 */
record TransformationRequest(@NotNull Long producerId, @NotNull OffsetDateTime occurredAt,
		@NotBlank @Size(max = 200) String location, @NotEmpty @Size(max = 100) List<@Valid @NotNull Input> inputs,
		@NotNull @Valid Output output) {

	record Input(@NotBlank String lotCode, @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantityKg) {
	}

	record Output(@NotBlank @KnownProduct String productCode,
			@NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantityKg,
			@NotNull @PositiveOrZero @Digits(integer = 7, fraction = 4) BigDecimal unitPriceYuan,
			@Pattern(regexp = LotCode.PATTERN, message = "must be 1 to 20 characters of A-Z, 0-9 and '-'") String lotCode) {
	}
}
