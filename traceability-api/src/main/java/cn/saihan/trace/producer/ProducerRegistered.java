package cn.saihan.trace.producer;

/** Published inside the registering transaction; listeners that reach outside wait for the commit. */
public record ProducerRegistered(Producer producer) {
}
