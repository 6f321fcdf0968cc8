/**
 * The bureau's pages: the producers registry (search, add), a producer's certifications (add,
 * revoke) and its farmer login, and the certifications about to lapse.
 * <p>
 * The statistics pages (indicator 12, CSV import) are in {@code cn.saihan.trace.web.statistics}.
 */
package cn.saihan.trace.web.bureau;
