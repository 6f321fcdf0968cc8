package cn.saihan.trace.brand;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.brand.ZoneService.ZoneWithHistory;
import cn.saihan.trace.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class ZoneController {

	private final ZoneService service;

	private final Actors actors;

	ZoneController(ZoneService service, Actors actors) {
		this.service = service;
		this.actors = actors;
	}

	@PostMapping("/api/v1/zones")
	ResponseEntity<ZoneView> register(@Valid @RequestBody ZoneRequest request) {
		Zone zone = service.register(new ZoneService.NewZone(request.code(), request.nameZh(), request.productCode(),
				request.towns(), request.level(), request.status(), request.statusSince()), actors.current().username());
		return ResponseEntity.created(URI.create("/api/v1/zones/" + zone.getCode()))
			.body(ZoneView.of(service.withHistory(zone.getCode())));
	}

	/** Every zone: a district has a handful, so one page holds them. */
	@GetMapping("/api/v1/zones")
	PagedModel<ZoneView> zones(@PageableDefault(size = 50) Pageable pageable) {
		List<ZoneView> all = service.allWithHistory().stream().map(ZoneView::of).toList();
		int from = (int) Math.min(all.size(), pageable.getOffset());
		int to = Math.min(all.size(), from + pageable.getPageSize());
		return new PagedModel<>(new PageImpl<>(all.subList(from, to), pageable, all.size()));
	}

	@GetMapping("/api/v1/zones/{code}")
	ZoneView zone(@PathVariable String code) {
		return ZoneView.of(service.withHistory(code));
	}

	@PostMapping("/api/v1/zones/{code}/status")
	ZoneView changeStatus(@PathVariable String code, @Valid @RequestBody StatusRequest request) {
		service.changeStatus(code, request.status(), request.since(), actors.current().username());
		return ZoneView.of(service.withHistory(code));
	}

	@PutMapping("/api/v1/towns/{code}/villages/{village}/specialty")
	VillageSpecialty designate(@PathVariable String code, @PathVariable String village,
			@Valid @RequestBody SpecialtyRequest request) {
		return service.designate(code, village, request.productCode(), actors.current().username());
	}

	@GetMapping("/api/v1/villages/specialties")
	List<VillageSpecialty> specialties() {
		return service.specialties();
	}

	record ZoneRequest(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}",
					message = "must be 2 to 40 characters of A-Z, 0-9 and '-', starting with a letter") String code,
			@NotBlank @PlainText @Size(max = 100) String nameZh, @NotBlank String productCode,
			@NotNull @Size(max = 11) List<@NotBlank String> towns, @NotNull ZoneLevel level,
			@NotNull ZoneStatus status, @NotNull LocalDate statusSince) {
	}

	record StatusRequest(@NotNull ZoneStatus status, @NotNull LocalDate since) {
	}

	record SpecialtyRequest(@NotBlank String productCode) {
	}

	record ZoneView(String code, String nameZh, String productCode, List<String> towns, ZoneLevel level,
			ZoneStatus status, LocalDate statusSince, List<ZoneStatusChange> history) {

		static ZoneView of(ZoneWithHistory found) {
			Zone zone = found.zone();
			return new ZoneView(zone.getCode(), zone.getNameZh(), zone.getProductCode(),
					zone.getTowns().stream().sorted().toList(), zone.getLevel(), zone.getStatus(), zone.getStatusSince(),
					found.history());
		}
	}
}
