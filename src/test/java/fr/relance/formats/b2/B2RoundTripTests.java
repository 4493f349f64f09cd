package fr.relance.formats.b2;

import static fr.relance.formats.b2.B2Samples.only;
import static fr.relance.formats.b2.B2Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.relance.formats.fixedwidth.LineEnd;

class B2RoundTripTests {

	@ParameterizedTest
	@EnumSource(LineEnd.class)
	void readsBackCpInvoicesWithTheirLinesWhateverTheLineEnds(LineEnd lineEnd) {
		List<B2Event> events = readAll(B2Samples.file(3, lineEnd), B2Options.strictDefaults());

		List<B2Invoice> invoices = only(events, B2Invoice.class);
		assertThat(invoices).hasSize(3);
		B2Invoice expected = B2Samples.cpInvoice(2);
		B2Invoice read = invoices.get(2);
		assertThat(read.key()).isEqualTo(expected.key());
		assertThat(read.split()).isEqualTo(expected.split());
		assertThat(read.paymentRecipient()).isEqualTo("15");
		assertThat(read.lines()).extracting(B2Line::kind, B2Line::amoCents, B2Line::amcCents, B2Line::totalCents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple('3', 100002L, 20000L, 125002L),
					org.assertj.core.groups.Tuple.tuple('4', 5000L, 1000L, 7000L));
		assertThat(read.insuredNir()).isEqualTo(expected.insuredNir());
		assertThat(read.amcNumber()).isEqualTo("0000000000");
		B2Lot lot = only(events, B2Lot.class).get(0);
		assertThat(lot.name()).isEqualTo("CLINIQUE EXEMPLE DÉSIRÉE (FICTIVE)");
		B2Trailer trailer = only(events, B2Trailer.class).get(0);
		assertThat(trailer.warnings()).isEmpty();
		assertThat(trailer.invoices()).isEqualTo(3);
	}

	@Test
	void readsTheStandardLayout() throws IOException {
		B2Header header = new B2Header("TP", "00000999999999", "CP", "99999999999999", "FIC043", "250301", "    ",
				"B2");
		B2Invoice invoice = new B2Invoice(new InvoiceKey("999999999", "017", "250301", "000000777"), B2Layout.STANDARD,
				"199129999999927", null, null, "019999999", null, null, null, null, null, "05", 0, 0, List.of(),
				new ExpectedSplit(7000, 2000, 3000, 10000), List.of(), 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (B2Writer writer = new B2Writer(out, header, LineEnd.CRLF)) {
			writer.lot(B2Samples.LOT).invoice(invoice).endLot('R').finish();
		}
		B2Invoice read = only(readAll(out.toByteArray(), B2Options.strictDefaults()), B2Invoice.class).get(0);
		assertThat(read.layout()).isEqualTo(B2Layout.STANDARD);
		assertThat(read.key()).isEqualTo(invoice.key());
		assertThat(read.split()).isEqualTo(invoice.split());
		assertThat(read.split().patientAfterAmcCents()).isEqualTo(1000);
		assertThat(read.paymentRecipient()).isEqualTo("05");
	}

	@Test
	void floorsTheRestToPayAtZero() {
		assertThat(new ExpectedSplit(1000, 500, 300, 1800).patientAfterAmcCents()).isZero();
	}

}
