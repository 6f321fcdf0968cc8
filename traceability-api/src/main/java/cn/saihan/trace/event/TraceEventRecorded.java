package cn.saihan.trace.event;

/** Published inside the recording transaction, with the event as the API shows it. */
record TraceEventRecorded(String lotCode, TraceEventView event) {
}
