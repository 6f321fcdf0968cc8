/**
 * The bureau's registry of 三品一标 certifications, the one rule that decides whether a lot counts
 * as certified ({@link cn.saihan.trace.certification.CertificationRule}) and the one query of those
 * that lapse soon or have lapsed ({@link cn.saihan.trace.certification.LapsingCertifications}).
 */
package cn.saihan.trace.certification;
