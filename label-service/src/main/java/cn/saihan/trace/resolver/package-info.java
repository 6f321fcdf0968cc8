/**
 * The resolver: what a phone sees after scanning a label, in HTML or JSON, with a verdict on the
 * label's genuineness. Its HTML is drawn by the {@code ConsumerPages} the application provides (web-ui's
 * designed pages); {@code FallbackConsumerPages} is label-service's minimal stand-in for its own tests.
 * Its paths are public ({@code ResolverAuthorizationRules}) and readable from any origin ({@code ResolverHeaders}).
 */
package cn.saihan.trace.resolver;
