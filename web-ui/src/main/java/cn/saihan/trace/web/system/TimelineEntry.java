package cn.saihan.trace.web.system;

import java.util.List;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.InspectionReport;
import cn.saihan.trace.event.TraceEventView;

/**
 * An event as a page's timeline shows it, its details sorted into what a page prints of each kind,
 * so that templates ask {@code e.shipment} rather than the details by key. Values stored before
 * details were checked arrive as text (an inspection's result may be neither PASS nor FAIL, a
 * quantity may be words) and are printed as they are.
 *
 * @param inspection the details of an inspection, else {@code null}
 * @param shipment the details of a shipment, else {@code null}
 * @param receipt the details of a receipt, else {@code null}
 * @param asRecorded stored details that are no JSON object at all, as their text, else {@code null}
 * @param reportHref where anyone opens an inspection's report file, else {@code null}
 */
public record TimelineEntry(TraceEventView event, EventDetails.Inspected inspection, EventDetails.Shipped shipment,
		EventDetails.Received receipt, String asRecorded, String reportHref) {

	public static TimelineEntry of(String lotCode, TraceEventView event) {
		EventDetails details = event.details();
		return new TimelineEntry(event, details instanceof EventDetails.Inspected inspected ? inspected : null,
				details instanceof EventDetails.Shipped shipped ? shipped : null,
				details instanceof EventDetails.Received received ? received : null,
				details instanceof EventDetails.Unreadable unreadable ? unreadable.text() : null,
				event.report() == null ? null : InspectionReport.path(lotCode, event.id()));
	}

	public static List<TimelineEntry> of(String lotCode, List<TraceEventView> events) {
		return events.stream().map(event -> of(lotCode, event)).toList();
	}
}
