package cn.saihan.trace.event;

/**
 * The report file of an inspection, as the views of its event name it; the file itself is read from
 * {@code GET /api/v1/lots/{lotCode}/events/{eventId}/report}.
 *
 * @param format PDF, JPEG or PNG, as its content shows
 * @param sizeBytes its size
 * @param sha256 its SHA-256, hex, so that a copy can be checked against the record
 */
public record InspectionReport(ReportFormat format, long sizeBytes, String sha256) {

	/** Where anyone reads the report of this event of this lot. */
	public static String path(String lotCode, long eventId) {
		return "/api/v1/lots/" + lotCode + "/events/" + eventId + "/report";
	}

	public String mediaType() {
		return format.mediaType();
	}
}
