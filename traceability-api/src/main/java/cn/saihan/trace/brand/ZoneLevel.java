package cn.saihan.trace.brand;

/** Who recognises an advantage zone (特色农产品优势区): the district, the region or the nation. */
public enum ZoneLevel {
	DISTRICT, REGION, NATIONAL
}
