package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per login, refused login and logout, to the {@code relance.sftp} logger and
 * appended to a log file:
 * {@code <instant> login-ok user=.. finess=.. from=ip:port key=#n},
 * {@code login-refused user=.. from=.. reason=..}, {@code logout user=.. from=..}. It
 * names keys by their position in the establishment file, never by content.
 */
public final class ConnectionLog implements SessionListener {

	private static final Logger log = LoggerFactory.getLogger("relance.sftp");

	private final Path file;

	private final Clock clock;

	public ConnectionLog(Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	@Override
	public void sessionEvent(Session session, Event event) {
		if (event == Event.Authenticated && session instanceof ServerSession server) {
			KeyAuthenticator.accountOf(server)
				.ifPresent(account -> write("login-ok user=" + clean(account.user()) + " finess=" + account.finess()
						+ " from=" + address(session) + " key=#" + server.getAttribute(KeyAuthenticator.KEY_NUMBER)));
		}
	}

	@Override
	public void sessionClosed(Session session) {
		if (!(session instanceof ServerSession server)) {
			return;
		}
		if (session.isAuthenticated()) {
			write("logout user=" + clean(session.getUsername()) + " from=" + address(session));
		}
		else if (server.getAttribute(KeyAuthenticator.REFUSAL) == null) {
			// a client that offered no key at all (password only, port scanner) is logged
			// when it leaves
			refused(server, session.getUsername(), "no-key-offered");
		}
	}

	void refused(ServerSession session, String user, String reason) {
		write("login-refused user=" + clean(user) + " from=" + address(session) + " reason=" + reason);
	}

	private synchronized void write(String event) {
		String line = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + event;
		log.info(line);
		try {
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			log.warn("cannot append to the SFTP connection log {}: {}", file, e.getMessage());
		}
	}

	private static String address(Session session) {
		SocketAddress address = session.getIoSession().getRemoteAddress();
		if (address instanceof InetSocketAddress inet) {
			return inet.getAddress().getHostAddress() + ":" + inet.getPort();
		}
		return String.valueOf(address);
	}

	/** A login name comes from the network: keep it printable, short and on one line. */
	static String clean(String user) {
		if (user == null || user.isEmpty()) {
			return "-";
		}
		StringBuilder text = new StringBuilder();
		user.codePoints().limit(64).forEach(c -> text.append(c > 0x20 && c < 0x7f ? Character.toString(c) : "?"));
		return text.toString();
	}

}
