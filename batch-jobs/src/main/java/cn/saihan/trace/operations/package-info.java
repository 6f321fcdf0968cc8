/** What the batch jobs tell the bureau's metrics beyond Spring Batch's own timings. */
package cn.saihan.trace.operations;
