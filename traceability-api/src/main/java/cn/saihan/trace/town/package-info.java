/** The district's administrative units (subdistricts and towns); villages are free text beneath them. */
package cn.saihan.trace.town;
