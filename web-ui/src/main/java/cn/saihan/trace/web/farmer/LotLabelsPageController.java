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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.LabelService;
import cn.saihan.trace.label.render.SheetRenderer;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.web.system.PageMessages;

/**
 * Issuing a lot's QR labels and downloading their printable sheet from the lot page. The sheet is
 * served here, behind the page login, because it lists every valid serial of the lot: only the
 * lot's own producer (or the bureau) may have it.
 */
@Controller
@RequestMapping("/farmer/lots/{lotCode}")
class LotLabelsPageController {

	private final LabelService labels;

	private final SheetRenderer sheets;

	private final LotService lots;

	private final Actors actors;

	private final PageMessages texts;

	LotLabelsPageController(LabelService labels, SheetRenderer sheets, LotService lots, Actors actors,
			PageMessages texts) {
		this.texts = texts;
		this.labels = labels;
		this.sheets = sheets;
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
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("alertText", texts.of(ex));
		}
		return "redirect:/farmer/lots/" + lotCode + "#labels";
	}

	@GetMapping("/labels.pdf")
	ResponseEntity<byte[]> sheet(@PathVariable String lotCode) {
		actors.assertMayActFor(lots.get(lotCode).getProducerId());
		byte[] pdf = sheets.pdf(labels.sheetOf(lotCode));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("labels-" + lotCode + ".pdf").build().toString())
			.body(pdf);
	}
}
