/**
 * The bureau's pages: the producers registry (search, add), a producer's certifications (add,
 * revoke) and its farmer login, and the certifications about to lapse.
 * <p>
 * Extension point: the navigation names {@code /bureau/indicator12}, the place of the indicator 12
 * dashboard (share by year and trend, by town, product and certificate type) and of the CSV lot
 * import, once the statistics jobs are part of the application.
 */
package cn.saihan.trace.web.bureau;
