package cn.saihan.trace.resolver;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.web.util.HtmlUtils;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.lot.LotView.ComplianceCertificate;
import cn.saihan.trace.resolver.ConsumerView.CertificationStanding;
import cn.saihan.trace.system.FieldProblem;

/**
 * A plain, self-contained HTML page of a {@link ConsumerView}, in Chinese, for any phone browser:
 * the fallback of label-service on its own ({@link FallbackConsumerPages}). It is deliberately
 * minimal; the application's designed consumer page ({@code web-ui}) draws on the same view.
 */
final class ConsumerPage {

	private static final ResourceBundle TEXT = ResourceBundle.getBundle("cn.saihan.trace.resolver.page",
			Locale.SIMPLIFIED_CHINESE);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final StringBuilder html = new StringBuilder(4096);

	private ConsumerPage() {
	}

	static String render(ConsumerView view) {
		return new ConsumerPage().page(view);
	}

	/** The product a GTIN alone names: what it is and who grows it; it vouches for no box. */
	static String render(ProductPage product) {
		ConsumerPage page = new ConsumerPage();
		page.open(product.product().nameZh() + " · " + text("page.title"));
		page.heading("section.product");
		page.line(product.product().nameZh());
		page.line(text("field.gtin") + "：" + product.product().gtin());
		page.heading("section.growers");
		if (product.growers().isEmpty()) {
			page.line(text("none"));
		}
		for (ProductPage.Grower grower : product.growers()) {
			page.line(grower.name() + " · " + grower.townNameZh() + (grower.village() == null ? "" : " " + grower.village()));
		}
		page.html.append("<p id=\"scan-full-label\"><strong>").append(escape(text("product.scanFullLabel")))
			.append("</strong></p>\n");
		return page.close();
	}

	/** A path that is no GS1 Digital Link: say so, and why (the reasons in English, as the API gives them). */
	static String render(List<FieldProblem> problems) {
		ConsumerPage page = new ConsumerPage();
		page.open(text("invalid.title"));
		page.html.append("<p id=\"verdict\" data-verdict=\"INVALID\"><strong>").append(escape(text("invalid.title")))
			.append("</strong></p>\n");
		page.line(text("invalid.text"));
		for (FieldProblem problem : problems) {
			page.line((problem.field() == null ? "" : problem.field() + "：") + problem.message());
		}
		return page.close();
	}

	private void open(String title) {
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(escape(title)).append("</title>\n</head>\n<body>\n");
	}

	private String close() {
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private String page(ConsumerView view) {
		String title = view.product() == null ? text("page.title") : view.product().nameZh() + " · " + text("page.title");
		open(title);
		status(view);
		verdict(view);
		if (view.authentic()) {
			details(view);
		}
		return close();
	}

	/** A held or recalled lot's warning, before anything else on the page. */
	private void status(ConsumerView view) {
		if (!view.stopped()) {
			return;
		}
		html.append("<p id=\"lot-status\" data-status=\"").append(view.lotStatus().name())
			.append("\" style=\"background:#c62828;color:#fff;padding:1em\"><strong>")
			.append(escape(text("status.banner." + view.lotStatus().name()))).append("</strong>");
		if (view.statusReason() != null) {
			html.append("<br>").append(escape(view.statusReason()));
		}
		if (view.statusSince() != null) {
			html.append("<br>").append(escape(view.statusSince().format(MINUTE)));
		}
		html.append("</p>\n");
	}

	private void verdict(ConsumerView view) {
		String verdict = view.verdict() == Verdict.SCANNED_BEFORE
				? format("verdict.SCANNED_BEFORE", view.scan().firstScannedAt().format(MINUTE), view.scan().count())
				: text("verdict." + view.verdict().name());
		html.append("<p id=\"verdict\" data-verdict=\"").append(view.verdict().name()).append("\"><strong>")
			.append(escape(verdict)).append("</strong></p>\n");
		if (view.scan() != null && view.verdict() != Verdict.SCANNED_BEFORE) {
			line(format("scan.count", view.scan().count(), view.scan().firstScannedAt().format(MINUTE)));
		}
	}

	private void details(ConsumerView view) {
		heading("section.product");
		line(view.product().nameZh());
		line(text("field.gtin") + "：" + view.product().gtin());

		heading("section.producer");
		line(view.producer().name());
		line(view.producer().townNameZh() + (view.producer().village() == null ? "" : " " + view.producer().village()));

		heading("section.lot");
		line(text("field.lotCode") + "：" + view.lot().lotCode());
		line(text("field.harvestDate") + "：" + view.lot().harvestDate());
		line(text("field.quantity") + "：" + view.lot().quantityKg().stripTrailingZeros().toPlainString() + " "
				+ text("unit.kg"));

		heading("section.certifications");
		if (view.certifications().isEmpty()) {
			line(text("none"));
		}
		for (CertificationStanding c : view.certifications()) {
			line(text("cert." + c.type().name()) + " " + c.certificateNo() + "：" + text("status." + c.statusOnHarvestDate())
					+ " / " + text("status." + c.statusToday()));
			if (c.revokedAt() != null) {
				line(format("cert.revoked", c.revokedAt(), c.revocationReason()));
			}
		}

		ComplianceCertificate certificate = view.complianceCertificate();
		heading("section.compliance");
		line(text("field.origin") + "：" + certificate.origin());
		line(text("field.issuedOn") + "：" + certificate.issuedOn());
		line(text("field.basis") + "：" + text("basis." + certificate.basis().name()));
		for (String commitment : certificate.commitments()) {
			line(text("field.commitments") + "：" + text("commitment." + commitment));
		}

		heading("section.events");
		html.append("<ol>\n");
		for (TraceEventView event : view.events()) {
			html.append("<li>").append(escape(event.occurredAt().format(MINUTE) + " " + text("event." + event.type().name())
					+ " · " + event.location() + result(event.details()) + recorder(event))).append("</li>\n");
		}
		html.append("</ol>\n");
	}

	/** An inspection's result in words; a stored result that is neither PASS nor FAIL as it is. */
	private static String result(EventDetails details) {
		if (details instanceof EventDetails.Inspected inspected && inspected.result() != null) {
			return " · " + (inspected.resultKnown() ? text("result." + inspected.result()) : inspected.result());
		}
		return "";
	}

	/** Who recorded an inspection, by role: the producer itself, the bureau or a laboratory. */
	private static String recorder(TraceEventView event) {
		return event.type() == TraceEventType.INSPECTED && event.recordedAs() != null
				? "（" + text("recorder." + event.recordedAs().name()) + "）" : "";
	}

	private void heading(String key) {
		html.append("<h2>").append(escape(text(key))).append("</h2>\n");
	}

	private void line(String text) {
		html.append("<p>").append(escape(text)).append("</p>\n");
	}

	private static String text(String key) {
		try {
			return TEXT.getString(key);
		}
		catch (MissingResourceException ex) {
			return key.substring(key.indexOf('.') + 1);
		}
	}

	private static String format(String key, Object... arguments) {
		return new MessageFormat(text(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
