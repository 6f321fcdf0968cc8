/**
 * Trace events (critical tracking events) of a lot, append-only, in the vocabulary of EPCIS/CBV. A
 * correction is a new event that names the one it corrects; nothing is ever updated or deleted.
 * <p>
 * An event's details are a record per type ({@link cn.saihan.trace.event.EventDetails}), checked
 * with Bean Validation when written and stored as their JSON. Because stored events can never be
 * changed, details are read leniently ({@code StoredDetails}): what does not fit its record (an
 * event written before the checks, or by hand) is kept as text, and every reader works with the
 * records. {@link cn.saihan.trace.event.EventTime} is the one rule for when an event may happen.
 */
package cn.saihan.trace.event;
