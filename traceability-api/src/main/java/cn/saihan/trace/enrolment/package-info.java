/**
 * Enrolment (主体注册申请): a farmer, cooperative or enterprise asks to be registered and names the
 * login it wants; the bureau, which keeps the registry, approves or rejects the request.
 */
package cn.saihan.trace.enrolment;
