/** A believable Saihan data set for the {@code demo} profile, so that a first start shows a living system. */
package cn.saihan.trace.demo;
