package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DeliveryLimit;
import fr.relance.intake.DropZone;
import fr.relance.intake.sftp.internal.SftpAccount;
import fr.relance.intake.sftp.internal.SftpAccounts;
import fr.relance.support.ids.Finess;

/**
 * {@code relance establishment add | list | disable | enable}, on a temporary
 * establishments folder.
 */
class EstablishmentCommandTests {

	private static final String FINESS = Finess.withKey("13000004");

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void addWritesAFileTheEngineReadsAndCreatesTheDropFoldersAndTheSftpAccount() throws Exception {
		KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		Path keyFile = Files.writeString(home.resolve("clinic.pub"),
				PublicKeyEntry.toString(key.getPublic()) + " clinique@example\n");

		assertThat(cli.run(add("--legal-name", "Clinique \"du Port\" (fictive)", "--sector", "private",
				"--ledger-records-bank-payments", "false", "--city", "Marseille", "--iban",
				"FR7630006000011234567890189", "--invoice-number-pattern", "F\\d{8}", "--sftp", keyFile.toString(),
				"--sftp-user", "port")))
			.isZero();

		assertThat(cli.out()).contains("Establishment " + FINESS + " added",
				"SFTP login port: restart the SFTP server");
		Establishment added = new EstablishmentDirectory(home.resolve("establishments")).find(FINESS).orElseThrow();
		assertThat(added.legalName()).isEqualTo("Clinique \"du Port\" (fictive)");
		assertThat(added.sector()).isEqualTo(Establishment.Sector.PRIVATE);
		assertThat(added.ledgerProfile()).isEqualTo("relance-standard");
		assertThat(added.scenario()).isEqualTo("private-clinic");
		assertThat(added.ledgerRecordsBankPayments()).isFalse();
		assertThat(added.city()).isEqualTo("Marseille");
		assertThat(added.invoiceNumberPattern()).isEqualTo("F\\d{8}");
		assertThat(home.resolve("drop").resolve(FINESS).resolve("in")).isDirectory();
		assertThat(home.resolve("drop").resolve(FINESS).resolve("out")).isDirectory();
		// the embedded SFTP server opens an account with that login and key
		SftpAccount account = SftpAccounts
			.of(new EstablishmentDirectory(home.resolve("establishments")), new DropZone(home.resolve("drop")),
					new DeliveryLimit(1000, 10))
			.find("port")
			.orElseThrow();
		assertThat(account.finess()).isEqualTo(FINESS);
		assertThat(account.keys()).containsExactly(key.getPublic());
		assertThat(home.resolve("logs/operations.log")).content(StandardCharsets.UTF_8)
			.contains("establishment add " + FINESS + " with SFTP login port");

		assertThat(cli.run("establishment", "list", "--establishments", home.resolve("establishments").toString()))
			.isZero();
		assertThat(cli.out()).contains("1 establishment(s)", FINESS + "  enabled   private  Clinique \"du Port\""
				+ " (fictive); profile relance-standard, scenario private-clinic, SFTP login port, 1 key(s)");
	}

	@Test
	void disableStopsItsNightsWithoutTouchingItsFoldersAndEnableBringsItBack() throws Exception {
		assertThat(cli
			.run(add("--legal-name", "Clinique", "--sector", "public", "--ledger-records-bank-payments", "true")))
			.isZero();
		Path inbox = Files.writeString(home.resolve("drop").resolve(FINESS).resolve("in/ledger.csv"), "waiting");

		assertThat(cli.run(place("establishment", "disable", "--finess", FINESS, "--reason", "contract ended")))
			.isZero();

		assertThat(cli.out()).contains("Establishment " + FINESS + " disabled: its nights stop");
		assertThat(new EstablishmentDirectory(home.resolve("establishments")).all()).isEmpty();
		assertThat(home.resolve("establishments/disabled").resolve(FINESS + ".yml")).exists();
		assertThat(inbox).hasContent("waiting");
		assertThat(cli.run(place("establishment", "list"))).isZero();
		assertThat(cli.out()).contains(FINESS + "  disabled  public");
		assertThat(cli.run(place("establishment", "disable", "--finess", FINESS))).isZero();
		assertThat(cli.out()).contains("was disabled already: nothing changed");

		assertThat(cli.run(place("establishment", "enable", "--finess", FINESS))).isZero();
		assertThat(new EstablishmentDirectory(home.resolve("establishments")).find(FINESS)).isPresent();
		assertThat(home.resolve("logs/operations.log")).content(StandardCharsets.UTF_8)
			.contains("establishment disable " + FINESS + ", reason: contract ended", "establishment enable " + FINESS);
	}

