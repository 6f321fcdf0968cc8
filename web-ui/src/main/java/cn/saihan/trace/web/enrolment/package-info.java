/** The page where a producer asks to be registered, with the login it wants. */
package cn.saihan.trace.web.enrolment;
