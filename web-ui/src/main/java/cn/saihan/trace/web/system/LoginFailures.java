package cn.saihan.trace.web.system;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import cn.saihan.trace.enrolment.EnrolmentService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed sign-in on the page. A producer who applied with this name and password cannot sign in
 * until the bureau approves: it is told so instead of "wrong password". Anyone else hears only that
 * the name or password is wrong, so the page never tells which names exist.
 */
@Component
class LoginFailures extends SimpleUrlAuthenticationFailureHandler {

	private final EnrolmentService enrolments;

	LoginFailures(EnrolmentService enrolments) {
		super("/login?error");
		this.enrolments = enrolments;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		boolean waiting = failure instanceof BadCredentialsException
				&& enrolments.awaitsDecision(request.getParameter("username"), request.getParameter("password"));
		super.onAuthenticationFailure(request, response, waiting ? new AwaitingApproval(failure) : failure);
	}

	/** The name and password of an application the bureau has not decided yet. */
	static final class AwaitingApproval extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		AwaitingApproval(AuthenticationException cause) {
			super("The application with this login awaits the bureau's decision", cause);
		}
	}
}
