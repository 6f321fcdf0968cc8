package cn.saihan.trace.web.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.RefusedException;

/**
 * Texts in the reader's language for handlers that answer with a notice or a report rather than a
 * form: the domain's refusal (or one problem of it) by its message code, or a page text by its key.
 */
@Component
public class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Why the domain refused, in the reader's language (the first reason; most refusals have one). */
	public String of(RefusedException refused) {
		return messages.getMessage(refused.problem().resolvable(), LocaleContextHolder.getLocale());
	}

	/** One problem in the reader's language: by its code, or as stored where it has none. */
	public String of(FieldProblem problem) {
		return messages.getMessage(problem.resolvable(), LocaleContextHolder.getLocale());
	}

	public String of(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
