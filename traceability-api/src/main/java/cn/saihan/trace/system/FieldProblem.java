package cn.saihan.trace.system;

/** One bad field of a request, as listed in the {@code errors} array of a problem. */
public record FieldProblem(String field, String message) {
}
