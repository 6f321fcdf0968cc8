/**
 * Brand pages: the bureau's brands with their logos and licences, a producer's applications for a
 * licence, and (for everyone) the brand block of the consumer page.
 */
package cn.saihan.trace.web.brand;
