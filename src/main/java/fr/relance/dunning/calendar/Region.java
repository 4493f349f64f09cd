package fr.relance.dunning.calendar;

import java.time.MonthDay;
import java.time.ZoneId;

/**
 * Where the debtor lives, as far as contact hours and public holidays go: the time zone
 * to apply the windows in and the local extra holidays. Derived from the postcode, so a
 * missing postcode means mainland France.
 */
public enum Region {

	MAINLAND("Europe/Paris", null),
	/**
	 * Moselle (57), Bas-Rhin (67), Haut-Rhin (68): Good Friday and 26 December are also
	 * holidays.
	 */
	ALSACE_MOSELLE("Europe/Paris", null), GUADELOUPE("America/Guadeloupe", MonthDay.of(5, 27)),
	MARTINIQUE("America/Martinique", MonthDay.of(5, 22)), GUYANE("America/Cayenne", MonthDay.of(6, 10)),
	REUNION("Indian/Reunion", MonthDay.of(12, 20)), SAINT_PIERRE_ET_MIQUELON("America/Miquelon", null),
	MAYOTTE("Indian/Mayotte", MonthDay.of(4, 27));

	private final ZoneId zone;

	private final MonthDay abolitionDay;

	Region(String zone, MonthDay abolitionDay) {
		this.zone = ZoneId.of(zone);
		this.abolitionDay = abolitionDay;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** Commemoration of the abolition of slavery in this overseas department, or null. */
	public MonthDay abolitionDay() {
		return this.abolitionDay;
	}

	/**
	 * Region of a French postcode. Saint-Barthélemy and Saint-Martin (971xx) are taken as
	 * Guadeloupe: same time zone, but their own commemoration days are not modelled.
	 */
	public static Region ofPostcode(String postcode) {
		String p = postcode == null ? "" : postcode.strip();
		if (p.startsWith("57") || p.startsWith("67") || p.startsWith("68")) {
			return ALSACE_MOSELLE;
		}
		if (p.length() < 3 || !p.startsWith("97")) {
			return MAINLAND;
		}
		return switch (p.charAt(2)) {
			case '1' -> GUADELOUPE;
			case '2' -> MARTINIQUE;
			case '3' -> GUYANE;
			case '4' -> REUNION;
			case '5' -> SAINT_PIERRE_ET_MIQUELON;
			case '6' -> MAYOTTE;
			default -> MAINLAND;
		};
	}

}
