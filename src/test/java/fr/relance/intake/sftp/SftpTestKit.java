package fr.relance.intake.sftp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/** Key pairs, establishment files and SFTP clients for the tests, all on loopback. */
final class SftpTestKit {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private SftpTestKit() {
	}

	static KeyPair newKey() {
		try {
			return KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static String publicLine(PublicKey key) {
		return PublicKeyEntry.toString(key) + " test@relance";
	}

	/**
	 * Writes {@code
	 *
	<dir>
	 * /<finess>.yml} with the given SFTP section (YAML lines, already indented).
	 */
	static void establishment(Path dir, String finess, String sftpSection) throws IOException {
		Files.createDirectories(dir);
		String yaml = """
				finess: "%s"
				legalName: "Clinique %s (fictive)"
				sector: private
				ledgerProfile: relance-standard
				ledgerRecordsBankPayments: false
				scenario: private-clinic
				sftp:
				%s
				""".formatted(finess, finess, sftpSection);
		Files.writeString(dir.resolve(finess + ".yml"), yaml, StandardCharsets.UTF_8);
	}

	static String keysSection(KeyPair... keys) {
		return "  publicKeys:\n" + List.of(keys)
			.stream()
			.map(k -> "    - \"" + publicLine(k.getPublic()) + "\"")
			.collect(Collectors.joining("\n"));
	}

	/** A started client that records the host key the server presented. */
	static SshClient client(AtomicReference<PublicKey> seenHostKey) {
		SshClient client = SshClient.setUpDefaultClient();
		client.setServerKeyVerifier((session, address, key) -> {
			seenHostKey.set(key);
			return true;
		});
		client.start();
		return client;
	}

	static ClientSession login(SshClient client, int port, String user, KeyPair key) throws IOException {
		ClientSession session = client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
		session.addPublicKeyIdentity(key);
		session.auth().verify(TIMEOUT);
		return session;
	}

	static SftpClient sftp(ClientSession session) throws IOException {
		return SftpClientFactory.instance().createSftpClient(session);
	}

}
