package cn.saihan.trace.web.system;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;

/**
 * Puts the domain's refusals onto a form, next to the field they name, so the page is shown again
 * with what the user typed and a message in their language. The message codes are
 * {@code domain.<field>} and {@code conflict.<field>} (falling back to {@code domain} and
 * {@code conflict}); the domain's own English text is passed as argument {0} for the fallbacks.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInputException ex) {
		for (FieldProblem problem : ex.problems()) {
			reject(result, "domain", problem.field(), problem.message());
		}
	}

	public static void reject(BindingResult result, ConflictException ex) {
		reject(result, "conflict", ex.field(), ex.getMessage());
	}

	private static void reject(BindingResult result, String code, String field, String message) {
		String property = field == null ? null : field.startsWith("details.") ? field.substring(8) : field;
		Object[] arguments = { message };
		if (property != null && result.getTarget() != null
				&& new BeanWrapperImpl(result.getTarget()).isReadableProperty(property)) {
			result.rejectValue(property, code, arguments, message);
		}
		else {
			result.reject(code, arguments, message);
		}
	}
}
