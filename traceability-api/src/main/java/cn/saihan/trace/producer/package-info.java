/** Producers (生产主体): enterprises, cooperatives, family farms and individual farmers. */
package cn.saihan.trace.producer;
