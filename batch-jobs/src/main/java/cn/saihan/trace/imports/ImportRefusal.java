package cn.saihan.trace.imports;

import cn.saihan.trace.system.Refusal;

/**
 * Why an import refuses a file as a whole (its header), or one of its rows as a spreadsheet holds it
 * (a cell that is not a date or a number, an unknown credit code); pages translate the codes. What a
 * readable row breaks beyond that are the rules of every lot ({@code LotRefusal}).
 */
public enum ImportRefusal implements Refusal {

	FILE_REQUIRED("is required: a CSV file or an Excel workbook (.xlsx) with the header {0}"),
	FILE_EMPTY("the file is empty: its first line must be the header {0}"),
	HEADER_UNKNOWN_COLUMN("the header names an unknown column '{0}' (expected {1})"),
	HEADER_COLUMN_TWICE("the header names column {0} twice"),
	HEADER_COLUMN_MISSING("the header lacks column {0} (expected {1})"),
	OLD_EXCEL("is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV"),
	BAD_WORKBOOK("cannot be read as an Excel workbook (.xlsx): {0}"),
	WORKBOOK_TOO_LARGE("is too large to read: {0}"),
	TOO_MANY_ROWS("has more than {0} rows: split it into several files"),
	UNREADABLE("cannot be read as CSV: {0}"),
	NOT_TEXT("is neither UTF-8 nor GB18030 text (a UTF-16 \"Unicode text\" file, another encoding or no text at all): save it as \"CSV UTF-8\" or as an Excel workbook (.xlsx)"),
	CELLS("has {0} cells, the header names {1}"),
	CREDIT_CODE_REQUIRED("is required"),
	CREDIT_CODE_UNKNOWN("no producer is registered with credit code {0}"),
	NOT_A_DATE("'{0}' is not a date (expected YYYY-MM-DD)"),
	QUANTITY_NOT_A_NUMBER("'{0}' is not a number"),
	PRICE_NOT_A_NUMBER("'{0}' is not a number");

	private final String english;

	ImportRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
