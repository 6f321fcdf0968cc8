package cn.saihan.trace.event;

/** Published inside the transaction that stores an inspection's report, for the audit record. */
public record InspectionReportAttached(String lotCode, long eventId, InspectionReport report, String attachedBy) {
}
