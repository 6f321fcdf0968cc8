package cn.saihan.trace.producer;

/**
 * Published inside the correcting transaction, with the details as they were before; listeners
 * that reach outside wait for the commit.
 */
public record ProducerCorrected(Producer producer, ProducerService.NewProducer before) {
}
