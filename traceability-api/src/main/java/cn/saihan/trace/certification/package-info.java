/**
 * The bureau's registry of 三品一标 certifications and the one rule that decides whether a lot
 * counts as certified ({@link cn.saihan.trace.certification.CertificationRule}).
 */
package cn.saihan.trace.certification;
