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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.lot.LotService;

@RestController
class LabelController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	/** A label's image never changes once issued. */
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable();

	private final LabelService labels;

	private final QrRenderer qr;

	private final LabelPrints prints;

	private final LabelProperties properties;

	private final LotService lots;

	private final Actors actors;

	LabelController(LabelService labels, QrRenderer qr, LabelPrints prints, LabelProperties properties,
			LotService lots, Actors actors) {
		this.labels = labels;
		this.qr = qr;
		this.prints = prints;
		this.properties = properties;
		this.lots = lots;
		this.actors = actors;
	}

	/**
	 * A lot's labels, as a list or a sheet, hand out valid serials: only the bureau and the lot's
	 * own producer may issue or see them (the security rules require one of those logins). The
	 * compliance certificate is the producer's own commitment: printed by it, or the bureau.
	 */
	private void assertMayHandleLabelsOf(String lotCode) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
	}

	@PostMapping("/api/v1/lots/{lotCode}/labels")
	ResponseEntity<IssuedLabels> issue(@PathVariable String lotCode, @RequestBody LabelRequest request) {
		assertMayHandleLabelsOf(lotCode);
		List<DigitalLink> issued = labels.issue(lotCode, request.wholeCount());
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
			png = qr.png(label.getUri(), labels.maskOf(label), spec);
		}
		catch (IllegalArgumentException ex) {
			throw LabelRefusal.SIZE_TOO_SMALL.invalid("size", ex.getMessage());
		}
		return ResponseEntity.ok().cacheControl(IMMUTABLE).contentType(MediaType.IMAGE_PNG).body(png);
	}

	@GetMapping(path = "/api/v1/labels/{serial}.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(@PathVariable String serial, @RequestParam(required = false) Integer size) {
		Label label = labels.get(serial);
		LabelSpec spec = spec(size);
		String svg;
		try {
			svg = qr.svg(label.getUri(), labels.maskOf(label), spec);
		}
		catch (IllegalArgumentException ex) {
			throw LabelRefusal.SIZE_TOO_SMALL.invalid("size", ex.getMessage());
		}
		return ResponseEntity.ok().cacheControl(IMMUTABLE).contentType(SVG).body(svg);
	}

	/**
	 * The lot's labels in the order they were issued, on the stock named by {@code layout}: those
	 * numbered {@code from} on (default 0), at most {@code count} (default and most 1,000). The PDF
	 * is written into the response as it is made.
	 */
	@GetMapping(path = "/api/v1/lots/{lotCode}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<StreamingResponseBody> sheet(@PathVariable String lotCode,
			@RequestParam(required = false) String layout, @RequestParam(required = false) Integer dpi,
			@RequestParam(required = false) Long from, @RequestParam(required = false) Integer count) {
		assertMayHandleLabelsOf(lotCode);
		return pdf(prints.sheet(lotCode, layout, dpi, from, count));
	}

	/** The lot's compliance certificate (承诺达标合格证), {@code copies} of it four to an A4 page. */
	@GetMapping(path = "/api/v1/lots/{lotCode}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<StreamingResponseBody> certificate(@PathVariable String lotCode,
			@RequestParam(required = false) Integer copies) {
		assertMayHandleLabelsOf(lotCode);
		return pdf(prints.certificate(lotCode, copies));
	}

	private static ResponseEntity<StreamingResponseBody> pdf(Printout printout) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(printout.filename()).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(out -> printout.body().writeTo(out));
	}

	private LabelSpec spec(Integer size) {
		int px = size == null ? properties.defaultSizePx() : size;
		if (px < 1 || px > properties.maxSizePx()) {
			throw LabelRefusal.SIZE_RANGE.invalid("size", properties.maxSizePx());
		}
		return LabelSpec.defaults().withSize(px);
	}
}
