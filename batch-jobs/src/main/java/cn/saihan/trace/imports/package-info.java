/** Imports of harvest lots from CSV files as the bureau's spreadsheets save them. */
package cn.saihan.trace.imports;
