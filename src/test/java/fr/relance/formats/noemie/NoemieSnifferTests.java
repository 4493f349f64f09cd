package fr.relance.formats.noemie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;

class NoemieSnifferTests {

	private static byte[] head(byte[] file) {
		return Arrays.copyOf(file, Math.min(file.length, 512));
	}

	@Test
	void recognisesNoemieWithOrWithoutLineEndsAndInLogicalForm() {
		assertThat(NoemieSniffer.looksLikeNoemie(head(NoemieSamples.latin1(NoemieSamples.workedExample())))).isTrue();
		assertThat(NoemieSniffer.looksLikeNoemie(head(NoemieSamples.file(2, LineEnd.NONE, false)))).isTrue();
		assertThat(NoemieSniffer.looksLikeNoemie(head(NoemieSamples.file(2, LineEnd.CRLF, false)))).isTrue();
		assertThat(NoemieSniffer.looksLikeNoemie(head(NoemieSamples.file(2, LineEnd.LF, true)))).isTrue();
	}

	@Test
	void doesNotTakeB2OrAnythingElseForNoemie() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/b2/worked-example-cp.txt")) {
			assertThat(NoemieSniffer.looksLikeNoemie(head(in.readAllBytes()))).isFalse();
		}
		assertThat(NoemieSniffer.looksLikeNoemie("date;amount\n2025-03-01;12,00\n".getBytes())).isFalse();
		assertThat(NoemieSniffer.looksLikeNoemie(new byte[0])).isFalse();
		assertThat(NoemieSniffer.looksLikeNoemie(null)).isFalse();
	}

	@Test
	void readsSenderAndAddresseeFromTheHeader() {
		NoemieHeader header = NoemieSniffer.readHeader(head(NoemieSamples.latin1(NoemieSamples.workedExample())));
		assertThat(header.senderType()).isEqualTo("CP");
		assertThat(header.senderNumber()).isEqualTo("99999999999999");
		assertThat(header.addresseeType()).isEqualTo("TE");
		assertThat(header.addresseeNumber()).isEqualTo("999999999");
		assertThat(header.identity().fileId()).isEqualTo("RSP001");
	}

	@Test
	void refusesToReadAHeaderFromSomethingElse() {
		NoemieFormatException ex = catchThrowableOfType(NoemieFormatException.class,
				() -> NoemieSniffer.readHeader("not a header".getBytes()));
		assertThat(ex.reason()).isEqualTo(NoemieReason.NOT_NOEMIE);
	}

}
