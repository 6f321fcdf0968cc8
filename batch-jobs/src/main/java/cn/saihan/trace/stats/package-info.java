/** The bureau's statistics over HTTP: official output figures, indicator 12 runs, results and their export. */
package cn.saihan.trace.stats;
