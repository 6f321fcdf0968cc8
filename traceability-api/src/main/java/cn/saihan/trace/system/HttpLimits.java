package cn.saihan.trace.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may carry, under {@code trace.http}: anyone may send a body to the public
 * calls (an enrolment), so every body is capped before it is read into memory.
 *
 * @param maxBodySize a JSON or form body at most; larger ones are answered 413 unread
 * @param maxUploadSize a multipart upload (a CSV import) at most
 * @param maxJsonStringLength the longest string in a JSON body (characters)
 * @param maxJsonNestingDepth the deepest nesting of objects and arrays in a JSON body
 * @param maxJsonNumberLength the longest number in a JSON body (digits)
 */
@ConfigurationProperties("trace.http")
record HttpLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("50MB") DataSize maxUploadSize,
		@DefaultValue("100000") int maxJsonStringLength, @DefaultValue("64") int maxJsonNestingDepth,
		@DefaultValue("64") int maxJsonNumberLength) {
}
