package fr.relance.support.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchPhoneTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "06 12 34 56 78|+33612345678", "07.81.22.33.44|+33781223344", "0612345678|+33612345678",
					"+33 6 12 34 56 78|+33612345678", "+33 (0)6 12 34 56 78|+33612345678",
					"0033 6 12 34 56 78|+33612345678", "03 88 12 34 56|+33388123456", "0690 12 34 56|+590690123456",
					"+590 690 12 34 56|+590690123456", "0694 11 22 33|+594694112233", "0696-11-22-33|+596696112233",
					"0692 11 22 33|+262692112233", "0639 11 22 33|+262639112233", "0590 82 11 22|+590590821122",
					"0262 41 00 00|+262262410000", "0269 61 00 00|+262269610000" })
	void convertsAcceptedWritingsToE164(String written, String e164) {
		assertThat(FrenchPhone.isValid(written)).isTrue();
		assertThat(FrenchPhone.toE164(written)).isEqualTo(e164);
	}

	@ParameterizedTest
	@ValueSource(strings = { "06 12 34 56", "06 12 34 56 78 9", "6 12 34 56 78", "00 12 34 56 78", "+44 7700 900123",
			"+33 690 12 34 56", "+590 6 12 34 56 78", "06 12 34 56 7a", "tel: 0612345678", "+33 06 12 34 56 78" })
	void rejectsMalformedOrForeignNumbers(String written) {
		assertThat(FrenchPhone.isValid(written)).isFalse();
		assertThat(FrenchPhone.isMobile(written)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void blankIsNotAPhone(String written) {
		assertThat(FrenchPhone.isValid(written)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "06 12 34 56 78|true", "07 81 22 33 44|true", "01 45 00 00 00|false", "09 70 00 00 00|false",
					"0690 12 34 56|true", "0590 82 11 22|false", "0639 11 22 33|true", "0269 61 00 00|false" })
	void tellsMobilesFromLandlines(String written, boolean mobile) {
		assertThat(FrenchPhone.isMobile(written)).isEqualTo(mobile);
	}

	@ParameterizedTest
	@ValueSource(strings = { "06 12 34", "+33 690 12 34 56" })
	void refusesToConvertAnInvalidNumberWithoutEchoingIt(String written) {
		assertThatIllegalArgumentException().isThrownBy(() -> FrenchPhone.toE164(written))
			.withMessageStartingWith("not a French phone number")
			.withMessageNotContaining("34");
	}

}
