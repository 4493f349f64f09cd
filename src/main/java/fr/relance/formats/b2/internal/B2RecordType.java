package fr.relance.formats.b2.internal;

import fr.relance.formats.b2.B2Layout;

/**
 * Type of a B2 record: {@code 000} and {@code 999} for the envelope, else the family
 * digit (position 1) plus the sub-type letter if any. CP: letter at 39 ({@code 2S},
 * {@code 3S}, {@code 4S}), else at 36 ({@code 3F}, {@code 3H}: inside the numeric invoice
 * number, so unambiguous); standard: letter at 36 (docs/formats.md#b2-records).
 */
final class B2RecordType {

	private B2RecordType() {
	}

	static String of(char[] record, B2Layout layout) {
		char family = record[0];
		if (family == '0' && record[1] == '0' && record[2] == '0') {
			return "000";
		}
		if (family == '9' && record[1] == '9' && record[2] == '9') {
			return "999";
		}
		if (family < '2' || family > '5') {
			return String.valueOf(family);
		}
		if (layout == B2Layout.CP && isLetter(record[38])) {
			return family + String.valueOf(record[38]);
		}
		return isLetter(record[35]) ? family + String.valueOf(record[35]) : String.valueOf(family);
	}

	private static boolean isLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

}
