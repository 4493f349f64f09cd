package fr.relance.formats.b2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;

class B2SnifferTests {

	private static byte[] head(byte[] file) {
		return Arrays.copyOf(file, Math.min(file.length, 512));
	}

	@Test
	void recognisesB2WithOrWithoutLineEnds() {
		assertThat(B2Sniffer.looksLikeB2(head(B2Samples.latin1(B2Samples.workedExample())))).isTrue();
		assertThat(B2Sniffer.looksLikeB2(head(B2Samples.file(1, LineEnd.NONE)))).isTrue();
		assertThat(B2Sniffer.looksLikeB2(head(B2Samples.file(1, LineEnd.CRLF)))).isTrue();
	}

	@Test
	void doesNotTakeNoemieOrAnythingElseForB2() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/noemie/worked-example.txt")) {
			assertThat(B2Sniffer.looksLikeB2(head(in.readAllBytes()))).isFalse();
		}
		assertThat(B2Sniffer.looksLikeB2("%PDF-1.7".getBytes())).isFalse();
		assertThat(B2Sniffer.looksLikeB2(null)).isFalse();
	}

	@Test
	void readsSenderAndAddresseeFromTheHeader() {
		B2Header header = B2Sniffer.readHeader(head(B2Samples.latin1(B2Samples.workedExample())));
		assertThat(header.senderType()).isEqualTo("TE");
		assertThat(header.senderNumber()).isEqualTo("00000999999999");
		assertThat(header.addresseeType()).isEqualTo("CP");
		assertThat(header.addresseeNumber()).isEqualTo("99999999999999");
		assertThat(header.layout()).isEqualTo(B2Layout.CP);
	}

}
