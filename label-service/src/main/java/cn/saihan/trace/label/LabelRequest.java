package cn.saihan.trace.label;

/**
 * How many labels to issue; the range is checked against {@code trace.labels.max-count}.
 *
 * @param count the number of labels
 */
record LabelRequest(Integer count) {
}
