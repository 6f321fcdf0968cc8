package cn.saihan.trace.label;

import java.net.URI;
import java.time.Duration;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.label.render.SheetRenderer;
import cn.saihan.trace.lot.LotService;

@RestController
class LabelController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	/** A label's image never changes once issued. */
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable();

	private final LabelService labels;

	private final QrRenderer qr;

	private final SheetRenderer sheets;

	private final LabelProperties properties;

	private final LotService lots;

	private final Actors actors;

	LabelController(LabelService labels, QrRenderer qr, SheetRenderer sheets, LabelProperties properties,
			LotService lots, Actors actors) {
		this.labels = labels;
		this.qr = qr;
		this.sheets = sheets;
		this.properties = properties;
		this.lots = lots;
		this.actors = actors;
	}

	/**
	 * A lot's labels, as a list or a sheet, hand out valid serials: only the bureau and the lot's
	 * own producer may issue or see them (the security rules require one of those logins).
	 */
	private void assertMayHandleLabelsOf(String lotCode) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
	}

	@PostMapping("/api/v1/lots/{lotCode}/labels")
	ResponseEntity<IssuedLabels> issue(@PathVariable String lotCode, @RequestBody LabelRequest request) {
		assertMayHandleLabelsOf(lotCode);
		List<DigitalLink> issued = labels.issue(lotCode, request.count());
		return ResponseEntity.created(URI.create("/api/v1/lots/" + lotCode + "/labels")).body(IssuedLabels.of(issued));
	}

	@GetMapping("/api/v1/lots/{lotCode}/labels")
	PagedModel<LabelView> list(@PathVariable String lotCode, @PageableDefault(size = 100) Pageable pageable) {
		assertMayHandleLabelsOf(lotCode);
		return new PagedModel<>(labels.ofLot(lotCode, pageable).map(LabelView::of));
	}

	@GetMapping(path = "/api/v1/labels/{serial}.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(@PathVariable String serial, @RequestParam(required = false) Integer size) {
		Label label = labels.get(serial);
		LabelSpec spec = spec(size);
		byte[] png;
		try {
			png = qr.png(label.getUri(), spec);
		}
		catch (IllegalArgumentException ex) {
			throw LabelRefusal.SIZE_TOO_SMALL.invalid("size", ex.getMessage());
		}
		return ResponseEntity.ok().cacheControl(IMMUTABLE).contentType(MediaType.IMAGE_PNG).body(png);
	}

	@GetMapping(path = "/api/v1/labels/{serial}.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(@PathVariable String serial, @RequestParam(required = false) Integer size) {
		Label label = labels.get(serial);
		return ResponseEntity.ok().cacheControl(IMMUTABLE).contentType(SVG).body(qr.svg(label.getUri(), spec(size)));
	}

	/** Every label of the lot, 20 to an A4 page, in the order they were issued. */
	@GetMapping(path = "/api/v1/lots/{lotCode}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> sheet(@PathVariable String lotCode) {
		assertMayHandleLabelsOf(lotCode);
		byte[] pdf = sheets.pdf(labels.sheetOf(lotCode));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("labels-" + lotCode + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	private LabelSpec spec(Integer size) {
		int px = size == null ? properties.defaultSizePx() : size;
		if (px < 1 || px > properties.maxSizePx()) {
			throw LabelRefusal.SIZE_RANGE.invalid("size", properties.maxSizePx());
		}
		return LabelSpec.defaults().withSize(px);
	}
}
