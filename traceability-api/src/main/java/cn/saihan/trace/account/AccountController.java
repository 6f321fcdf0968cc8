package cn.saihan.trace.account;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@RestController
class AccountController {

	private final AccountService service;

	private final Actors actors;

	AccountController(AccountService service, Actors actors) {
		this.service = service;
		this.actors = actors;
	}

	/** The bureau gives a producer its login (the security rules allow only the bureau here). */
	@PostMapping("/api/v1/producers/{producerId}/account")
	ResponseEntity<AccountView> create(@PathVariable long producerId, @Valid @RequestBody NewLogin request) {
		Account account = service.createFarmerLogin(producerId, request.username(), request.password());
		return ResponseEntity.created(URI.create("/api/v1/producers/" + producerId + "/account"))
			.body(AccountView.of(account));
	}

	/** Who am I: lets a page or a script find out the role and producer of its login. */
	@GetMapping("/api/v1/account")
	Actor me() {
		return actors.current();
	}

	@PutMapping("/api/v1/account/password")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange request) {
		service.changePassword(actors.current(), request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	record NewLogin(
			@NotBlank @ValidUsername String username,
			@NotBlank @ValidPassword String password) {
	}

	record PasswordChange(@NotBlank String currentPassword,
			@NotBlank @ValidPassword String newPassword) {
	}

	record AccountView(Long id, String username, Role role, Long producerId, Instant createdAt) {
		static AccountView of(Account account) {
			return new AccountView(account.getId(), account.getUsername(), account.getRole(), account.getProducerId(),
					account.getCreatedAt());
		}
	}
}
