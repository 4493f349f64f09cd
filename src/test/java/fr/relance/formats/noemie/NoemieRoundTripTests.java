package fr.relance.formats.noemie;

import static fr.relance.formats.noemie.NoemieSamples.only;
import static fr.relance.formats.noemie.NoemieSamples.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.fixedwidth.RecordCountConvention;

class NoemieRoundTripTests {

	@ParameterizedTest
	@EnumSource(LineEnd.class)
	void readsBackWhatTheWriterWroteWhateverTheLineEnds(LineEnd lineEnd) {
		List<NoemieEvent> events = readAll(NoemieSamples.file(7, lineEnd, false), NoemieOptions.defaults());

		List<InvoiceReturn> expected = IntStream.range(0, 7).mapToObj(NoemieSamples::invoice).toList();
		List<InvoiceReturn> read = only(events, InvoiceReturn.class);
		assertThat(read).hasSize(7);
		for (int i = 0; i < 7; i++) {
			InvoiceReturn r = read.get(i);
			assertThat(withoutRecordNumber(r)).isEqualTo(expected.get(i));
		}
		assertThat(events.get(0)).isEqualTo(NoemieSamples.HEADER);
	}

	@Test
	void keepsLatin1CharactersOfLabels() {
		InvoiceReturn rejected = only(readAll(NoemieSamples.file(2, LineEnd.CRLF, false), NoemieOptions.defaults()),
				InvoiceReturn.class)
			.get(1);
		assertThat(rejected.rejects().get(0).label()).isEqualTo("DROITS NON OUVERTS À LA DATE DES SOINS (FICTIF)");
		assertThat(rejected.transfer().label1()).isEqualTo("VIR CPAM 999 RÉF 0000012345");
		assertThat(rejected.transfer().label2()).isEqualTo("DÉCOMPTE N° 7");
	}

	@Test
	void computesTransferNetOfRetentionAndFileTotal() {
		List<NoemieEvent> events = readAll(NoemieSamples.file(3, LineEnd.LF, false), NoemieOptions.defaults());
		// invoice 0 paid 123.45, invoices 1 and 2 rejected and deferred; retention 15.00
		TransferClosed transfer = only(events, TransferClosed.class).get(0);
		assertThat(transfer.paidCents()).isEqualTo(12345);
		assertThat(transfer.retainedCents()).isEqualTo(1500);
		assertThat(transfer.netCents()).isEqualTo(10845);
		NoemieTrailer trailer = only(events, NoemieTrailer.class).get(0);
		assertThat(trailer.totalCents()).isEqualTo(10845);
		assertThat(trailer.invoiceReturns()).isEqualTo(3);
		assertThat(trailer.recordCountConvention()).isEqualTo(RecordCountConvention.ALL_RECORDS);
		assertThat(only(events, Retention.class)).extracting(Retention::amountCents).containsExactly(1500L);
	}

	@Test
	void readsEntitiesOnePerLineInTolerantMode() {
		byte[] logical = NoemieSamples.file(4, LineEnd.LF, true);
		List<NoemieEvent> events = readAll(logical, NoemieOptions.defaults().withLogicalLines(true));

		assertThat(only(events, InvoiceReturn.class)).hasSize(4);
		NoemieTrailer trailer = only(events, NoemieTrailer.class).get(0);
		assertThat(trailer.recordCountConvention()).isNull();
		assertThat(trailer.totalCents()).isEqualTo(12345 + 12348 - 1500);
	}

	@Test
	void emitsInvoiceReturnsBeforeTheEndOfTheFile() throws Exception {
		byte[] file = NoemieSamples.file(2000, LineEnd.NONE, false);
		CountingInput in = new CountingInput(file);
		try (NoemieStream stream = new NoemieReader().open(in)) {
			stream.next();
			assertThat(stream.next()).isInstanceOf(InvoiceReturn.class);
			assertThat(in.consumed()).isLessThan(file.length / 2);
		}
	}

	private static InvoiceReturn withoutRecordNumber(InvoiceReturn r) {
		return new InvoiceReturn(r.transfer(), r.lot(), r.invoiceNumber(), r.lotNumber(), r.lotDateRaw(),
				r.invoiceType(), r.billingDateRaw(), r.natureAssurance(), r.insuredNir(), r.beneficiaryNir(), r.amo(),
				r.amc(), r.rejects(), r.lines(), 0);
	}

	/** Counts what the reader actually pulled from the input. */
	static final class CountingInput extends java.io.ByteArrayInputStream {

		CountingInput(byte[] bytes) {
			super(bytes);
		}

		long consumed() {
			return pos;
		}

	}

}
