package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.intake.DropZone;
import fr.relance.support.ids.Finess;

/**
 * A second SSH server plays the establishment's own SFTP server; the engine pulls from
 * its outbox.
 */
class RemotePullTests {

	static final String CLINIC = Finess.withKey("75000001");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-02T01:30:00Z"), ZoneOffset.UTC);

	static final String LEDGER = "invoice;amount\nF1;12,50\n";

	@TempDir
	Path temp;

	final KeyPair engineKey = SftpTestKit.newKey();

	SshServer remote;

	Path outbox;

	DropZone drop;

	Establishment clinic;

	@BeforeEach
	void startRemote() throws IOException, GeneralSecurityException {
		outbox = Files.createDirectories(temp.resolve("remote/outbox"));
		remote = SshServer.setUpDefaultServer();
		remote.setHost("127.0.0.1");
		remote.setPort(0);
		remote.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(temp.resolve("remote-host-key")));
		remote.setPublickeyAuthenticator(
				(user, key, session) -> user.equals("relance") && KeyUtils.compareKeys(key, engineKey.getPublic()));
		remote.setFileSystemFactory(new VirtualFileSystemFactory(temp.resolve("remote")));
		remote.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		remote.start();
		drop = new DropZone(temp.resolve("drop"));
		clinic = establishment(knownHosts(remote.getKeyPairProvider().loadKeys(null).iterator().next()));
	}

	@AfterEach
	void stopRemote() throws IOException {
		remote.stop(true);
	}

	@Test
	void pullsFilesRecordsTheirHashesThenDeletesThemRemotely() throws IOException {
		Files.writeString(outbox.resolve("ledger-0301.csv"), LEDGER);
		Files.writeString(outbox.resolve("noemie-0301.txt"), "NOEMIE");
		Files.writeString(outbox.resolve("b2-0301.txt.part"), "half");
		Files.writeString(outbox.resolve(".lock"), "");

		PullReport report = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(report.error()).isEmpty();
		assertThat(report.pulled()).containsExactly(
				new PulledFile("ledger-0301.csv", 24, sha256(LEDGER), "/outbox/ledger-0301.csv"),
				new PulledFile("noemie-0301.txt", 6, sha256("NOEMIE"), "/outbox/noemie-0301.txt"));
		assertThat(report.skipped()).containsExactly(".lock: hidden file",
				"b2-0301.txt.part: upload in progress on the remote");
		assertThat(inFolder()).containsExactly("ledger-0301.csv", "noemie-0301.txt");
		assertThat(drop.in(CLINIC).resolve("ledger-0301.csv")).hasContent(LEDGER);
		assertThat(remoteFiles()).containsExactly(".lock", "b2-0301.txt.part");
		assertThat(ledgerLines()).hasSize(2);
		assertThat(ledgerLines().get(0)).startsWith("2024-03-02T01:30:00Z\t")
			.endsWith("\t" + sha256(LEDGER) + "\t24\tledger-0301.csv\t/outbox/ledger-0301.csv");
	}

	@Test
	void aCrashAfterDeliveryButBeforeRemoteDeletionIsNotPulledTwice() throws IOException {
		Files.writeString(outbox.resolve("ledger-0301.csv"), LEDGER);
		PullReport crashed = new RemotePull(CLOCK, crashAt("delivered")).pull(clinic, drop);
		assertThat(crashed.failed()).isTrue();
		assertThat(remoteFiles()).containsExactly("ledger-0301.csv");
		// the intake of that night took the file away before the next pull
		Files.move(drop.in(CLINIC).resolve("ledger-0301.csv"), temp.resolve("archived.csv"));

		PullReport next = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(next.pulled()).isEmpty();
		assertThat(next.alreadyPulled()).containsExactly("ledger-0301.csv");
		assertThat(inFolder()).isEmpty();
		assertThat(remoteFiles()).isEmpty();
		assertThat(ledgerLines()).hasSize(1);
	}

	@Test
	void aCrashAfterRecordingButBeforeRenamingDeliversTheFileOnceOnTheNextPull() throws IOException {
		Files.writeString(outbox.resolve("ledger-0301.csv"), LEDGER);
		new RemotePull(CLOCK, crashAt("recorded")).pull(clinic, drop);
		assertThat(inFolder()).singleElement().asString().matches("ledger-0301\\.csv\\.[0-9a-f]{12}\\.pull\\.part");

		PullReport next = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(next.pulled()).extracting(PulledFile::name).containsExactly("ledger-0301.csv");
		assertThat(next.alreadyPulled()).containsExactly("ledger-0301.csv");
		assertThat(inFolder()).containsExactly("ledger-0301.csv");
		assertThat(drop.in(CLINIC).resolve("ledger-0301.csv")).hasContent(LEDGER);
		assertThat(remoteFiles()).isEmpty();
		assertThat(ledgerLines()).hasSize(1);
	}

	@Test
	void aDownloadInterruptedBeforeRecordingIsThrownAwayAndTakenAgain() throws IOException {
		Files.writeString(outbox.resolve("ledger-0301.csv"), LEDGER);
		Files.createDirectories(drop.in(CLINIC));
		Files.writeString(drop.in(CLINIC).resolve("ledger-0301.csv.0123456789ab.pull.part"), "invoice;am");

		PullReport report = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(report.pulled()).extracting(PulledFile::name).containsExactly("ledger-0301.csv");
		assertThat(inFolder()).containsExactly("ledger-0301.csv");
		assertThat(drop.in(CLINIC).resolve("ledger-0301.csv")).hasContent(LEDGER);
	}

	@Test
	void aNameStillWaitingForIntakeIsLeftOnTheRemote() throws IOException {
		Files.createDirectories(drop.in(CLINIC));
		Files.writeString(drop.in(CLINIC).resolve("ledger.csv"), "yesterday");
		Files.writeString(outbox.resolve("ledger.csv"), LEDGER);

		PullReport report = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(report.skipped()).containsExactly("ledger.csv: in/ledger.csv is still waiting for intake");
		assertThat(inFolder()).containsExactly("ledger.csv");
		assertThat(drop.in(CLINIC).resolve("ledger.csv")).hasContent("yesterday");
		assertThat(remoteFiles()).containsExactly("ledger.csv");
	}

	@Test
	void aServerWhoseHostKeyIsNotPinnedIsNotTrusted() throws IOException {
		Files.writeString(outbox.resolve("ledger-0301.csv"), LEDGER);
		clinic = establishment(knownHosts(SftpTestKit.newKey()));

		PullReport report = new RemotePull(CLOCK).pull(clinic, drop);

		assertThat(report.failed()).isTrue();
		assertThat(report.error().orElseThrow()).startsWith("127.0.0.1:" + remote.getPort() + ": ");
		assertThat(inFolder()).isEmpty();
		assertThat(remoteFiles()).containsExactly("ledger-0301.csv");
	}

	@Test
	void anEstablishmentWithoutRemoteIsNotPulled() throws IOException {
		Establishment noRemote = new Establishment(CLINIC, "Clinique", Sector.PRIVATE, List.of(), null, null, null,
				null, null, null, "relance-standard", "private-clinic", new Sftp(CLINIC, List.of(), Optional.empty()),
				false);

		PullReport report = new RemotePull(CLOCK).pull(noRemote, drop);

		assertThat(report.configured()).isFalse();
		assertThat(report.pulled()).isEmpty();
		assertThat(drop.root()).doesNotExist();
	}

	private Establishment establishment(String knownHosts) throws IOException {
		Path hosts = Files.writeString(temp.resolve("known_hosts"), knownHosts);
		Path privateKey = temp.resolve("engine-key");
		try (OutputStream out = Files.newOutputStream(privateKey)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(engineKey, "relance", null, out);
		}
		catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
		Pull pull = new Pull("127.0.0.1", remote.getPort(), "relance", "/outbox", privateKey.toString(),
				hosts.toString());
		return new Establishment(CLINIC, "Clinique", Sector.PRIVATE, List.of(), null, null, null, null, null, null,
				"relance-standard", "private-clinic", new Sftp(CLINIC, List.of(), Optional.of(pull)), false);
	}

	private String knownHosts(KeyPair hostKey) {
		return "[127.0.0.1]:" + remote.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
	}

	private static Consumer<String> crashAt(String step) {
		return reached -> {
			if (reached.equals(step)) {
				throw new IllegalStateException("simulated crash after " + step);
			}
		};
	}

	private List<String> inFolder() throws IOException {
		return list(drop.in(CLINIC));
	}

	private List<String> remoteFiles() throws IOException {
		return list(outbox);
	}

	private static List<String> list(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private List<String> ledgerLines() throws IOException {
		return Files.readAllLines(RemotePull.ledgerFile(drop, CLINIC));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
