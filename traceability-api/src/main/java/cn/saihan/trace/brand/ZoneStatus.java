package cn.saihan.trace.brand;

/** Where an advantage zone stands: planned, being created, or recognised. */
public enum ZoneStatus {
	PLANNED, CREATING, RECOGNISED
}