	@Test
	void badUsageIsExitTwoAndWritesNothing() throws Exception {
		assertThat(cli.run(place("establishment", "add", "--finess", FINESS))).isEqualTo(2);
		assertThat(cli.err()).contains("establishment add needs --legal-name, --sector, --ledger-profile, --scenario,"
				+ " --ledger-records-bank-payments");
		assertThat(cli.run(add("--legal-name", "X", "--sector", "private", "--ledger-records-bank-payments", "false",
				"--finess", "750000011")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("option --finess is given twice");
		assertThat(cli.run(place("establishment", "add", "--finess", "750000011", "--legal-name", "X", "--sector",
				"private", "--ledger-profile", "relance-standard", "--scenario", "private-clinic",
				"--ledger-records-bank-payments", "false")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("--finess '750000011' is not a valid FINESS number");
		assertThat(cli.run(add("--legal-name", "X", "--sector", "military", "--ledger-records-bank-payments", "false")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("sector", "must be 'private' or 'public', got 'military'");
		assertThat(cli.run(add("--legal-name", "X", "--sector", "private", "--ledger-records-bank-payments", "maybe")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("ledgerRecordsBankPayments", "must be true or false, got 'maybe'");
		assertThat(cli.run(place("establishment", "add", "--finess", FINESS, "--legal-name", "X", "--sector", "private",
				"--ledger-profile", "no-such-profile", "--scenario", "private-clinic", "--ledger-records-bank-payments",
				"false")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("no ledger profile (--ledger-profile) 'no-such-profile'");
		Path notAKey = Files.writeString(home.resolve("key.pub"), "ssh-rsa notbase64 x\n");
		assertThat(cli.run(add("--legal-name", "X", "--sector", "private", "--ledger-records-bank-payments", "false",
				"--sftp", notAKey.toString())))
			.isEqualTo(2);
		assertThat(cli.err()).contains("not an OpenSSH public key line");
		assertThat(cli.run(place("establishment", "disable"))).isEqualTo(2);
		assertThat(cli.err()).contains("--finess F is required");
		assertThat(cli.run(place("establishment", "disable", "--finess", FINESS))).isEqualTo(2);
		assertThat(cli.err()).contains("no establishment " + FINESS);
		assertThat(cli.run(place("establishment", "remove"))).isEqualTo(2);
		assertThat(cli.err()).contains("say 'establishment list'");
		assertThat(home.resolve("establishments")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
				p -> assertThat(p).isEmptyDirectory());

		assertThat(cli.run(add("--legal-name", "X", "--sector", "private", "--ledger-records-bank-payments", "false")))
			.isZero();
		assertThat(cli.run(add("--legal-name", "Y", "--sector", "private", "--ledger-records-bank-payments", "false")))
			.isEqualTo(2);
		assertThat(cli.err()).contains("establishment " + FINESS + " exists already");
	}

	@Test
	void addAsksForTheMissingValuesAndReadsTheAnswersFromStandardInput() throws Exception {
		assertThat(cli.answering("Clinique des Pins (fictive)\nprivate\nrelance-standard\nprivate-clinic\nfalse\n",
				place("establishment", "add", "--finess", FINESS, "--city", "Nice")))
			.isZero();

		assertThat(cli.err()).contains("legal-name: ", "sector (private|public): ", "ledger-profile", "scenario",
				"ledger-records-bank-payments (true|false): ");
		Establishment added = new EstablishmentDirectory(home.resolve("establishments")).find(FINESS).orElseThrow();
		assertThat(added.legalName()).isEqualTo("Clinique des Pins (fictive)");
		assertThat(added.sector()).isEqualTo(Establishment.Sector.PRIVATE);
		assertThat(added.ledgerProfile()).isEqualTo("relance-standard");
		assertThat(added.scenario()).isEqualTo("private-clinic");
		assertThat(added.ledgerRecordsBankPayments()).isFalse();
		assertThat(added.city()).isEqualTo("Nice");
		assertThat(home.resolve("drop").resolve(FINESS).resolve("in")).isDirectory();
	}

	@Test
	void aBadAnswerIsAskedAgainAndThreeAreRefused() throws Exception {
		assertThat(cli.answering("750000011\n" + FINESS + "\nClinique\nmilitaire\n\npublic\nrelance-standard\n"
				+ "public-hospital\ntrue\n", place("establishment", "add")))
			.isZero();

		assertThat(cli.err()).contains("'750000011' is not a valid FINESS number (9 characters, Luhn key); again:",
				"'militaire' is not a sector: private or public; again:", "a value is required; again:");
		Establishment added = new EstablishmentDirectory(home.resolve("establishments")).find(FINESS).orElseThrow();
		assertThat(added.sector()).isEqualTo(Establishment.Sector.PUBLIC);
		assertThat(added.ledgerRecordsBankPayments()).isTrue();

		String other = Finess.withKey("13000012");
		assertThat(
				cli.answering("Clinique\nmilitary\nprive\nPRIVATE\n", place("establishment", "add", "--finess", other)))
			.isEqualTo(2);
		assertThat(cli.err())
			.contains("relance: --sector: 'PRIVATE' is not a sector: private or public (3 answers" + " refused)");
		assertThat(cli.answering("Clinique\nprivate\nrelance-standard\n",
				place("establishment", "add", "--finess", other)))
			.isEqualTo(2);
		assertThat(cli.err()).contains("establishment add needs --scenario, --ledger-records-bank-payments");
		assertThat(home.resolve("establishments").resolve(other + ".yml")).doesNotExist();
	}

	private String[] add(String... options) {
		List<String> all = new ArrayList<>(List.of("establishment", "add", "--finess", FINESS, "--ledger-profile",
				"relance-standard", "--scenario", "private-clinic"));
		all.addAll(Arrays.asList(options));
		return place(all.toArray(String[]::new));
	}

	private String[] place(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--home", home.toString(), "--jobs", "jobs", "--establishments",
				home.resolve("establishments").toString()));
		return all.toArray(String[]::new);
	}

}
