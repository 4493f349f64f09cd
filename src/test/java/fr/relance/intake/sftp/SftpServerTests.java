package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DropZone;
import fr.relance.support.ids.Finess;

class SftpServerTests {

	static final String CLINIC = Finess.withKey("75000001");

	static final String HOSPITAL = Finess.withKey("67000002");

	@TempDir
	Path temp;

	final KeyPair clinicKey = SftpTestKit.newKey();

	final KeyPair hospitalKey = SftpTestKit.newKey();

	final AtomicReference<PublicKey> hostKeySeen = new AtomicReference<>();

	DropZone drop;

	SftpServer server;

	SshClient client;

	SftpClient clinic;

	@BeforeEach
	void start() throws IOException {
		Path establishments = temp.resolve("establishments");
		SftpTestKit.establishment(establishments, CLINIC, SftpTestKit.keysSection(clinicKey));
		SftpTestKit.establishment(establishments, HOSPITAL, "  user: ch-ried\n" + SftpTestKit.keysSection(hospitalKey));
		drop = new DropZone(temp.resolve("drop"));
		server = newServer();
		server.start();
		client = SftpTestKit.client(hostKeySeen);
		clinic = SftpTestKit.sftp(SftpTestKit.login(client, server.getPort(), CLINIC, clinicKey));
	}

	private SftpServer newServer() {
		return new SftpServer(new EstablishmentDirectory(temp.resolve("establishments")), drop,
				temp.resolve("home/sftp/host-key"), "127.0.0.1", 0);
	}

	@AfterEach
	void stop() throws IOException {
		client.stop();
		server.stop();
	}

	@Test
	void uploadAsPartThenRenameLandsInTheEstablishmentsInFolder() throws IOException {
		write(clinic, "in/ledger-2024-03-01.csv.part", "invoice;amount\nF1;12,50\n");
		clinic.rename("in/ledger-2024-03-01.csv.part", "in/ledger-2024-03-01.csv");

		assertThat(drop.in(CLINIC).resolve("ledger-2024-03-01.csv")).hasContent("invoice;amount\nF1;12,50\n");
		assertThat(drop.in(CLINIC).resolve("ledger-2024-03-01.csv.part")).doesNotExist();
		assertThat(names(clinic, "/in")).containsExactly("ledger-2024-03-01.csv");
	}

	@Test
	void winScpTemporaryNamesWorkLikePart() throws IOException {
		write(clinic, "in/remittance.csv.filepart", "half");
		write(clinic, "in/remittance.csv.filepart", "whole");
		clinic.rename("in/remittance.csv.filepart", "in/remittance.csv");

		assertThat(drop.in(CLINIC).resolve("remittance.csv")).hasContent("whole");
	}

	@Test
	void rootShowsOnlyInAndOut() throws IOException {
		Files.createDirectories(drop.establishmentRoot(CLINIC).resolve("private"));
		Files.writeString(drop.establishmentRoot(CLINIC).resolve("notes.txt"), "engine only");

		assertThat(names(clinic, "/")).containsExactlyInAnyOrder("in", "out");
		assertDenied(() -> read(clinic, "/notes.txt"));
		assertDenied(() -> names(clinic, "/private"));
	}

	@Test
	void cannotReachAnotherEstablishmentsFolder() throws IOException {
		Files.writeString(drop.in(HOSPITAL).resolve("waiting.csv"), "hospital data");
		Files.writeString(drop.out(HOSPITAL).resolve("report.csv"), "hospital report");

		assertDenied(() -> read(clinic, "/../" + HOSPITAL + "/out/report.csv"));
		assertDenied(() -> read(clinic, "../" + HOSPITAL + "/in/waiting.csv"));
		assertDenied(() -> names(clinic, "/in/../../" + HOSPITAL + "/in"));
		assertDenied(() -> write(clinic, "/../" + HOSPITAL + "/in/planted.csv", "x"));
		assertDenied(() -> read(clinic, drop.out(HOSPITAL).toAbsolutePath() + "/report.csv"));
		assertDenied(() -> read(clinic, "/etc/passwd"));
		assertThat(drop.in(HOSPITAL)).isDirectoryContaining(p -> p.getFileName().toString().equals("waiting.csv"));
		assertThat(Files.list(drop.in(HOSPITAL)).count()).isEqualTo(1);
	}

