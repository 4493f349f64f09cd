package fr.relance.support.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Our French phone rules ({@link FrenchPhone}, called for every ledger line and every
 * case, so a few instructions each) checked against libphonenumber's metadata, the
 * maintained reference of numbering plans: over the written forms establishments use and
 * over numbers drawn in every French and overseas mobile range, the E.164 form and the
 * mobile classification agree. Our rules accept any 9-digit national number; the
 * reference also knows which ranges are allocated, which the test takes as its
 * expectation for mobiles (an SMS to an unallocated range is lost).
 */
class FrenchPhoneReferenceTests {

	private static final PhoneNumberUtil REFERENCE = PhoneNumberUtil.getInstance();

	/**
	 * Regions that share the French national plan: metropolitan France and the overseas
	 * departments.
	 */
	private static final List<String> FRENCH_REGIONS = List.of("FR", "GP", "GF", "MQ", "RE", "YT");

	@Test
	void writtenFormsGiveTheReferencesE164AndKind() {
		List<String> written = List.of("06 12 34 56 78", "07.81.22.33.44", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78",
				"0033 6 12 34 56 78", "03 88 12 34 56", "01 45 67 89 10", "09 72 11 22 33", "0690 12 34 56",
				"+590 690 12 34 56", "0694 22 11 33", "0696-11-22-33", "0692 11 22 33", "0693 11 22 33",
				"0639 11 22 33", "0590 82 11 22", "0262 41 00 00", "0269 61 00 00", "0596 71 00 00", "0594 29 00 00");
		for (String number : written) {
			List<PhoneNumber> readings = readings(number);
			assertThat(readings).as(number + " for the reference").isNotEmpty();
			assertThat(readings).extracting(r -> REFERENCE.format(r, PhoneNumberFormat.E164))
				.as(number)
				.contains(FrenchPhone.toE164(number));
			assertThat(FrenchPhone.isMobile(number)).as(number + " is a mobile")
				.isEqualTo(REFERENCE.getNumberType(readings.get(0)) == PhoneNumberType.MOBILE);
		}
	}

	@Test
	void everyMobileTheReferenceKnowsIsAMobileForUsWithTheSameE164() {
		Random random = new Random(11);
		List<String> disagreements = new ArrayList<>();
		String[] prefixes = { "06", "07", "0690", "0691", "0694", "0696", "0697", "0692", "0693", "0639" };
		for (String prefix : prefixes) {
			for (int i = 0; i < 2_000; i++) {
				StringBuilder number = new StringBuilder(prefix);
				while (number.length() < 10) {
					number.append(random.nextInt(10));
				}
				List<PhoneNumber> readings = readings(number.toString());
				if (readings.isEmpty() || REFERENCE.getNumberType(readings.get(0)) != PhoneNumberType.MOBILE) {
					continue; // not allocated: nothing to compare
				}
				List<String> e164 = readings.stream().map(r -> REFERENCE.format(r, PhoneNumberFormat.E164)).toList();
				if (!FrenchPhone.isMobile(number.toString()) || !e164.contains(FrenchPhone.toE164(number.toString()))) {
					disagreements.add(number + " (reference " + e164 + ")");
				}
			}
		}
		assertThat(disagreements).isEmpty();
	}

	/**
	 * The number as the reference reads it in each French region where it is valid (some
	 * overseas ranges are valid in several departments, each with its country code);
	 * empty in none.
	 */
	private static List<PhoneNumber> readings(String number) {
		List<PhoneNumber> readings = new ArrayList<>();
		for (String region : FRENCH_REGIONS) {
			try {
				PhoneNumber parsed = REFERENCE.parse(number.replace("(0)", ""), region);
				if (REFERENCE.isValidNumber(parsed)) {
					readings.add(parsed);
				}
			}
			catch (NumberParseException e) {
				return List.of();
			}
		}
		return readings;
	}

}
