/**
 * Lots made from lots: a buyer merges or repacks lots into a new one, the quantities balance, and
 * the links let anyone trace one step up and down, or the whole graph, and produce a recall report.
 */
package cn.saihan.trace.transformation;
