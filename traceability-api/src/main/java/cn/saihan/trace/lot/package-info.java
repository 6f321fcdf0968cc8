/**
 * Harvest lots (批次): what was harvested, by whom, when, how much and at what price, with the lot's
 * compliance certificate; every lot, however it enters the registry, is checked and stored by one
 * write path, {@link cn.saihan.trace.lot.LotRegistration}.
 */
package cn.saihan.trace.lot;