	@Test
	void symbolicLinksPlantedInItsFolderDoNotLeadToTheArchive() throws IOException {
		Path archive = Files.createDirectories(drop.root().resolve(".archive").resolve(CLINIC).resolve("2024-03-01"));
		Files.writeString(archive.resolve("ledger.csv"), "archived bytes");
		Files.createSymbolicLink(drop.out(CLINIC).resolve("archived.csv"), archive.resolve("ledger.csv"));
		Files.createSymbolicLink(drop.in(CLINIC).resolve("archive"), archive);
		Files.createSymbolicLink(drop.establishmentRoot(CLINIC).resolve("quarantine"), drop.root().resolve(".archive"));

		assertDenied(() -> read(clinic, "/out/archived.csv"));
		assertDenied(() -> names(clinic, "/in/archive"));
		assertDenied(() -> read(clinic, "/in/archive/ledger.csv"));
		assertDenied(() -> write(clinic, "/in/archive/planted.csv", "x"));
		assertDenied(() -> names(clinic, "/quarantine"));
		assertThat(names(clinic, "/out")).isEmpty();
		assertThat(names(clinic, "/in")).isEmpty();
		assertThat(archive.resolve("planted.csv")).doesNotExist();
	}

	@Test
	void readsItsReportsInOutButCannotWriteOrDeleteThem() throws IOException {
		Files.writeString(drop.out(CLINIC).resolve("errors-2024-03-01.csv"), "line;reason\n3;bad amount\n");

		assertThat(read(clinic, "/out/errors-2024-03-01.csv")).isEqualTo("line;reason\n3;bad amount\n");
		assertDenied(() -> write(clinic, "/out/errors-2024-03-01.csv", "tampered"));
		assertDenied(() -> write(clinic, "/out/new.csv", "x"));
		assertDenied(() -> clinic.remove("/out/errors-2024-03-01.csv"));
		assertDenied(() -> clinic.rename("/out/errors-2024-03-01.csv", "/in/x.csv"));
		assertThat(drop.out(CLINIC).resolve("errors-2024-03-01.csv")).hasContent("line;reason\n3;bad amount\n");
		assertThat(drop.out(CLINIC).resolve("new.csv")).doesNotExist();
	}

	@Test
	void listsAndDeletesItsWaitingFilesButCannotReadThemBack() throws IOException {
		write(clinic, "/in/b2-mars.txt", "B2 bytes");

		assertThat(names(clinic, "/in")).containsExactly("b2-mars.txt");
		assertDenied(() -> read(clinic, "/in/b2-mars.txt"));
		clinic.remove("/in/b2-mars.txt");
		assertThat(drop.in(CLINIC).resolve("b2-mars.txt")).doesNotExist();
	}

	@Test
	void cannotOverwriteADeliveredFileButMayRewriteAPart() throws IOException {
		write(clinic, "/in/ledger.csv", "first");
		write(clinic, "/in/next.csv.part", "partial");
		write(clinic, "/in/next.csv.part", "complete");
		clinic.rename("/in/next.csv.part", "/in/next.csv");

		assertFails(SftpConstants.SSH_FX_FILE_ALREADY_EXISTS, () -> write(clinic, "/in/ledger.csv", "second"));
		write(clinic, "/in/again.csv.part", "other");
		assertFails(SftpConstants.SSH_FX_FILE_ALREADY_EXISTS,
				() -> clinic.rename("/in/again.csv.part", "/in/next.csv"));
		assertDenied(() -> clinic.rename("/in/ledger.csv", "/in/renamed.csv"));
		assertThat(drop.in(CLINIC).resolve("ledger.csv")).hasContent("first");
		assertThat(drop.in(CLINIC).resolve("next.csv")).hasContent("complete");
	}

	@Test
	void cannotCreateFoldersLinksOrChangePermissions() throws IOException {
		write(clinic, "/in/ledger.csv", "bytes");

		assertDenied(() -> clinic.mkdir("/in/sub"));
		assertDenied(() -> clinic.mkdir("/extra"));
		assertDenied(() -> clinic.symLink("/in/link", "/in/ledger.csv"));
		SftpClient.Attributes mode = new SftpClient.Attributes().perms(0777);
		assertDenied(() -> clinic.setStat("/in/ledger.csv", mode));
		assertDenied(() -> clinic.rmdir("/in"));
		assertThat(drop.in(CLINIC).resolve("sub")).doesNotExist();
		assertThat(drop.in(CLINIC).resolve("link")).doesNotExist();
	}

