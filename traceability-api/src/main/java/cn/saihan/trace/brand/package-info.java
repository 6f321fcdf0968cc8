/**
 * Brands (品牌): regional public brands with their origin areas and the licences under which
 * producers use them, enterprise brands of one producer, and {@link cn.saihan.trace.brand.BrandRule},
 * the one place that decides which brands a lot bears.
 */
package cn.saihan.trace.brand;
