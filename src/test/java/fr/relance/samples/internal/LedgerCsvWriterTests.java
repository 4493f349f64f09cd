package fr.relance.samples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.InvoicePart;
import fr.relance.samples.LedgerColumn;
import fr.relance.samples.LedgerFlag;
import fr.relance.samples.Payer;
import fr.relance.samples.PostalAddress;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SamplePatient;
import fr.relance.samples.SamplePayment;

class LedgerCsvWriterTests {

	@TempDir
	Path dir;

	@Test
	void quotesOnlyFieldsThatNeedItAndReadsBackExactly() throws IOException {
		String text = writeOne(invoice("O\"BRIEN;DUPRÉ", "12 rue des Lilas"));
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
	void writesTheStandardProfile() throws IOException {
		String text = writeOne(invoice("ZORBAVEL", "3 rue du Port"));
		assertThat(text).startsWith(String.join(";", LedgerColumn.headers()) + "\r\n").endsWith("\r\n");
		assertThat(text.split("\r\n")[1]).isEqualTo("670000018;F100000001;100000007;ZORBAVEL;Hélène;3 rue du Port;;"
				+ "67000;Strasbourg;06 12 34 56 78;;02/03/1950;05/01/2026;08/01/2026;07/02/2026;1234,56;1000,00;200,00;"
				+ "990100017;34,56;1000,00;0,00;10,00;dispute|deceased|sms_optout");
	}

	@Test
	void headerFollowsTheColumnContract() {
		assertThat(LedgerColumn.headers()).containsExactly("finess", "invoice_number", "patient_id", "last_name",
				"first_name", "address_line1", "address_line2", "postcode", "city", "phone", "email", "birth_date",
				"care_date", "invoice_date", "due_date", "total", "amo_due", "amc_due", "amc_org", "patient_due",
				"amo_paid", "amc_paid", "patient_paid", "flags");
	}

	private String writeOne(GeneratedInvoice invoice) throws IOException {
		GenerationOptions options = new GenerationOptions(1, 1, 1, LocalDate.of(2026, 3, 16), this.dir);
		SampleEstablishment establishment = EstablishmentFactory.establishment(1, 0);
		try (LedgerCsvWriter writer = new LedgerCsvWriter(options)) {
			writer.beginEstablishment(establishment);
			writer.write(invoice);
			writer.endEstablishment(establishment);
			assertThat(writer.files()).hasSize(1);
			byte[] bytes = Files.readAllBytes(writer.files().get(0));
			assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'f');
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	static GeneratedInvoice invoice(String lastName, String line1) {
		SamplePatient patient = new SamplePatient("100000007", lastName, "Hélène",
				new PostalAddress(line1, "", "67000", "Strasbourg"), "06 12 34 56 78", "", LocalDate.of(1950, 3, 2),
				"990100017", Set.of(LedgerFlag.SMS_OPTOUT, LedgerFlag.DECEASED));
		List<InvoicePart> parts = List.of(new InvoicePart(Payer.AMO, "", new BigDecimal("1000.00")),
				new InvoicePart(Payer.AMC, "990100017", new BigDecimal("200.00")),
				new InvoicePart(Payer.PATIENT, "", new BigDecimal("34.56")));
		List<SamplePayment> payments = List.of(new SamplePayment(Payer.AMO, new BigDecimal("1000.00"),
				LocalDate.of(2026, 1, 20)), new SamplePayment(Payer.PATIENT, new BigDecimal("10.00"),
						LocalDate.of(2026, 1, 5)));
		return new GeneratedInvoice("670000018", "F100000001", patient, LocalDate.of(2026, 1, 5),
				LocalDate.of(2026, 1, 8), LocalDate.of(2026, 2, 7), parts, payments, true);
	}

}
