package fr.relance.formats.noemie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * The NOEMIE worked example (docs/formats.md#worked-examples), physical form, read to the
 * values stated there.
 */
class NoemieWorkedExampleTests {

	private final List<NoemieEvent> events = new ArrayList<>();

	private NoemieTrailer read() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/noemie/worked-example.txt")) {
			return new NoemieReader().read(in, events::add);
		}
	}

	@Test
	void readsHeaderIdentity() throws IOException {
		read();
		NoemieHeader header = (NoemieHeader) events.get(0);
		assertThat(header.senderType()).isEqualTo("CP");
		assertThat(header.senderNumber()).isEqualTo("99999999999999");
		assertThat(header.addresseeType()).isEqualTo("TE");
		assertThat(header.addresseeNumber()).isEqualTo("999999999");
		assertThat(header.identity()).isEqualTo(new FileIdentity("CP", "99999999999999", "RSP001", "250314"));
		assertThat(header.creationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(header.norm()).isEqualTo("0580");
		assertThat(header.notReal()).isTrue();
	}

	@Test
	void readsBothInvoiceReturnsWithTheirParts() throws IOException {
		read();
		List<InvoiceReturn> returns = events.stream()
			.filter(InvoiceReturn.class::isInstance)
			.map(InvoiceReturn.class::cast)
			.toList();
		assertThat(returns).hasSize(2);
		InvoiceReturn paid = returns.get(0);
		assertThat(paid.invoiceNumber()).isEqualTo("000123456");
		assertThat(paid.lotNumber()).isEqualTo("017");
		assertThat(paid.lotDateRaw()).isEqualTo("250301");
		assertThat(paid.invoiceType()).isEqualTo('B');
		assertThat(paid.natureAssurance()).isEqualTo("10");
		assertThat(paid.insuredNir()).isEqualTo("299129999999911");
		assertThat(paid.amo()).isEqualTo(new Part(12345, PartStatus.PAID, 12345, null));
		assertThat(paid.rejects()).isEmpty();
		InvoiceReturn rejected = returns.get(1);
		assertThat(rejected.invoiceNumber()).isEqualTo("000123457");
		assertThat(rejected.amo()).isEqualTo(new Part(8000, PartStatus.REJECTED, 0, null));
		assertThat(rejected.rejects())
			.containsExactly(new Reject(294, "A123", "LIBELLE DU MOTIF DE REJET (FICTIF)", 'F', 'O'));
		assertThat(rejected.transfer().label1()).isEqualTo("VIR CPAM 999 REF 0000012345");
		assertThat(rejected.transfer().payer()).isEqualTo("CPAM999");
		assertThat(rejected.transfer().payeeNumber()).isEqualTo("000000999999999");
		assertThat(rejected.transfer().date()).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(rejected.lot()).isEqualTo(new Lot("017", "250301", LocalDate.of(2025, 3, 1), "01"));
	}

	@Test
	void closesTransferAndChecksTrailer() throws IOException {
		NoemieTrailer trailer = read();
		TransferClosed closed = events.stream()
			.filter(TransferClosed.class::isInstance)
			.map(TransferClosed.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(closed.netCents()).isEqualTo(12345);
		assertThat(closed.invoiceReturns()).isEqualTo(2);
		assertThat(trailer.totalCents()).isEqualTo(12345);
		assertThat(trailer.lots()).isEqualTo(1);
		assertThat(trailer.declaredRecords()).isEqualTo(6);
		assertThat(trailer.recordCountConvention()).isEqualTo(RecordCountConvention.ALL_BUT_ONE_ENVELOPE_RECORD);
		assertThat(events.get(events.size() - 1)).isSameAs(trailer);
	}

}
