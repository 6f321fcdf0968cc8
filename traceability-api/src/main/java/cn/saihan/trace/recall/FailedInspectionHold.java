package cn.saihan.trace.recall;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.TraceEventRecorded;
import cn.saihan.trace.event.TraceEventType;

/**
 * A failed inspection holds its lot at once, in the transaction that records it: a lot that failed
 * its pesticide-residue test is never sold, labelled or merged while the bureau looks into it.
 */
@Component
class FailedInspectionHold {

	private final HoldService holds;

	FailedInspectionHold(HoldService holds) {
		this.holds = holds;
	}

	@EventListener
	void on(TraceEventRecorded recorded) {
		if (recorded.event().type() != TraceEventType.INSPECTED
				|| !(recorded.event().details() instanceof EventDetails.Inspected inspected)
				|| !EventDetails.Inspected.FAIL.equals(inspected.result())) {
			return;
		}
		holds.holdForFailedInspection(recorded.lotCode(), reason(recorded.event().id(), inspected),
				recorded.event().recordedBy());
	}

	/** The reason names the inspection, in Chinese as the consumer page shows it. */
	static String reason(long eventId, EventDetails.Inspected inspected) {
		List<String> items = inspected.items() == null ? List.of() : inspected.items();
		return "检测不合格（" + inspected.lab() + "：" + String.join("、", items) + "），检测记录 #" + eventId;
	}
}
