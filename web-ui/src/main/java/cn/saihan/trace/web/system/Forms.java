package cn.saihan.trace.web.system;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.system.RefusedException;

/**
 * Submits a form to the domain. The domain checks every rule itself; when it refuses, each reason
 * goes onto the form next to the field it names (or above the form), and the page shows it in the
 * reader's language from the refusal's message code. So a page never checks a rule again to say
 * it in Chinese. A path that names nothing (404) is not the form's fault and goes on to the error page.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs {@code action} unless the form already has errors.
	 *
	 * @return what the action returned, or empty when the form has errors or the domain refused it
	 */
	public static <T> Optional<T> submit(BindingResult form, Supplier<T> action) {
		if (form.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (RefusedException refused) {
			reject(form, refused);
			return Optional.empty();
		}
	}

	/** As above, for an action that returns nothing: whether it was done. */
	public static boolean submit(BindingResult form, Runnable action) {
		return submit(form, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	public static void reject(BindingResult form, RefusedException refused) {
		for (FieldProblem problem : refused.problems()) {
			form.addError(error(form, problem));
		}
	}

	private static ObjectError error(BindingResult form, FieldProblem problem) {
		String code = problem.code() != null ? problem.code() : "domain";
		Object[] arguments = problem.code() != null ? problem.arguments().toArray() : new Object[] { problem.message() };
		String property = property(form, problem.field());
		if (property == null) {
			return new ObjectError(form.getObjectName(), form.resolveMessageCodes(code), arguments, problem.message()) {
				private static final long serialVersionUID = 1L;

				@Override
				public boolean shouldRenderDefaultMessage() {
					return false;
				}
			};
		}
		return new FieldError(form.getObjectName(), property, form.getRawFieldValue(property), false,
				form.resolveMessageCodes(code, property), arguments, problem.message()) {
			private static final long serialVersionUID = 1L;

			// The English default is already worded: shown as it is, not formatted again.
			@Override
			public boolean shouldRenderDefaultMessage() {
				return false;
			}
		};
	}

	/**
	 * The form's property for a field of the request; event details are plain fields of their form,
	 * an entry of a map in the request ({@code byTown.yulin}) is the form's {@code byTown[yulin]}, and
	 * an element of a list ({@code items[2]}) is the one field the form takes the list in.
	 */
	private static String property(BindingResult form, String field) {
		if (field == null || form.getTarget() == null) {
			return null;
		}
		BeanWrapperImpl target = new BeanWrapperImpl(form.getTarget());
		String property = field.startsWith("details.") ? field.substring("details.".length()) : field;
		if (target.isReadableProperty(property)) {
			return property;
		}
		int dot = property.indexOf('.');
		if (dot > 0 && target.isReadableProperty(property.substring(0, dot))
				&& Map.class.isAssignableFrom(target.getPropertyType(property.substring(0, dot)))) {
			return property.substring(0, dot) + "[" + property.substring(dot + 1) + "]";
		}
		String list = property.replaceFirst("\\[\\d+]$", "");
		return target.isReadableProperty(list) ? list : null;
	}
}
