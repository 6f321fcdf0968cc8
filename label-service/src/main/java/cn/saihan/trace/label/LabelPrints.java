package cn.saihan.trace.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.label.render.CertificateRenderer;
import cn.saihan.trace.label.render.LabelStock;
import cn.saihan.trace.label.render.MaskChooser;
import cn.saihan.trace.label.render.PrintedCertificate;
import cn.saihan.trace.label.render.SheetLabel;
import cn.saihan.trace.label.render.SheetRenderer;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotView;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.town.Towns;

/**
 * What is printed for a lot: sheets of its labels on the stock the farmer bought, and its
 * compliance certificate. The API and the pages ask here, so both refuse the same requests with
 * the same reasons. Who may print is the caller's to check: the bureau or the lot's own producer.
 */
@Service
public class LabelPrints {

	/**
	 * The most labels on one sheet: a sheet is written in one request, and 1,000 labels (50 A4 pages)
	 * take about a second and a few megabytes; a larger lot prints in parts.
	 */
	public static final int MAX_PER_SHEET = 1000;

	/** The most copies of a compliance certificate in one PDF: one per package of a lot. */
	public static final int MAX_COPIES = 1000;

	private final LabelService labels;

	private final LotService lots;

	private final LotViews views;

	private final Towns towns;

	private final SheetRenderer sheets;

	private final CertificateRenderer certificates;

	private final MaskChooser masks;

	private final ResolverProperties resolver;

	LabelPrints(LabelService labels, LotService lots, LotViews views, Towns towns, SheetRenderer sheets,
			CertificateRenderer certificates, MaskChooser masks, ResolverProperties resolver) {
		this.labels = labels;
		this.lots = lots;
		this.views = views;
		this.towns = towns;
		this.sheets = sheets;
		this.certificates = certificates;
		this.masks = masks;
		this.resolver = resolver;
	}

	/**
	 * A sheet of the lot's labels numbered {@code from} on, at most {@code count} (default 1,000),
	 * laid out on {@code layout} (default A4, 20 a page) for a printer of {@code dpi} (default 203).
	 *
	 * @throws cn.saihan.trace.system.NotFoundException if there is no such lot, or it has no labels
	 * @throws InvalidInputException naming each bad parameter
	 */
	@Transactional(readOnly = true)
	public Printout sheet(String lotCode, String layout, Integer dpi, Long from, Integer count) {
		lots.get(lotCode);
		List<FieldProblem> problems = new ArrayList<>();
		LabelStock stock = layout == null || layout.isBlank() ? LabelStock.A4_20
				: LabelStock.ofParameter(layout).orElse(null);
		if (stock == null) {
			problems.add(LabelRefusal.LAYOUT_UNKNOWN.at("layout",
					Arrays.stream(LabelStock.values()).map(LabelStock::parameter).collect(Collectors.joining(", "))));
		}
		if (dpi != null && !SheetRenderer.PRINTER_DPI.contains(dpi)) {
			problems.add(LabelRefusal.DPI_UNKNOWN.at("dpi", "203, 300"));
		}
		long first = from == null ? 0 : from;
		if (first < 0) {
			problems.add(LabelRefusal.FROM_RANGE.at("from"));
		}
		int most = count == null ? MAX_PER_SHEET : count;
		if (most < 1 || most > MAX_PER_SHEET) {
			problems.add(LabelRefusal.SHEET_COUNT_RANGE.at("count", MAX_PER_SHEET));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long issued = labels.issuedOf(lotCode);
		if (issued == 0) {
			throw LabelRefusal.NO_LABELS.notFound(lotCode);
		}
		if (first >= issued) {
			throw LabelRefusal.FROM_PAST_END.invalid("from", issued);
		}
		List<SheetLabel> onSheet = labels.sheetOf(lotCode, first, most);
		int resolution = dpi != null ? dpi : SheetRenderer.DEFAULT_DPI;
		String range = first == 0 && onSheet.size() == issued ? ""
				: "-" + (first + 1) + "-" + (first + onSheet.size());
		return new Printout("labels-" + lotCode + range + "-" + stock.parameter() + ".pdf",
				out -> sheets.write(onSheet, stock, resolution, out));
	}

	/**
	 * The lot's compliance certificate, {@code copies} of it (default one) four to an A4 page, with
	 * the lot's Digital Link as its QR code.
	 *
	 * @throws cn.saihan.trace.system.NotFoundException if there is no such lot
	 * @throws InvalidInputException if the number of copies is out of range
	 */
	@Transactional(readOnly = true)
	public Printout certificate(String lotCode, Integer copies) {
		Lot stored = lots.get(lotCode);
		LotView lot = views.of(stored);
		int count = copies == null ? 1 : copies;
		if (count < 1 || count > MAX_COPIES) {
			throw LabelRefusal.COPIES_RANGE.invalid("copies", MAX_COPIES);
		}
		if (!certificates.canPrint()) {
			// The operator's to fix (trace.labels.font-file), before any byte of a PDF is sent.
			throw new IllegalStateException("No Chinese font to print the compliance certificate with");
		}
		LotView.ComplianceCertificate certificate = lot.complianceCertificate();
		String uri = DigitalLink.ofLot(resolver.baseUrl(), new Gtin(lot.gtin()), stored.getLotCode().value())
			.toString();
		PrintedCertificate printed = new PrintedCertificate(certificate.productName(), certificate.quantityKg(),
				certificate.producerName(), place(certificate.origin()), certificate.contact(),
				certificate.issuedOn(), lot.lotCode(), certificate.commitments(),
				Arrays.stream(ComplianceBasis.values()).map(Enum::name).toList(),
				certificate.basis() == null ? null : certificate.basis().name(), uri, masks.choose(uri));
		return new Printout("certificate-" + lotCode + ".pdf", out -> certificates.write(printed, count, out));
	}

	/** The certificate's origin, "{townCode} {village}", with the town's Chinese name for its code. */
	private String place(String origin) {
		String[] parts = origin.split(" ", 2);
		return towns.findById(parts[0]).map(town -> town.getNameZh() + (parts.length > 1 ? " " + parts[1] : ""))
			.orElse(origin);
	}
}
