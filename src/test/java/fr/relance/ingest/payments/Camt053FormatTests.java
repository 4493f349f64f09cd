package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not statements at all, or are hostile, stop with a
 * {@link Camt053FormatException}.
 */
class Camt053FormatTests {

	@TempDir
	Path dir;

	@Test
	void refusesAnExternalEntityWithoutReadingTheFile() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\"> ]>\n"
				+ Camt053Fixtures
					.document(Camt053Fixtures.V02, Camt053Fixtures.TEST_IBAN,
							Camt053Fixtures.credit("1.00", "EUR", Camt053Fixtures.tx(null, "&xxe;")))
					.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageContaining("DOCTYPE refused")
			.withMessageNotContaining("TOP-SECRET")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
	}

	@Test
	void refusesAnEntityExpansionBomb() {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [ <!ENTITY a \"aaaaaaaaaa\">"
				+ " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n"
				+ "<Document xmlns=\"" + Camt053Fixtures.V02 + "\">&c;</Document>";
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageContaining("DOCTYPE refused");
	}

	@Test
	void reportsLineAndColumnOfMalformedXml() {
		// line 4 closes Amt with </Amount>: the parser stops inside that wrong end tag,
		// at column 28
		String xml = "<?xml version=\"1.0\"?>\n<Document xmlns=\"" + Camt053Fixtures.V02 + "\">\n"
				+ "<BkToCstmrStmt><Stmt><Id>S1</Id>\n<Ntry><Amt Ccy=\"EUR\">1.00</Amount></Ntry>\n";
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageStartingWith("test.xml: not well-formed XML: ")
			.withMessageEndingWith("(line 4, column 28)")
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.column()).isEqualTo(28);
			});
	}

	@Test
	void reportsATruncatedFile() {
		String full = Camt053Fixtures.document(Camt053Fixtures.V02, Camt053Fixtures.TEST_IBAN,
				Camt053Fixtures.credit("1.00", "EUR", ""));
		String truncated = full.substring(0, full.indexOf("</Stmt>"));
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(truncated))
			.withMessageContaining("not well-formed XML")
			.satisfies((ex) -> assertThat(ex.line()).isPositive());
	}

	@Test
	void refusesAnotherMessageType() {
		String camt054 = Camt053Fixtures.document("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02",
				Camt053Fixtures.TEST_IBAN, Camt053Fixtures.credit("1.00", "EUR", ""));
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(camt054))
			.withMessageContaining("not a camt.053 statement: root element Document in namespace "
					+ "'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'");
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse("<html/>"))
			.withMessageContaining("root element html in namespace ''");
	}

	@Test
	void refusesADocumentWithoutStatement() {
		String xml = "<Document xmlns=\"" + Camt053Fixtures.V02 + "\"><BkToCstmrStmt/></Document>";
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageContaining("without any Stmt");
	}

	@Test
	void refusesAnAbsurdlyLongText() {
		String xml = Camt053Fixtures.document(Camt053Fixtures.V02, Camt053Fixtures.TEST_IBAN,
				Camt053Fixtures.credit("1.00", "EUR", Camt053Fixtures.tx(null, "x".repeat(5000))));
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageContaining("text of /Document/BkToCstmrStmt/Stmt/Ntry/NtryDtls/TxDtls/RmtInf/Ustrd longer");
	}

	@Test
	void refusesAbsurdNesting() {
		String deep = "<a>".repeat(200) + "</a>".repeat(200);
		String xml = "<Document xmlns=\"" + Camt053Fixtures.V02 + "\">" + deep + "</Document>";
		assertThatExceptionOfType(Camt053FormatException.class).isThrownBy(() -> Camt053Fixtures.parse(xml))
			.withMessageContaining("nested deeper than 100");
	}

	@Test
	void readsAnIsoLatin1FileByItsDeclaration() {
		String xml = Camt053Fixtures
			.document(Camt053Fixtures.V02, Camt053Fixtures.TEST_IBAN,
					Camt053Fixtures.credit("1.00", "EUR", Camt053Fixtures.tx(null, "Règlement de Hélène")))
			.replace("UTF-8", "ISO-8859-1");
		byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);
		Camt053Summary summary = Camt053Reader.readAll(new ByteArrayInputStream(latin1), "latin1.xml",
				(line) -> assertThat(line.remittanceText()).isEqualTo("Règlement de Hélène"));
		assertThat(summary.creditLines()).isEqualTo(1);
	}

}
