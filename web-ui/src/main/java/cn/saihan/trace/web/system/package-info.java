/** What every page shares: language (Chinese by default), the login page, the signed-in actor, error pages and display names. */
package cn.saihan.trace.web.system;
