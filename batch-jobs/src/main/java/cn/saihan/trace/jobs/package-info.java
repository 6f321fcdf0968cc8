/** What the batch jobs share: their defaults, the scheduler and the status of any job execution. */
package cn.saihan.trace.jobs;
