package cn.saihan.trace.brand;

import java.time.LocalDate;

/** One status of an advantage zone and the day it began. */
public record ZoneStatusChange(ZoneStatus status, LocalDate since) {
}
