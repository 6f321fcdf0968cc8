/** The daily warning of certifications that lapse soon or have lapsed, so that the bureau can act in time. */
package cn.saihan.trace.expiry;
