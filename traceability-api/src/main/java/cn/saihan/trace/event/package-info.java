/**
 * Trace events (critical tracking events) of a lot, append-only, in the vocabulary of EPCIS/CBV. A
 * correction is a new event that names the one it corrects; nothing is ever updated or deleted.
 */
package cn.saihan.trace.event;