	@Test
	void aWrongKeyIsRefusedAndLogged() throws IOException {
		assertThatThrownBy(() -> SftpTestKit.login(client, server.getPort(), CLINIC, hospitalKey))
			.isInstanceOf(SshException.class);
		String log = Files.readString(server.connectionLog());

		assertThat(log)
			.containsPattern("login-ok user=" + CLINIC + " finess=" + CLINIC + " from=127\\.0\\.0\\.1:\\d+ key=#1");
		assertThat(log)
			.containsPattern("login-refused user=" + CLINIC + " from=127\\.0\\.0\\.1:\\d+ reason=key-not-accepted");
		// nothing but the fixed grammar: no key, no fingerprint
		assertThat(log.lines()).allMatch(line -> line.matches(
				"\\S+Z (login-ok|login-refused|logout) user=\\S+( finess=\\d{9})? from=[0-9.]+:\\d+( key=#\\d| reason=[a-z-]+)?"));
	}

	@Test
	void anUnknownUserIsRefusedAndLogged() throws IOException {
		assertThatThrownBy(() -> SftpTestKit.login(client, server.getPort(), "root", clinicKey))
			.isInstanceOf(SshException.class);

		assertThat(Files.readString(server.connectionLog()))
			.containsPattern("login-refused user=root from=127\\.0\\.0\\.1:\\d+ reason=unknown-user");
	}

	@Test
	void theLoginNameComesFromTheEstablishmentFile() throws IOException {
		assertThatThrownBy(() -> SftpTestKit.login(client, server.getPort(), HOSPITAL, hospitalKey))
			.isInstanceOf(SshException.class);
		try (SftpClient hospital = SftpTestKit
			.sftp(SftpTestKit.login(client, server.getPort(), "ch-ried", hospitalKey))) {
			write(hospital, "/in/noemie.txt", "noemie");
		}
		assertThat(drop.in(HOSPITAL).resolve("noemie.txt")).hasContent("noemie");
	}

	@Test
	void passwordLoginIsOff() throws IOException {
		ClientSession session = client.connect(CLINIC, "127.0.0.1", server.getPort())
			.verify(SftpTestKit.TIMEOUT)
			.getSession();
		session.addPasswordIdentity("any password");

		assertThatThrownBy(() -> session.auth().verify(SftpTestKit.TIMEOUT)).isInstanceOf(SshException.class);
	}

	@Test
	void aClientOfferingNoKeyIsLoggedWhenItLeaves() throws IOException {
		ClientSession session = client.connect("scanner", "127.0.0.1", server.getPort())
			.verify(SftpTestKit.TIMEOUT)
			.getSession();
		session.addPasswordIdentity("guess");
		assertThatThrownBy(() -> session.auth().verify(SftpTestKit.TIMEOUT)).isInstanceOf(SshException.class);
		session.close();

		// the server learns a login name only with an offered key: here it is unknown
		assertThat(waitForLog("no-key-offered"))
			.containsPattern("login-refused user=- from=127\\.0\\.0\\.1:\\d+ reason=no-key-offered");
	}

	@Test
	void theHostKeyIsTheSameAfterARestart() throws IOException {
		PublicKey first = hostKeySeen.get();
		String fingerprint = server.hostKeyFingerprint();
		clinic.close();
		server.stop();

		server = newServer();
		server.start();
		SftpTestKit.login(client, server.getPort(), CLINIC, clinicKey).close();

		assertThat(hostKeySeen.get()).isEqualTo(first);
		assertThat(server.hostKeyFingerprint()).isEqualTo(fingerprint).startsWith("SHA256:");
	}

	private String waitForLog(String event) throws IOException {
		Path log = server.connectionLog();
		for (int i = 0; i < 100; i++) {
			if (Files.exists(log) && Files.readString(log).contains(event)) {
				break;
			}
			sleep();
		}
		return Files.readString(log);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void write(SftpClient sftp, String path, String content) throws IOException {
		try (OutputStream out = sftp.write(path)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	static String read(SftpClient sftp, String path) throws IOException {
		try (var in = sftp.read(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static List<String> names(SftpClient sftp, String path) throws IOException {
		List<String> names = new ArrayList<>();
		for (SftpClient.DirEntry entry : sftp.readDir(path)) {
			if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
				names.add(entry.getFilename());
			}
		}
		return names;
	}

	interface SftpCall {

		void run() throws IOException;

	}

	static void assertDenied(SftpCall call) {
		assertFails(SftpConstants.SSH_FX_PERMISSION_DENIED, call);
	}

	static void assertFails(int status, SftpCall call) {
		// listing wraps the SFTP error of a later request in an UncheckedIOException
		assertThatThrownBy(call::run).satisfies(thrown -> {
			Throwable e = thrown instanceof java.io.UncheckedIOException ? thrown.getCause() : thrown;
			assertThat(e).isInstanceOf(SftpException.class);
			assertThat(SftpConstants.getStatusName(((SftpException) e).getStatus()))
				.isEqualTo(SftpConstants.getStatusName(status));
		});
	}

}
