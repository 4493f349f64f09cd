package fr.relance.output.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.relance.output.sms.Gsm7.Count;
import fr.relance.output.sms.Gsm7.Encoding;

/**
 * Segment counting on the known vectors of the GSM 03.38 / UCS-2 arithmetic, and the
 * transliteration.
 */
class Gsm7Tests {

	@Test
	void oneHundredSixtySeptetsAreOneMessageAndOneMoreMakesTwoPartsOf153() {
		assertThat(Gsm7.count("a".repeat(160))).isEqualTo(new Count(Encoding.GSM7, 160, 1));
		assertThat(Gsm7.count("a".repeat(161))).isEqualTo(new Count(Encoding.GSM7, 161, 2));
		assertThat(Gsm7.count("a".repeat(306))).isEqualTo(new Count(Encoding.GSM7, 306, 2));
		assertThat(Gsm7.count("a".repeat(307))).isEqualTo(new Count(Encoding.GSM7, 307, 3));
		assertThat(Gsm7.count("")).isEqualTo(new Count(Encoding.GSM7, 0, 0));
	}

	@Test
	void theEuroSignIsTwoSeptets() {
		assertThat(Gsm7.count("€")).isEqualTo(new Count(Encoding.GSM7, 2, 1));
		assertThat(Gsm7.count("a".repeat(158) + "€")).isEqualTo(new Count(Encoding.GSM7, 160, 1));
		assertThat(Gsm7.count("a".repeat(159) + "€")).isEqualTo(new Count(Encoding.GSM7, 161, 2));
		assertThat(Gsm7.count("[]{}\\^~|")).isEqualTo(new Count(Encoding.GSM7, 16, 1));
	}

	@Test
	void anEscapePairIsNeverSplitAcrossTwoParts() {
		// 152 septets then a euro: the pair would take septets 153 and 154, so it opens
		// the second part
		assertThat(Gsm7.count("a".repeat(152) + "€" + "a".repeat(10))).isEqualTo(new Count(Encoding.GSM7, 164, 2));
		// 152 + 2 + 152 = 306 septets fill two parts of 153 exactly if the pair could be
		// cut; it cannot: three parts
		assertThat(Gsm7.count("a".repeat(152) + "€" + "a".repeat(152))).isEqualTo(new Count(Encoding.GSM7, 306, 3));
		assertThat(Gsm7.count("a".repeat(151) + "€" + "a".repeat(153))).isEqualTo(new Count(Encoding.GSM7, 306, 2));
	}

	@Test
	void aCharacterOutsideTheAlphabetMakesTheWholeTextUcs2Of70Then67() {
		assertThat(Gsm7.count("ê".repeat(70))).isEqualTo(new Count(Encoding.UCS2, 70, 1));
		assertThat(Gsm7.count("ê" + "a".repeat(70))).isEqualTo(new Count(Encoding.UCS2, 71, 2));
		assertThat(Gsm7.count("a".repeat(134))).isEqualTo(new Count(Encoding.GSM7, 134, 1));
		assertThat(Gsm7.count("ê" + "a".repeat(133))).isEqualTo(new Count(Encoding.UCS2, 134, 2));
		assertThat(Gsm7.count("ê" + "a".repeat(134))).isEqualTo(new Count(Encoding.UCS2, 135, 3));
		// a surrogate pair (an emoji) is not cut between parts either
		assertThat(Gsm7.count("a".repeat(66) + "\uD83D\uDE00" + "a".repeat(67)))
			.isEqualTo(new Count(Encoding.UCS2, 135, 3));
	}

	@Test
	void frenchTextIsTransliteratedIntoTheAlphabet() {
		String sent = Gsm7
			.transliterate("Reste dû : 1\u202F234,56\u00A0€ – voir « courrier » de l’hôpital, reçu, Noël, cœur");
		assertThat(sent).isEqualTo("Reste du : 1 234,56 € - voir \" courrier \" de l'hopital, reÇu, Noel, coeur");
		assertThat(Gsm7.isGsm7(sent)).isTrue();
		assertThat(Gsm7.transliterate("éèàùÉ ÄÖÜ äöü ñ")).isEqualTo("éèàùÉ ÄÖÜ äöü ñ");
		assertThat(Gsm7.transliterate("ÊÎÔÛ âîôû ÀÈ")).isEqualTo("EIOU aiou AE");
		assertThat(Gsm7.transliterate("smile \uD83D\uDE00 ok")).isEqualTo("smile ? ok");
		assertThat(Gsm7.count(Gsm7.transliterate("é".repeat(160))).segments()).isEqualTo(1);
	}

}
