/** The search re-index: a Spring Batch job that rebuilds the Elasticsearch index from the registry in bulk. */
package cn.saihan.trace.reindex;
