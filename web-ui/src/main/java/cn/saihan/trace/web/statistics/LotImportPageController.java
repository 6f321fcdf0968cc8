package cn.saihan.trace.web.statistics;

import java.io.InputStream;
import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.imports.LotImports;
import cn.saihan.trace.system.InvalidInputException;

/**
 * The bureau's CSV import of lots: the file goes through the same import job as
 * {@code POST /api/v1/imports/lots}, and the page shows its report with the reason for every
 * skipped line, by its line number in the file.
 */
@Controller
@RequestMapping("/bureau/imports")
class LotImportPageController {

	static final String HEADER = "creditCode,productCode,harvestDate,quantityKg,unitPriceYuan,lotCode,plot,village";

	private final LotImports imports;

	LotImportPageController(LotImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("header", HEADER);
		return "statistics/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal, Model model)
			throws Exception {
		model.addAttribute("header", HEADER);
		if (file == null || file.isEmpty()) {
			model.addAttribute("alert", "import.noFile");
			return "statistics/import";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", imports.importStream(in, principal.getName()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException badHeader) {
			model.addAttribute("alert", "import.badHeader");
		}
		return "statistics/import";
	}
}
