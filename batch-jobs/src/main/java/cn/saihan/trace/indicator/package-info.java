/** Indicator 12: the share of green and organic output value in agricultural output value, by year (spec §2.8). */
package cn.saihan.trace.indicator;
