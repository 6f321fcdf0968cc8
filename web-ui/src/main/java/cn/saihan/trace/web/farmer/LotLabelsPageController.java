package cn.saihan.trace.web.farmer;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.LabelPrints;
import cn.saihan.trace.label.LabelService;
import cn.saihan.trace.label.Printout;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.system.RefusedException;
import cn.saihan.trace.web.system.PageMessages;

/**
 * Issuing a lot's QR labels and downloading their printable sheet and the lot's compliance
 * certificate from the lot page. They are served here, behind the page login, because a sheet
 * lists valid serials of the lot: only the lot's own producer (or the bureau) may have it.
 */
@Controller
@RequestMapping("/farmer/lots/{lotCode}")
class LotLabelsPageController {

	private final LabelService labels;

	private final LabelPrints prints;

	private final LotService lots;

	private final Actors actors;

	private final PageMessages texts;

	LotLabelsPageController(LabelService labels, LabelPrints prints, LotService lots, Actors actors,
			PageMessages texts) {
		this.texts = texts;
		this.labels = labels;
		this.prints = prints;
		this.lots = lots;
		this.actors = actors;
	}

	@PostMapping("/labels")
	String issue(@PathVariable String lotCode, @RequestParam(required = false) Integer count,
			RedirectAttributes redirect) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		try {
			List<DigitalLink> issued = labels.issue(lotCode, count);
			redirect.addFlashAttribute("notice", "labels.issued");
			redirect.addFlashAttribute("issuedCount", issued.size());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("alertText", texts.of(ex));
		}
		return "redirect:/farmer/lots/" + lotCode + "#labels";
	}

	@GetMapping("/labels.pdf")
	ResponseEntity<StreamingResponseBody> sheet(@PathVariable String lotCode,
			@RequestParam(required = false) String layout, @RequestParam(required = false) Integer dpi,
			@RequestParam(required = false) Long from, @RequestParam(required = false) Integer count) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		return download(prints.sheet(lotCode, layout, dpi, from, count));
	}

	@GetMapping("/certificate.pdf")
	ResponseEntity<StreamingResponseBody> certificate(@PathVariable String lotCode,
			@RequestParam(required = false) Integer copies) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		return download(prints.certificate(lotCode, copies));
	}

	private static ResponseEntity<StreamingResponseBody> download(Printout printout) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(printout.filename()).build().toString())
			.body(out -> printout.body().writeTo(out));
	}
}
