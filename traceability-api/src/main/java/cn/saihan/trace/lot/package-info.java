/** Harvest lots (批次): what was harvested, by whom, when, how much and at what price, with the lot's compliance certificate. */
package cn.saihan.trace.lot;
