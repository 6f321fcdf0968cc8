package cn.saihan.trace.product;

/** Published inside the adding transaction; listeners that reach outside wait for the commit. */
public record ProductAdded(Product product) {
}
