package cn.saihan.trace.web.statistics;

import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.imports.LotImportReport;
import cn.saihan.trace.imports.LotImports;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.web.system.PageMessages;

/**
 * The bureau's import of lots from a CSV file or an Excel workbook: the file goes through the same
 * import job as {@code POST /api/v1/imports/lots}, and the page shows its report with the reason for
 * every skipped line, by its line number in the file (a sheet's row number), in the reader's
 * language (each problem by its message code; the API answers the English text). The templates to
 * fill in are offered here.
 */
@Controller
@RequestMapping("/bureau/imports")
class LotImportPageController {

	private final LotImports imports;

	private final PageMessages messages;

	LotImportPageController(LotImports imports, PageMessages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** A skipped line of the report as the page shows it. */
	record SkippedLine(long line, String reason) {
	}

	@GetMapping
	String form(Model model) {
		headers(model);
		return "statistics/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal, Model model)
			throws Exception {
		headers(model);
		if (file == null || file.isEmpty()) {
			model.addAttribute("alert", "import.noFile");
			return "statistics/import";
		}
		try (InputStream in = file.getInputStream()) {
			LotImportReport report = imports.importStream(in, principal.getName());
			model.addAttribute("report", report);
			model.addAttribute("skippedLines", skipped(report));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException refused) {
			// Why the file as a whole was refused (its header, an old .xls, too many rows), in the reader's language.
			if (refused.problems().stream().anyMatch(LotImportPageController::aboutTheHeader)) {
				model.addAttribute("alert", "import.badHeader");
			}
			model.addAttribute("refusals", refused.problems().stream().map(messages::of).toList());
		}
		return "statistics/import";
	}

	private static boolean aboutTheHeader(FieldProblem problem) {
		return problem.code() != null && (problem.code().startsWith("ImportRefusal.HEADER_")
				|| problem.code().equals("ImportRefusal.FILE_EMPTY"));
	}

	private static void headers(Model model) {
		model.addAttribute("header", LotImports.CHINESE_HEADER);
		model.addAttribute("fieldHeader", LotImports.FIELD_HEADER);
	}

	private List<SkippedLine> skipped(LotImportReport report) {
		String separator = messages.of("import.reasonSeparator");
		return report.errors().stream()
			.map(error -> new SkippedLine(error.line(),
					error.problems().stream().map(messages::of).collect(Collectors.joining(separator))))
			.toList();
	}
}
