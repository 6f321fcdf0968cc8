package cn.saihan.trace.lot;

/** What a compliance certificate's commitment rests on (承诺达标合格证 承诺依据). */
public enum ComplianceBasis {
	/** 委托检测 */
	COMMISSIONED_TEST,
	/** 自我检测 */
	SELF_TEST,
	/** 内部质量控制 */
	INTERNAL_QUALITY_CONTROL,
	/** 自我承诺 */
	SELF_COMMITMENT
}
