package cn.saihan.trace.recall;

/** The body of a hold, release or recall; the reason's rules are the service's, so pages meet them too. */
record StatusRequest(String reason) {
}
