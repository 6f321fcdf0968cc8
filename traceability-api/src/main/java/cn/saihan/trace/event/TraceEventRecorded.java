package cn.saihan.trace.event;

/** Published inside the recording transaction, with the event as the API shows it. */
public record TraceEventRecorded(String lotCode, TraceEventView event) {
}
