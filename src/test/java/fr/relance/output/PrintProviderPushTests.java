package fr.relance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.establishment.LetterSettings;
import fr.relance.output.letters.LetterBuilder;
import fr.relance.output.letters.LetterFiles;
import fr.relance.output.letters.LettersEmitter;
import fr.relance.output.letters.PrintPush;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The print files of a night go to the establishment's print provider over SFTP (an
 * in-process SSH server plays it): complete files under their final names, once, and
 * after a failure on the next night without being rendered again.
 */
@EngineTest
class PrintProviderPushTests {

	/** The care date of every invoice: no document may print it. */
	private static final LocalDate CARE = LocalDate.of(2026, 7, 1);

	static final LocalDate NIGHT = LocalDate.of(2035, 4, 4);

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	LetterBuilder builder;

	@Autowired
	LetterFiles files;

	@TempDir
	Path temp;

	final KeyPair engineKey = newKey();

	SshServer provider;

	Path inbox;

	Path knownHosts;

	World world;

	@BeforeEach
	void startProvider() throws IOException, GeneralSecurityException {
		inbox = Files.createDirectories(temp.resolve("provider/depot"));
		provider = SshServer.setUpDefaultServer();
		provider.setHost("127.0.0.1");
		provider.setPort(0);
		provider.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(temp.resolve("provider-host-key")));
		provider.setPublickeyAuthenticator(
				(user, key, session) -> user.equals("clinique") && KeyUtils.compareKeys(key, engineKey.getPublic()));
		provider.setFileSystemFactory(new VirtualFileSystemFactory(temp.resolve("provider")));
		provider.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		provider.start();
		Path privateKey = temp.resolve("engine-key");
		try (OutputStream out = Files.newOutputStream(privateKey)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(engineKey, "relance", null, out);
		}
		knownHosts = temp.resolve("known_hosts");
		pinHostKey(provider.getKeyPairProvider().loadKeys(null).iterator().next());
		world = World.clinic(jdbi, NIGHT.minusDays(1));
		world.letters(new LetterSettings(List.of(), Optional.empty(), Optional.empty(), false, OptionalInt.empty(),
				Optional.of(new Pull("127.0.0.1", provider.getPort(), "clinique", "/depot", privateKey.toString(),
						knownHosts.toString()))));
		Patient anne = world.patient("P-0001").named("Anne", "Martin").livingAt("12 rue des Lilas", "75011", "Paris");
		anne.invoice("F-P-0001", NIGHT.minusDays(40)).issued(NIGHT.minusDays(60)).caredOn(CARE).patientPart("84.20");
	}

	@AfterEach
	void stopProvider() throws IOException {
		provider.stop(true);
	}

	private void pinHostKey(KeyPair hostKey) throws IOException {
		Files.writeString(knownHosts,
				"[127.0.0.1]:" + provider.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
	}

	private List<String> depot() throws IOException {
		try (Stream<Path> files = Files.list(inbox)) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
	}

	private List<Map<String, Object>> pushes() {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT p.attempts, p.last_error, p.pushed_at, p.remote_path, b.file_path, b.index_path
				FROM print_push p JOIN output_batch b ON b.id = p.output_batch_id WHERE p.finess = :f""")
			.bind("f", world.finess)
			.mapToMap()
			.list());
	}

	private OutputNight nightWith(PrintPush push) {
		return new OutputNight(jdbi, transactionManager,
				List.of(new LettersEmitter(builder, files, java.time.ZoneId.of("Europe/Paris"), 1000, push)),
				new EmissionProtocol(jdbi, transactionManager));
	}

	@Test
	void theNightsPrintFileAndItsIndexArriveCompleteAndOnlyOnce() throws Exception {
		dunning.decide(world.finess, NIGHT);

		EstablishmentOutput done = output.emit(world.establishment, NIGHT);

		assertThat(done.emitted()).isEqualTo(1);
		assertThat(done.alerts()).isEmpty();
		Path file = done.files().get(0);
		Path index = LetterFiles.index(new BatchPart(world.finess, BatchKind.LETTERS, NIGHT, 1, file, List.of()));
		assertThat(depot()).containsExactly(index.getFileName().toString(), file.getFileName().toString());
		assertThat(Files.mismatch(file, inbox.resolve(file.getFileName()))).isEqualTo(-1L);
		assertThat(Files.mismatch(index, inbox.resolve(index.getFileName()))).isEqualTo(-1L);
		assertThat(pushes()).singleElement().satisfies((p) -> {
			assertThat(p.get("pushed_at")).isNotNull();
			assertThat(p.get("attempts")).isEqualTo(1);
			assertThat(p.get("remote_path")).isEqualTo("/depot/" + file.getFileName());
		});

		// the provider takes its files; a rerun of the night (and the next night) sends
		// nothing again
		for (String taken : depot()) {
			Files.delete(inbox.resolve(taken));
		}
		assertThat(output.emit(world.establishment, NIGHT).alerts()).isEmpty();
		dunning.decide(world.finess, NIGHT.plusDays(1));
		assertThat(output.emit(world.establishment, NIGHT.plusDays(1)).alerts()).isEmpty();
		assertThat(depot()).isEmpty();
		assertThat(pushes()).singleElement().satisfies((p) -> assertThat(p.get("attempts")).isEqualTo(1));
	}

	@Test
	void aProviderThatCannotBeReachedIsAlertedAndServedTheSameFileTheNextNight() throws Exception {
		pinHostKey(newKey());
		dunning.decide(world.finess, NIGHT);

		EstablishmentOutput done = output.emit(world.establishment, NIGHT);

		assertThat(done.emitted()).isEqualTo(1);
		assertThat(done.alerts()).singleElement()
			.asString()
			.startsWith("1 print files not pushed to the print provider (127.0.0.1:" + provider.getPort() + ": ")
			.endsWith("); pushed again next night");
		assertThat(depot()).isEmpty();
		assertThat(pushes()).singleElement().satisfies((p) -> {
			assertThat(p.get("pushed_at")).isNull();
			assertThat(p.get("attempts")).isEqualTo(1);
			assertThat((String) p.get("last_error")).startsWith("127.0.0.1:" + provider.getPort());
		});
		Path file = done.files().get(0);
		FileTime written = Files.getLastModifiedTime(file);
		byte[] bytes = Files.readAllBytes(file);

		pinHostKey(provider.getKeyPairProvider().loadKeys(null).iterator().next());
		EstablishmentOutput next = output.emit(world.establishment, NIGHT.plusDays(1));

		assertThat(next.alerts()).isEmpty();
		assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
		assertThat(Files.readAllBytes(inbox.resolve(file.getFileName()))).isEqualTo(bytes);
		assertThat(pushes()).singleElement().satisfies((p) -> {
			assertThat(p.get("pushed_at")).isNotNull();
			assertThat(p.get("attempts")).isEqualTo(2);
			assertThat(p.get("last_error")).isNull();
		});
	}

	@Test
	void aPushStoppedBeforeItWasRecordedLeavesOneCompleteCopyAfterTheRerun() throws Exception {
		dunning.decide(world.finess, NIGHT);
		OutputNight killed = nightWith(new PrintPush(jdbi, (file) -> {
			throw new IllegalStateException("killed after the upload");
		}));

		EstablishmentOutput stopped = killed.emit(world.establishment, NIGHT);

		assertThat(stopped.alerts()).singleElement().asString().contains("killed after the upload");
		assertThat(pushes()).singleElement().satisfies((p) -> assertThat(p.get("pushed_at")).isNull());
		Path file = stopped.files().get(0);

		assertThat(output.emit(world.establishment, NIGHT).alerts()).isEmpty();

		assertThat(depot()).hasSize(2).noneMatch((name) -> name.endsWith(".part"));
		assertThat(Files.mismatch(file, inbox.resolve(file.getFileName()))).isEqualTo(-1L);
		assertThat(pushes()).singleElement().satisfies((p) -> assertThat(p.get("pushed_at")).isNotNull());
	}

	private static KeyPair newKey() {
		try {
			return KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
