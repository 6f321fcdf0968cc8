/**
 * What every page shares: language (Chinese by default), the login page, the signed-in actor, who
 * may open which page and what pages may load ({@code PageSecurityConfiguration}), error pages for
 * every failure of a page ({@code PageExceptionAdvice}) and display names.
 */
package cn.saihan.trace.web.system;
