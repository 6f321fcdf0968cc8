/**
 * Imports of harvest lots from the bureau's spreadsheets: CSV files as Excel saves them, and Excel
 * workbooks. This package only reads: cells into values ({@code LotRowProcessor}, whose refusals are
 * {@code ImportRefusal}s), then hands the rows in file order to the lot registration, which applies
 * the rules of every lot and stores them; each skipped line's problems are kept with their message
 * codes, so the report reads in the bureau's language.
 */
package cn.saihan.trace.imports;
