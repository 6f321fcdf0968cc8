package cn.saihan.trace.lot;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.system.PlausibleYear;

@RestController
class LotController {

	private final LotService service;

	private final Lots lots;

	private final LotViews views;

	private final Actors actors;

	LotController(LotService service, Lots lots, LotViews views, Actors actors) {
		this.service = service;
		this.lots = lots;
		this.views = views;
		this.actors = actors;
	}

	/** The body is checked by the registration, like every lot; a missing producer is one of its refusals. */
	@PostMapping("/api/v1/lots")
	ResponseEntity<LotView> register(@RequestBody LotRequest request, Principal principal) {
		if (request.producerId() != null) {
			actors.assertMayActFor(request.producerId());
		}
		Lot lot = service.register(request, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/lots/" + lot.getLotCode())).body(views.of(lot));
	}

	@GetMapping("/api/v1/lots/{lotCode}")
	LotView lot(@PathVariable String lotCode) {
		return views.of(service.get(lotCode));
	}

	/** Every filter is optional: a parameterless request pages through all lots. */
	@GetMapping("/api/v1/lots")
	PagedModel<LotView> lots(@RequestParam(required = false) Long producerId,
			@RequestParam(required = false) String productCode,
			@RequestParam(required = false) @PlausibleYear Integer year,
			@PageableDefault(size = 20) Pageable pageable) {
		LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
		var page = lots.search(producerId, productCode, from, to, pageable);
		return new PagedModel<>(new PageImpl<>(views.of(page.getContent()),
				page.getPageable(), page.getTotalElements()));
	}
}
