package cn.saihan.trace.brand;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class BrandController {

	/**
	 * A logo served alone runs nothing, whatever it holds: no script, no plugin, no outside fetch, a
	 * sandboxed document of its own origin; styles inline only, which an SVG may draw with.
	 */
	static final String LOGO_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

	private final BrandService service;

	private final Actors actors;

	private final Clock clock;

	BrandController(BrandService service, Actors actors, Clock clock) {
		this.service = service;
		this.actors = actors;
		this.clock = clock;
	}

	@PostMapping("/api/v1/brands")
	ResponseEntity<BrandView> register(@Valid @RequestBody BrandRequest request) {
		Brand brand = service.register(request.toNewBrand());
		return ResponseEntity.created(URI.create("/api/v1/brands/" + brand.getCode())).body(BrandView.of(brand, null));
	}

	@GetMapping("/api/v1/brands")
	PagedModel<BrandView> brands(@PageableDefault(size = 50) Pageable pageable) {
		var logos = service.logos();
		return new PagedModel<>(service.page(pageable).map(brand -> BrandView.of(brand, logos.get(brand.getCode()))));
	}

	@GetMapping("/api/v1/brands/{code}")
	BrandView brand(@PathVariable String code) {
		return BrandView.of(service.get(code), service.logos().get(code));
	}

	/** The brand's logo (multipart {@code file}): a PNG or a script-free SVG by its content, at most 200 kB. */
	@PutMapping(path = "/api/v1/brands/{code}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Logo setLogo(@PathVariable String code, @RequestParam MultipartFile file) throws IOException {
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = service.readLogo(in);
		}
		return service.setLogo(code, content, actors.current().username());
	}

	/**
	 * The logo as stored, for anyone. Its type is the one its content showed, browsers are told not
	 * to guess another, and a policy that runs nothing comes with it (see {@link #LOGO_POLICY}); an
	 * SVG is also offered as a file to save rather than a page to open.
	 */
	@GetMapping("/api/v1/brands/{code}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String code) {
		BrandLogos.LogoFile file = service.logo(code);
		String name = "logo-" + code + "." + file.format().extension();
		ContentDisposition disposition = file.format() == LogoFormat.SVG
				? ContentDisposition.attachment().filename(name).build()
				: ContentDisposition.inline().filename(name).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.format().mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", LOGO_POLICY)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(file.content());
	}

	/** The bureau grants a licence at once. */
	@PostMapping("/api/v1/brands/{code}/licences")
	ResponseEntity<LicenceView> grant(@PathVariable String code, @Valid @RequestBody LicenceRequest request) {
		Licence licence = service.grant(code, request.toNewLicence(), actors.current().username());
		return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.getId())).body(view(licence));
	}

	/** A producer (or the bureau for it) applies; the bureau decides. */
	@PostMapping("/api/v1/brands/{code}/licence-applications")
	ResponseEntity<LicenceView> apply(@PathVariable String code, @Valid @RequestBody LicenceRequest request) {
		actors.assertMayActFor(request.producerId());
		Licence licence = service.apply(code, request.toNewLicence(), actors.current().username());
		return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.getId())).body(view(licence));
	}

	@GetMapping("/api/v1/brands/{code}/licences")
	PagedModel<LicenceView> licences(@PathVariable String code, @PageableDefault(size = 50) Pageable pageable) {
		LocalDate today = LocalDate.now(clock);
		return new PagedModel<>(service.licences(code, pageable).map(l -> LicenceView.of(l, today)));
	}

	@GetMapping("/api/v1/licences/{id}")
	LicenceView licence(@PathVariable long id) {
		return view(service.licence(id));
	}

	@PostMapping("/api/v1/licences/{id}/approval")
	LicenceView approve(@PathVariable long id) {
		return view(service.approve(id, actors.current().username()));
	}

	@PostMapping("/api/v1/licences/{id}/rejection")
	LicenceView reject(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
		return view(service.reject(id, request.reason(), actors.current().username()));
	}

	@PostMapping("/api/v1/licences/{id}/revocation")
	LicenceView revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request) {
		return view(service.revoke(id, request.revokedAt(), request.reason()));
	}

	private LicenceView view(Licence licence) {
		return LicenceView.of(licence, LocalDate.now(clock));
	}

	record BrandRequest(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}",
					message = "must be 2 to 40 characters of A-Z, 0-9 and '-', starting with a letter") String code,
			@NotBlank @PlainText @Size(max = 100) String nameZh, @NotNull BrandKind kind,
			@PlainText @Size(max = 100) String ownerName,
			Long ownerProducerId, @NotNull @Size(min = 1, max = 50) List<@NotBlank String> productCodes,
			@Size(max = 20) List<@NotBlank String> originTowns,
			@Size(max = 200) List<@NotBlank @PlainText @Size(max = 100) String> originVillages,
			@PlainText(multiline = true) @Size(max = 2000) String story) {

		BrandService.NewBrand toNewBrand() {
			return new BrandService.NewBrand(code, nameZh, kind, ownerName, ownerProducerId, story, productCodes,
					originTowns, originVillages);
		}
	}

	record LicenceRequest(@NotNull Long producerId, @NotNull @PlausibleDate LocalDate validFrom,
			@NotNull @PlausibleDate LocalDate validTo) {

		BrandService.NewLicence toNewLicence() {
			return new BrandService.NewLicence(producerId, validFrom, validTo);
		}
	}

	record ReasonRequest(@NotBlank @PlainText(multiline = true) @Size(max = 500) String reason) {
	}

	record RevocationRequest(@NotNull @PlausibleDate LocalDate revokedAt,
			@NotBlank @PlainText(multiline = true) @Size(max = 500) String reason) {
	}
}
