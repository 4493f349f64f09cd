package fr.relance.formats.b2;

import static fr.relance.formats.b2.B2Samples.latin1;
import static fr.relance.formats.b2.B2Samples.only;
import static fr.relance.formats.b2.B2Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * The B2 CP worked example of docs/formats.md#worked-examples and its inconsistency: its
 * {@code 5} announces 2 line records and the invoice has none, so strict mode refuses it
 * and lenient mode warns; its placeholder FINESS 999999999 (wrong check digit) is not the
 * reader's business.
 */
class B2WorkedExampleTests {

	private final byte[] example = latin1(B2Samples.workedExample());

	@Test
	void strictModeRefusesTheAnnouncedLinesThatAreMissing() {
		B2FormatException ex = catchThrowableOfType(B2FormatException.class,
				() -> readAll(example, B2Options.strictDefaults()));
		assertThat(ex.reason()).isEqualTo(B2Reason.LINE_COUNT_MISMATCH);
		assertThat(ex.recordNumber()).isEqualTo(4);
		assertThat(ex.getMessage()).contains("5 announces 2 line record(s), the invoice has 0");
	}

	@Test
	void lenientModeReadsTheSplitStatedInFormatsAndWarns() {
		List<B2Event> events = readAll(example, B2Options.lenientDefaults());

		B2Invoice invoice = only(events, B2Invoice.class).get(0);
		assertThat(invoice.key()).isEqualTo(new InvoiceKey("999999999", "017", "250301", "000123456"));
		assertThat(invoice.insuredNir()).isEqualTo("299129999999911");
		assertThat(invoice.split().totalCents()).isEqualTo(150000);
		assertThat(invoice.split().amoCents()).isEqualTo(120000);
		assertThat(invoice.split().patientBeforeAmcCents()).isEqualTo(30000);
		assertThat(invoice.split().amcCents()).isEqualTo(26000);
		assertThat(invoice.split().patientAfterAmcCents()).isEqualTo(4000);
		assertThat(invoice.natureAssurance()).isEqualTo("10");
		assertThat(invoice.caisse()).isEqualTo("019999999");
		assertThat(invoice.entryDateRaw()).isEqualTo("010325");

		B2Trailer trailer = only(events, B2Trailer.class).get(0);
		assertThat(trailer.warnings()).extracting(B2Warning::reason, B2Warning::recordNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(B2Reason.LINE_COUNT_MISMATCH, 4L),
					org.assertj.core.groups.Tuple.tuple(B2Reason.LOT_COUNT_MISMATCH, 5L));
		assertThat(trailer.recordCountConvention()).isEqualTo(RecordCountConvention.ALL_RECORDS);
		assertThat(trailer.lots()).isEqualTo(1);
	}

	@Test
	void readsHeaderLotAndLotEnd() {
		List<B2Event> events = readAll(example, B2Options.lenientDefaults());
		B2Header header = (B2Header) events.get(0);
		assertThat(header.layout()).isEqualTo(B2Layout.CP);
		assertThat(header.senderType()).isEqualTo("TE");
		assertThat(header.senderNumber()).isEqualTo("00000999999999");
		assertThat(header.fileId()).isEqualTo("FIC001");
		B2Lot lot = only(events, B2Lot.class).get(0);
		assertThat(lot.partner()).isEqualTo("999999999");
		assertThat(lot.name()).isEqualTo("CLINIQUE EXEMPLE (FICTIVE)");
		B2LotEnd end = only(events, B2LotEnd.class).get(0);
		assertThat(end.billedCents()).isEqualTo(150000);
		assertThat(end.amoCents()).isEqualTo(120000);
		assertThat(end.amcCents()).isEqualTo(26000);
		assertThat(end.marking()).isEqualTo('T');
	}

}
