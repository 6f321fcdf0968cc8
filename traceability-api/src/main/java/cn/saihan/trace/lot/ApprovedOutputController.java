package cn.saihan.trace.lot;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.lot.ApprovedOutputBalances.Balance;
import cn.saihan.trace.lot.ApprovedOutputBalances.OverApprovedLot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A certification's balance of approved output (the bureau, and the producer that holds it: balances
 * are not public) and the lots of a year beyond their approved output (the bureau's).
 */
@RestController
class ApprovedOutputController {

	private final ApprovedOutputBalances balances;

	private final Actors actors;

	ApprovedOutputController(ApprovedOutputBalances balances, Actors actors) {
		this.balances = balances;
		this.actors = actors;
	}

	@GetMapping("/api/v1/certifications/{id}/balance")
	BalanceView balance(@PathVariable long id) {
		Balance balance = balances.of(id);
		actors.assertMayActFor(balance.producerId());
		return new BalanceView(balance.certificationId(), balance.periods());
	}

	@GetMapping("/api/v1/certifications/over-approved")
	PagedModel<OverApprovedLot> overApproved(@RequestParam @Min(2000) @Max(2100) int year,
			@PageableDefault(size = 50) Pageable pageable) {
		return new PagedModel<>(balances.overApproved(year, pageable));
	}

	@GetMapping("/api/v1/certifications/over-approved.csv")
	ResponseEntity<byte[]> overApprovedCsv(@RequestParam @Min(2000) @Max(2100) int year) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("over-approved-" + year + ".csv").build().toString())
			.body(balances.overApprovedCsv(year));
	}

	/** The balance as the API shows it. */
	record BalanceView(long certificationId, List<ApprovedOutputBalances.Period> periods) {
	}
}
