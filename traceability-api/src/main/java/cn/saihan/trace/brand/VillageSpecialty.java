package cn.saihan.trace.brand;

/** A village's designated specialty product (一村一品). */
public record VillageSpecialty(String townCode, String village, String productCode) {
}
