/** Chinese full-text search over products, producers and lots, in the database or in Elasticsearch. */
package cn.saihan.trace.search;
