package fr.relance.samples.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.InvoicePart;
import fr.relance.samples.LedgerColumn;
import fr.relance.samples.LedgerFlag;
import fr.relance.samples.LedgerExport;
import fr.relance.samples.Payer;
import fr.relance.samples.SampleAddress;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.SamplePayment;

class LedgerWriterTests {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@TempDir
	Path dir;

	@Test
	void quotesOnlyFieldsThatNeedItAndReadsBackExactly() throws IOException {
		String text = utf8(write(LedgerExport.RELANCE_STANDARD, invoice("O\"BRIEN;DUPRÉ", "12 rue des Lilas")));
		String row = text.split("\r\n")[1];
		assertThat(row).contains(";\"O\"\"BRIEN;DUPRÉ\";Hélène;12 rue des Lilas;;67000;");
		assertThat(row).doesNotContain("\"Hélène\"");
		CSVRecord record = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords()
			.get(0);
		assertThat(record.get("last_name")).isEqualTo("O\"BRIEN;DUPRÉ");
		assertThat(record.size()).isEqualTo(LedgerColumn.values().length);
	}

	@Test
	void writesTheStandardProfileInUtf8WithoutByteOrderMark() throws IOException {
		byte[] bytes = write(LedgerExport.RELANCE_STANDARD, invoice("ZORBAVEL", "3 rue du Port"));
		assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'f');
		String text = utf8(bytes);
		assertThat(text).startsWith(String.join(";", LedgerColumn.headers()) + "\r\n").endsWith("\r\n");
		assertThat(text.split("\r\n")[1]).isEqualTo("670000018;F100000001;100000007;ZORBAVEL;Hélène;3 rue du Port;;"
				+ "67000;Strasbourg;06 12 34 56 78;;02/03/1950;05/01/2026;08/01/2026;07/02/2026;1234,56;1000,00;200,00;"
				+ "990100017;34,56;1000,00;0,00;10,00;dispute|deceased|sms_optout");
	}

	@Test
	void writesTheGamProfileInWindows1252WithFrenchHeaderAndYesNoFlags() throws IOException {
		byte[] bytes = write(LedgerExport.GAM_WINDOWS1252, invoice("ZORBAVEL", "3 rue du Port"));
		String text = new String(bytes, WINDOWS_1252);
		assertThat(text).isEqualTo("N° facture;IPP;Nom;Prénom;Adresse 1;Adresse 2;CP;Ville;Téléphone;Courriel;"
				+ "Date de naissance;Date des soins;Date facture;Échéance;Montant total;Part AMO;Part AMC;"
				+ "Organisme AMC;Part patient;Réglé AMO;Réglé AMC;Réglé patient;Litige;Décédé;Tutelle;Refus SMS\r\n"
				+ "F100000001;100000007;ZORBAVEL;Hélène;3 rue du Port;;67000;Strasbourg;06 12 34 56 78;;02/03/1950;"
				+ "05/01/2026;08/01/2026;07/02/2026;1234,56;1000,00;200,00;990100017;34,56;1000,00;0,00;10,00;"
				+ "O;O;N;O\r\n");
		// one byte per accented letter: "N° " is 4E B0 20, "Hélène" is 48 E9 6C E8 6E 65
		assertThat(bytes).startsWith(0x4E, 0xB0, 0x20);
		assertThat(indexOf(bytes, new byte[] { 'H', (byte) 0xE9, 'l', (byte) 0xE8, 'n', 'e' })).isPositive();
	}

	@Test
	void refusesANameWindows1252CannotHoldInsteadOfWritingAQuestionMark() {
		assertThatExceptionOfType(CharacterCodingException.class)
			.isThrownBy(() -> write(LedgerExport.GAM_WINDOWS1252, invoice("WAŁĘSA", "3 rue du Port")));
	}

	@Test
	void writesThePositionalProfileWithByteOrderMarkAndNoHeader() throws IOException {
		byte[] bytes = write(LedgerExport.POSITIONAL_UTF8, invoice("ZORBAVEL", "Escalier 3, 2e étage"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF, '6', '7');
		assertThat(utf8(bytes)).isEqualTo("\uFEFF670000018,F100000001,100000007,ZORBAVEL,Hélène,"
				+ "\"Escalier 3, 2e étage\",,67000,Strasbourg,06 12 34 56 78,,1950-03-02,2026-01-05,2026-01-08,"
				+ "2026-02-07,1234.56,1000.00,200.00,990100017,34.56,1000.00,0.00,10.00,dispute|deceased|sms_optout\n");
	}

	@Test
	void writesTheFecWithBalancedSalesAndBankEntries() throws IOException {
		Path file = writeFile(LedgerExport.FEC, invoice("ZORBAVEL", "3 rue du Port"));
		assertThat(file.getFileName()).hasToString("FEC-20260316.txt");
		String[] lines = utf8(Files.readAllBytes(file)).split("\r\n");
		assertThat(lines[0]).isEqualTo("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
				+ "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
				+ "ValidDate\tMontantdevise\tIdevise");
		String sale = "VT\tVentes\tVT000000001\t20260108\t";
		String piece = "\tF100000001\t20260108\tFacture F100000001\t";
		String patient = "411000\tClients - patients\t100000007\tZORBAVEL Hélène";
		String amo = "467100\tCaisses d'assurance maladie - tiers payant\t\t";
		String amoPayment = "\tF100000001\t20260120\tRèglement AMO F100000001\t";
		String patientPayment = "\tF100000001\t20260105\tRèglement patient F100000001\t";
		assertThat(Stream.of(lines).skip(1)).containsExactly(sale + patient + piece + "34,56\t0,00\t\t\t20260108\t\t",
				sale + amo + piece + "1000,00\t0,00\t\t\t20260108\t\t",
				sale + "467200\tOrganismes complémentaires - tiers payant\t990100017\tOrganisme 990100017" + piece
						+ "200,00\t0,00\t\t\t20260108\t\t",
				sale + "706000\tPrestations de soins\t\t" + piece + "0,00\t1234,56\t\t\t20260108\t\t",
				"BQ\tBanque\tBQ000000001\t20260120\t512000\tBanque\t\t" + amoPayment
						+ "1000,00\t0,00\t\t\t20260120\t\t",
				"BQ\tBanque\tBQ000000001\t20260120\t" + amo + amoPayment + "0,00\t1000,00\t\t\t20260120\t\t",
				"BQ\tBanque\tBQ000000002\t20260105\t512000\tBanque\t\t" + patientPayment
						+ "10,00\t0,00\t\t\t20260105\t\t",
				"BQ\tBanque\tBQ000000002\t20260105\t" + patient + patientPayment + "0,00\t10,00\t\t\t20260105\t\t");
	}

	@Test
	void lettersThe411LinesOfAFullyPaidPatientShareAsOfTheLastPayment() throws IOException {
		GeneratedInvoice open = invoice("ZORBAVEL", "3 rue du Port");
		GeneratedInvoice paidLater = withPatientPayments(open, "F100000002",
				new SamplePayment(Payer.PATIENT, new BigDecimal("10.00"), LocalDate.of(2026, 1, 5)),
				new SamplePayment(Payer.PATIENT, new BigDecimal("24.56"), LocalDate.of(2026, 2, 10)));
		GeneratedInvoice paidAtDesk = withPatientPayments(open, "F100000003",
				new SamplePayment(Payer.PATIENT, new BigDecimal("34.56"), LocalDate.of(2026, 1, 5)));
		String text = utf8(Files.readAllBytes(writeFile(LedgerExport.FEC, open, paidLater, paidAtDesk)));
		List<String[]> lettered = Stream.of(text.split("\r\n"))
			.skip(1)
			.map(line -> line.split("\t", -1))
			.filter(fields -> !fields[13].isEmpty())
			.toList();
		assertThat(lettered).allSatisfy(fields -> assertThat(fields[4]).isEqualTo("411000"))
			.extracting(fields -> fields[8] + " " + fields[11] + "/" + fields[12] + " " + fields[13] + " " + fields[14])
			.containsExactly("F100000002 34,56/0,00 AA 20260210", "F100000002 0,00/10,00 AA 20260210",
					"F100000002 0,00/24,56 AA 20260210", "F100000003 34,56/0,00 AB 20260108",
					"F100000003 0,00/34,56 AB 20260108");
	}

	@Test
	void letterCodesRunFromTwoLettersUpwards() {
		assertThat(Stream.of(0L, 1L, 25L, 26L, 675L, 676L, 677L, 676L + 17_575L, 676L + 17_576L)
			.map(FecLedger::letterCode)).containsExactly("AA", "AB", "AZ", "BA", "ZZ", "AAA", "AAB", "ZZZ", "AAAA");
	}

	@Test
	void headerFollowsTheColumnContract() {
		assertThat(LedgerColumn.headers()).containsExactly("finess", "invoice_number", "patient_id", "last_name",
				"first_name", "address_line1", "address_line2", "postcode", "city", "phone", "email", "birth_date",
				"care_date", "invoice_date", "due_date", "total", "amo_due", "amc_due", "amc_org", "patient_due",
				"amo_paid", "amc_paid", "patient_paid", "flags");
	}

	private byte[] write(LedgerExport profile, GeneratedInvoice... invoices) throws IOException {
		return Files.readAllBytes(writeFile(profile, invoices));
	}

	private Path writeFile(LedgerExport profile, GeneratedInvoice... invoices) throws IOException {
		GenerationOptions options = new GenerationOptions(1, 1, 1, LocalDate.of(2026, 3, 16), this.dir);
		SampleEstablishment establishment = EstablishmentFactory.establishment(1, 0, profile);
		try (LedgerWriter writer = new LedgerWriter(options)) {
			writer.beginEstablishment(establishment);
			for (GeneratedInvoice invoice : invoices) {
				writer.write(invoice);
			}
			writer.endEstablishment(establishment);
			assertThat(writer.files()).hasSize(1);
			return writer.files().get(0);
		}
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static int indexOf(byte[] bytes, byte[] wanted) {
		outer: for (int i = 0; i + wanted.length <= bytes.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static GeneratedInvoice invoice(String lastName, String line1) {
		SamplePatient patient = new SamplePatient("100000007", lastName, "Hélène",
				new SampleAddress(line1, "", "67000", "Strasbourg"), "06 12 34 56 78", "", LocalDate.of(1950, 3, 2),
				"990100017", Set.of(LedgerFlag.SMS_OPTOUT, LedgerFlag.DECEASED));
		List<InvoicePart> parts = List.of(new InvoicePart(Payer.AMO, "", new BigDecimal("1000.00")),
				new InvoicePart(Payer.AMC, "990100017", new BigDecimal("200.00")),
				new InvoicePart(Payer.PATIENT, "", new BigDecimal("34.56")));
		List<SamplePayment> payments = List.of(
				new SamplePayment(Payer.AMO, new BigDecimal("1000.00"), LocalDate.of(2026, 1, 20)),
				new SamplePayment(Payer.PATIENT, new BigDecimal("10.00"), LocalDate.of(2026, 1, 5)));
		return new GeneratedInvoice("670000018", "F100000001", patient, LocalDate.of(2026, 1, 5),
				LocalDate.of(2026, 1, 8), LocalDate.of(2026, 2, 7), parts, payments, true);
	}

	/** The same invoice under another number, paid by the patient only. */
	static GeneratedInvoice withPatientPayments(GeneratedInvoice invoice, String number, SamplePayment... payments) {
		return new GeneratedInvoice(invoice.finess(), number, invoice.patient(), invoice.careDate(),
				invoice.invoiceDate(), invoice.dueDate(), invoice.parts(), List.of(payments), false);
	}

}
