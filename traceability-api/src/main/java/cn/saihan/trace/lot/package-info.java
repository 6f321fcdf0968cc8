/**
 * Harvest lots (批次): what was harvested, by whom, when, how much and at what price, with the lot's
 * compliance certificate. Every lot, however it enters the registry (the API, the farmer's page, a
 * transformation's output, a file import, the demo data), is checked and stored by one write path,
 * {@link cn.saihan.trace.lot.LotRegistration}: the rules of a lot are {@link cn.saihan.trace.lot.LotRules}
 * (one pure function, each broken rule a {@link cn.saihan.trace.lot.LotRefusal} with its message code),
 * and what follows a registration (the HARVESTED event, the audit entry, the search index) listens to
 * {@link cn.saihan.trace.lot.LotsRegistered} inside the same transaction.
 */
package cn.saihan.trace.lot;
