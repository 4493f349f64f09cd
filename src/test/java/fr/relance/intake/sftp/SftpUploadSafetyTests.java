package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DropZone;
import fr.relance.support.ids.Finess;

/**
 * Issue #23 items 6, 7 and 16 on the embedded server: uploads appear under their name
 * only once complete, writes are bounded by the account's size limit and file count, and
 * the key types the documentation lists log in.
 */
class SftpUploadSafetyTests {

	static final String CLINIC = Finess.withKey("75000003");

	@TempDir
	Path temp;

	final KeyPair key = SftpTestKit.newKey();

	DropZone drop;

	SftpServer server;

	SshClient client;

	@BeforeEach
	void start() throws IOException {
		SftpTestKit.establishment(temp.resolve("establishments"), CLINIC,
				SftpTestKit.keysSection(key) + "\n  maxFileSize: 1KB\n  maxFilesPerNight: 3");
		drop = new DropZone(temp.resolve("drop"));
		server = new SftpServer(new EstablishmentDirectory(temp.resolve("establishments")), drop,
				temp.resolve("home/sftp/host-key"), "127.0.0.1", 0);
		server.start();
		client = SftpTestKit.client(new AtomicReference<>());
	}

	@AfterEach
	void stop() throws IOException {
		client.stop();
		server.stop();
	}

	@Test
	void anUploadUnderItsFinalNameAppearsOnlyWhenTheClientClosesIt() throws Exception {
		try (SftpClient sftp = SftpTestKit.sftp(SftpTestKit.login(client, server.getPort(), CLINIC, key))) {
			SftpClient.Handle handle = sftp.open("in/ledger.csv", OpenMode.Write, OpenMode.Create);
			sftp.write(handle, 0, "first half;".getBytes(StandardCharsets.UTF_8));

			assertThat(in()).doesNotContain("ledger.csv")
				.singleElement()
				.satisfies(name -> assertThat(name).startsWith("ledger.csv.").endsWith(".part"));

			sftp.write(handle, 11, "second half".getBytes(StandardCharsets.UTF_8));
			sftp.close(handle);
		}

		assertThat(in()).containsExactly("ledger.csv");
		assertThat(drop.in(CLINIC).resolve("ledger.csv")).hasContent("first half;second half");
	}

	@Test
	void anUploadCutOffMidwayKeepsItsTemporaryNameAndIsNeverTaken() throws Exception {
		ClientSession session = SftpTestKit.login(client, server.getPort(), CLINIC, key);
		SftpClient sftp = SftpTestKit.sftp(session);
		SftpClient.Handle handle = sftp.open("in/cut.csv", OpenMode.Write, OpenMode.Create);
		sftp.write(handle, 0, "only the start".getBytes(StandardCharsets.UTF_8));

		session.close(true); // the connection drops: the handle is never closed by the
								// client

		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (server.openSessions() > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(in()).doesNotContain("cut.csv")
			.singleElement()
			.satisfies(name -> assertThat(name).startsWith("cut.csv.").endsWith(".part"));
	}

	@Test
	void aWriteEndingPastTheAccountsSizeLimitIsRefusedWhateverItsOffset() throws Exception {
		try (SftpClient sftp = SftpTestKit.sftp(SftpTestKit.login(client, server.getPort(), CLINIC, key))) {
			SftpClient.Handle handle = sftp.open("in/sparse.csv.part", OpenMode.Write, OpenMode.Create);
			sftp.write(handle, 0, new byte[1000]);
			assertThatThrownBy(() -> sftp.write(handle, 1L << 44, new byte[1])).isInstanceOf(SftpException.class);
			assertThatThrownBy(() -> sftp.write(handle, 1000, new byte[25])).isInstanceOf(SftpException.class);
			sftp.write(handle, 1000, new byte[24]);
			sftp.close(handle);
		}

		assertThat(Files.size(drop.in(CLINIC).resolve("sparse.csv.part"))).isEqualTo(1024);
	}

	@Test
	void aNewFileIsRefusedOnceTheNightsNumberOfFilesIsWaiting() throws Exception {
		try (SftpClient sftp = SftpTestKit.sftp(SftpTestKit.login(client, server.getPort(), CLINIC, key))) {
			for (String name : List.of("a.csv", "b.csv", "c.csv.part")) {
				try (var out = sftp.write("in/" + name)) {
					out.write('x');
				}
			}

			assertThatThrownBy(() -> sftp.open("in/d.csv", OpenMode.Write, OpenMode.Create))
				.isInstanceOf(SftpException.class)
				.extracting(e -> ((SftpException) e).getStatus())
				.isEqualTo(SftpConstants.SSH_FX_PERMISSION_DENIED);
			// a waiting upload can still be completed
			try (var out = sftp.write("in/c.csv.part", OpenMode.Write, OpenMode.Append)) {
				out.write('y');
			}
			sftp.rename("in/c.csv.part", "in/c.csv");
		}

		assertThat(in()).containsExactly("a.csv", "b.csv", "c.csv");
	}

	@Test
	void theKeyTypesTheDocumentationListsLogIn() throws Exception {
		List<KeyPair> keys = List.of(generate(KeyPairProvider.SSH_ED25519, 256),
				generate(KeyPairProvider.SSH_RSA, 2048), generate(KeyPairProvider.ECDSA_SHA2_NISTP256, 256),
				generate(KeyPairProvider.ECDSA_SHA2_NISTP384, 384), generate(KeyPairProvider.ECDSA_SHA2_NISTP521, 521));
		KeyPair dsa = generate(KeyPairProvider.SSH_DSS, 1024);
		String finess = Finess.withKey("75000004");
		SftpTestKit.establishment(temp.resolve("establishments"), finess,
				SftpTestKit.keysSection(Stream.concat(keys.stream(), Stream.of(dsa)).toArray(KeyPair[]::new)));
		try (SftpServer withKeys = new SftpServer(new EstablishmentDirectory(temp.resolve("establishments")), drop,
				temp.resolve("home/sftp/host-key"), "127.0.0.1", 0)) {
			withKeys.start();
			for (KeyPair each : keys) {
				try (ClientSession session = SftpTestKit.login(client, withKeys.getPort(), finess, each)) {
					assertThat(session.isAuthenticated()).as(KeyUtils.getKeyType(each)).isTrue();
				}
			}
			// listed in the establishment file, a DSA key still cannot log in (OpenSSH
			// dropped DSA too)
			assertThatThrownBy(() -> SftpTestKit.login(client, withKeys.getPort(), finess, dsa).close())
				.as("ssh-dss is not accepted")
				.isInstanceOf(IOException.class);
		}
	}

	private static KeyPair generate(String type, int bits) throws GeneralSecurityException {
		return KeyUtils.generateKeyPair(type, bits);
	}

	private List<String> in() throws IOException {
		try (Stream<Path> files = Files.list(drop.in(CLINIC))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

}
