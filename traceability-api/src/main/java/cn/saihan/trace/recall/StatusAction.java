package cn.saihan.trace.recall;

import cn.saihan.trace.lot.LotStatus;

/** What changes a lot's status: a hold, its release, or a recall. */
public enum StatusAction {

	HOLD(LotStatus.HELD), RELEASE(LotStatus.ACTIVE), RECALL(LotStatus.RECALLED);

	private final LotStatus aim;

	StatusAction(LotStatus aim) {
		this.aim = aim;
	}

	/** The status the action gives a lot that nothing else holds. */
	public LotStatus aim() {
		return aim;
	}
}
