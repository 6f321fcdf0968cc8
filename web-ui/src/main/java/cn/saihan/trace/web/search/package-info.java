/** The search page anyone may use: products, producers and lots by name, code, town or plot. */
package cn.saihan.trace.web.search;
