/**
 * The bureau's statistics pages: the indicator 12 dashboard (share of green and organic output by
 * year with its trend, by town, product and certificate type; running the computation with its
 * progress; the official output figures; CSV export) and the CSV import of lots with its per-line
 * report. Charts are drawn by ECharts served from the application's own WebJar.
 */
package cn.saihan.trace.web.statistics;
