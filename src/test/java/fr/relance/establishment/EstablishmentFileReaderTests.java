package fr.relance.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.establishment.internal.EstablishmentFileReader;
import fr.relance.support.config.ConfigException;
import fr.relance.support.ids.Finess;

/**
 * The payment settings of an establishment file: one required with no default, one
 * optional and checked.
 */
class EstablishmentFileReaderTests {

	private static final String BASE = """
			finess: "750000010"
			legalName: "Clinique (fictive)"
			sector: private
			ledgerProfile: relance-standard
			scenario: private-clinic
			""";

	private static Path write(Path dir, String yaml) throws Exception {
		Path file = dir.resolve("750000010.yml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aFileWithoutLedgerRecordsBankPaymentsIsRefusedWithBothValuesExplained(@TempDir Path dir) throws Exception {
		Path file = write(dir, BASE);

		assertThatThrownBy(() -> EstablishmentFileReader.read(file)).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("750000010.yml line 1, ledgerRecordsBankPayments: is required")
			.hasMessageContaining("true when the establishment's ledger also records the patient payments")
			.hasMessageContaining("false when the ledger's paid amounts are its cash desk only")
			.hasMessageContaining("counted twice");
	}

	@Test
	void ledgerRecordsBankPaymentsMustBeTrueOrFalse(@TempDir Path dir) throws Exception {
		Path file = write(dir, BASE + "ledgerRecordsBankPayments: yes please\n");

		assertThatThrownBy(() -> EstablishmentFileReader.read(file)).hasMessageStartingWith(
				"750000010.yml line 6, ledgerRecordsBankPayments: must be true or false, got 'yes please'");
	}

	@Test
	void readsBothValuesAndTheInvoiceNumberPattern(@TempDir Path dir) throws Exception {
		assertThat(EstablishmentFileReader.read(write(dir, BASE + "ledgerRecordsBankPayments: true\n"))
			.ledgerRecordsBankPayments()).isTrue();
		Establishment e = EstablishmentFileReader
			.read(write(dir, BASE + "ledgerRecordsBankPayments: false\n" + "invoiceNumberPattern: 'H\\d{10}'\n"));
		assertThat(e.ledgerRecordsBankPayments()).isFalse();
		assertThat(e.invoiceNumberPattern()).isEqualTo("H\\d{10}");
	}

	@Test
	void anInvoiceNumberPatternThatCannotWorkIsRefused(@TempDir Path dir) throws Exception {
		Path broken = write(dir, BASE + "ledgerRecordsBankPayments: false\ninvoiceNumberPattern: 'H(\\d{10}'\n");
		assertThatThrownBy(() -> EstablishmentFileReader.read(broken))
			.hasMessageStartingWith("750000010.yml line 7, invoiceNumberPattern: is not a regular expression");

		Path empty = write(dir, BASE + "ledgerRecordsBankPayments: false\ninvoiceNumberPattern: '\\d*'\n");
		assertThatThrownBy(() -> EstablishmentFileReader.read(empty))
			.hasMessageStartingWith("750000010.yml line 7, invoiceNumberPattern: matches an empty text");
	}

	@Test
	void everyShippedEstablishmentFileStatesTheSetting() {
		EstablishmentDirectory samples = new EstablishmentDirectory(Path.of("samples/establishments"));
		assertThat(samples.all()).hasSize(2);
		assertThat(samples.find("670000025").orElseThrow().invoiceNumberPattern()).isEqualTo("H\\d{10}");
	}

	@Test
	void theSmsSenderIdAndPaymentLinkAreCheckedAsOperatorsAndPhonesNeedThem(@TempDir Path dir) throws Exception {
		String base = BASE + "ledgerRecordsBankPayments: true\n";
		Establishment e = EstablishmentFileReader
			.read(write(dir, base + "sms:\n  senderId: CLINIQUE 1\n  paymentLink: https://pay.example.fr/x\n"));
		assertThat(e.sms().senderId()).contains("CLINIQUE 1");
		assertThat(e.sms().link(null)).contains("https://pay.example.fr/x");
		assertThatThrownBy(
				() -> EstablishmentFileReader.read(write(dir, base + "sms:\n  senderId: CLINIQUE DES LILAS\n")))
			.hasMessageStartingWith("750000010.yml line 8, sms.senderId: must be 1 to 11 letters, digits or spaces");
		assertThatThrownBy(() -> EstablishmentFileReader.read(write(dir, base + "sms:\n  senderId: '0612345678'\n")))
			.hasMessageContaining("with at least one letter");
		assertThatThrownBy(
				() -> EstablishmentFileReader.read(write(dir, base + "sms:\n  paymentLink: pay.example.fr/x\n")))
			.hasMessageStartingWith("750000010.yml line 8, sms.paymentLink: must be a short http(s) address");
		assertThatThrownBy(() -> EstablishmentFileReader
			.read(write(dir, base + "sms:\n  paymentLink: https://pay.example.fr/" + "x".repeat(30) + "\n")))
			.hasMessageContaining("at most 40 characters");
	}

	@Test
	void everyMistakeOfTheFileIsReportedAtOnceWithItsLine(@TempDir Path dir) throws Exception {
		Path file = write(dir, """
				finess: "750000010"
				legalName: "Clinique (fictive)"
				sector: military
				ledgerProfile: relance-standard
				scenario: private-clinic
				ledgerRecordsBankPayments: true
				letters:
				  duplex: sometimes
				  maxPerNight: lots
				sftp:
				  maxFilesPerNight: 0
				  colour: blue
				legalName: "Autre clinique"
				""");

		assertThatThrownBy(() -> EstablishmentFileReader.read(file)).isInstanceOf(ConfigException.class)
			.satisfies(e -> assertThat(((ConfigException) e).errors()).containsExactly(
					"750000010.yml line 3, sector: must be 'private' or 'public', got 'military'",
					"750000010.yml line 8, letters.duplex: must be true or false, got 'sometimes'",
					"750000010.yml line 9, letters.maxPerNight: must be a whole number, got 'lots'",
					"750000010.yml line 11, sftp.maxFilesPerNight: must be a whole number above 0",
					"750000010.yml line 12, sftp.colour: unknown key (allowed: [maxFileSize, maxFilesPerNight, publicKeys,"
							+ " pull, user])",
					"750000010.yml line 13, legalName: is given twice (first on line 2)"));
	}

	@Test
	void aPostcodeOrFinessWithALeadingZeroIsReadAsWrittenNotAsAnOctalNumber(@TempDir Path dir) throws Exception {
		String ain = Finess.withKey("01000002");
		Path file = dir.resolve(ain + ".yml");
		Files.writeString(file,
				BASE.replace("\"750000010\"", ain) + "ledgerRecordsBankPayments: true\n" + "postcode: 01000\n");

		Establishment e = EstablishmentFileReader.read(file);

		assertThat(e.finess()).isEqualTo(ain);
		assertThat(e.postcode()).isEqualTo("01000");
	}

}
