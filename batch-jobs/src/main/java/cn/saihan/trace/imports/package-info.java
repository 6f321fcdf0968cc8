/** Imports of harvest lots from the bureau's spreadsheets: CSV files as Excel saves them, and Excel workbooks. */
package cn.saihan.trace.imports;
