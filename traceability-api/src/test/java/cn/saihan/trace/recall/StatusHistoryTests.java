package cn.saihan.trace.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.StatusEvents.Recorded;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.lot.LotStatus;

class StatusHistoryTests {

	private static final Instant AT = Instant.parse("2025-07-20T02:00:00Z");

	@Test
	void aLotHeldByTwoCausesStaysHeldUntilBothAreReleasedAndARecallIsFinal() {
		List<Recorded> recorded = List.of(
				new Recorded(TraceEventType.HELD, new EventDetails.Held("产地抽检", "A"), AT, "bureau"),
				new Recorded(TraceEventType.HELD, new EventDetails.Held("包装卫生", "B"), AT, "farmer1"),
				new Recorded(TraceEventType.RELEASED, new EventDetails.Released("复检合格", "A"), AT, "bureau"),
				new Recorded(TraceEventType.RELEASED, new EventDetails.Released("整改完成", "B"), AT, "bureau"),
				new Recorded(TraceEventType.HELD, new EventDetails.Held("再查", "B"), AT, "bureau"),
				new Recorded(TraceEventType.RECALLED, new EventDetails.Recalled("召回", "A"), AT, "bureau"),
				new Recorded(TraceEventType.RELEASED, new EventDetails.Released("解除 B", "B"), AT, "bureau"));

		List<LotStatusView.Change> history = HoldService.history(recorded, login -> login.toUpperCase());

		assertThat(history).extracting(LotStatusView.Change::status).containsExactly(LotStatus.HELD, LotStatus.HELD,
				LotStatus.HELD, LotStatus.ACTIVE, LotStatus.HELD, LotStatus.RECALLED, LotStatus.RECALLED);
		assertThat(history).extracting(LotStatusView.Change::action).containsExactly(StatusAction.HOLD,
				StatusAction.HOLD, StatusAction.RELEASE, StatusAction.RELEASE, StatusAction.HOLD, StatusAction.RECALL,
				StatusAction.RELEASE);
		assertThat(history.get(1).by()).isEqualTo("FARMER1");
		assertThat(history.get(1).causeLotCode()).isEqualTo("B");
	}

	@Test
	void unreadableDetailsAreShownWithoutReasonOrCause() {
		List<LotStatusView.Change> history = HoldService.history(
				List.of(new Recorded(TraceEventType.HELD, null, AT, "bureau")), login -> login);
		assertThat(history.get(0).status()).isEqualTo(LotStatus.HELD);
		assertThat(history.get(0).reason()).isNull();
	}
}
