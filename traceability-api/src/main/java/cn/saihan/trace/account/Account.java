package cn.saihan.trace.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored login; the password only as a hash of the configured encoder. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	/** The name as {@link UsernameKey} compares it; unique. */
	private String usernameKey;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long producerId;

	private Instant createdAt;

	protected Account() {
	}

	static Account farmer(String username, String passwordHash, long producerId, Instant now) {
		Account account = new Account();
		account.username = username;
		account.usernameKey = UsernameKey.of(username);
		account.passwordHash = passwordHash;
		account.role = Role.FARMER;
		account.producerId = producerId;
		account.createdAt = now;
		return account;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Long getProducerId() {
		return producerId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
