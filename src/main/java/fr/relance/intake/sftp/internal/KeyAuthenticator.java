package fr.relance.intake.sftp.internal;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key login against the keys of the establishment whose {@code sftp.user} is the
 * login name. Remembers on the session which account and which key (its position in the
 * establishment file) logged in, for the connection log; every refused key is logged at
 * once.
 */
public final class KeyAuthenticator implements PublickeyAuthenticator {

	static final AttributeKey<SftpAccount> ACCOUNT = new AttributeKey<>();

	static final AttributeKey<Integer> KEY_NUMBER = new AttributeKey<>();

	static final AttributeKey<String> REFUSAL = new AttributeKey<>();

	private final SftpAccounts accounts;

	private final ConnectionLog connections;

	public KeyAuthenticator(SftpAccounts accounts, ConnectionLog connections) {
		this.accounts = accounts;
		this.connections = connections;
	}

	@Override
	public boolean authenticate(String username, PublicKey key, ServerSession session) {
		Optional<SftpAccount> account = accounts.find(username);
		if (account.isEmpty()) {
			return refuse(session, username, "unknown-user");
		}
		List<PublicKey> keys = account.get().keys();
		for (int i = 0; i < keys.size(); i++) {
			if (KeyUtils.compareKeys(keys.get(i), key)) {
				session.setAttribute(ACCOUNT, account.get());
				session.setAttribute(KEY_NUMBER, i + 1);
				return true;
			}
		}
		return refuse(session, username, "key-not-accepted");
	}

	/**
	 * Each refused key is logged when refused: a client may keep its connection open and
	 * try others.
	 */
	private boolean refuse(ServerSession session, String username, String reason) {
		session.setAttribute(REFUSAL, reason);
		connections.refused(session, username, reason);
		return false;
	}

	/** The account a session logged in as; empty before a successful login. */
	static Optional<SftpAccount> accountOf(ServerSession session) {
		return Optional.ofNullable(session.getAttribute(ACCOUNT));
	}

}
