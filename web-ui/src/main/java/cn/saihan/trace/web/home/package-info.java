/** The public home page: what Saihan Trace is and where each kind of user starts. */
package cn.saihan.trace.web.home;
