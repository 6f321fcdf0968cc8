package cn.saihan.trace.imports;

import cn.saihan.trace.system.Refusal;

/** Why an import file is refused as a whole; pages translate the codes. */
public enum ImportRefusal implements Refusal {

	FILE_REQUIRED("is required: a CSV file or an Excel workbook (.xlsx) with the header {0}"),
	BAD_HEADER("{0}"),
	OLD_EXCEL("is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV"),
	BAD_WORKBOOK("cannot be read as an Excel workbook (.xlsx): {0}"),
	WORKBOOK_TOO_LARGE("is too large to read: {0}"),
	TOO_MANY_ROWS("has more than {0} rows: split it into several files");

	private final String english;

	ImportRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
