package fr.relance.ingest.patients;

import java.util.List;
import java.util.Optional;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.LetterSettings;
import fr.relance.support.ids.Finess;

/**
 * Test ADT messages in the shape of the French IHE PAM profile: PID-3 with the
 * establishment's IPP (authority {@link #AUTHORITY}) and the national INS (NIR under the
 * authority 1.2.250.1.213.1.4.8), segments ended by CR.
 */
final class AdtMessages {

	static final String AUTHORITY = "CLINTEST";

	/**
	 * A synthetic NIR-shaped INS that must appear nowhere once the message is applied.
	 */
	static final String INS = "279057512345678";

	private AdtMessages() {
	}

	/**
	 * An establishment with a payment page (its letters render) whose ADT feed sends IPPs
	 * under AUTHORITY.
	 */
	static Establishment establishment(String stem8) {
		String finess = Finess.withKey(stem8);
		return new Establishment(finess, "Clinique du flux patients (fictive)", Sector.PRIVATE,
				List.of("1 rue du Test"), "75015", "Paris", "01 00 00 00 00", "https://paiement.example.fr/" + finess,
				null, null, "relance-standard", "private-clinic", new Sftp(finess, List.of(), Optional.empty()), false,
				null, LetterSettings.DEFAULT, AUTHORITY);
	}

	/**
	 * MSH + EVN + PID of an update event; {@code pid11}, {@code pid13}, {@code pid29},
	 * {@code pid30} as written.
	 */
	static String update(String event, String at, String ipp, String pid11, String pid13, String pid29, String pid30) {
		String structure = event.equals("A28") || event.equals("A31") ? "ADT_A05" : "ADT_A01";
		return "MSH|^~\\&|PAS|CLINTEST|RELANCE|RELANCE|" + at + "||ADT^" + event + "^" + structure + "|MSG" + at + ipp
				+ "|P|2.5|||||FRA|8859/1\r" + "EVN||" + at + "\r" + pid(ipp, pid11, pid13, pid29, pid30) + "PV1||N\r";
	}

	static String pid(String ipp, String pid11, String pid13, String pid29, String pid30) {
		return "PID|||" + ipp + "^^^" + AUTHORITY + "&1.2.250.1.999.1&ISO^PI~" + INS
				+ "^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||BLANC^Jeanne^^^^^L||19600201|F|||" + pid11 + "||"
				+ pid13 + "||||||||||||||||" + pid29 + "|" + pid30 + "\r";
	}

	/** An A40: {@code survivor} absorbs {@code absorbed}. */
	static String merge(String at, String survivor, String absorbed) {
		return "MSH|^~\\&|PAS|CLINTEST|RELANCE|RELANCE|" + at + "||ADT^A40^ADT_A39|MRG" + at + "|P|2.5|||||FRA|8859/1\r"
				+ "EVN||" + at + "\r" + pid(survivor, "", "", "", "") + "MRG|" + absorbed + "^^^" + AUTHORITY
				+ "&1.2.250.1.999.1&ISO^PI~" + INS + "^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS\r";
	}

	static String address(String street, String postcode, String city) {
		return street + "^^" + city + "^^" + postcode + "^FRA^H";
	}

	static String phones(String landline, String mobile, String email) {
		return "^PRN^PH^^^^^^^^^" + landline + "~^PRN^CP^^^^^^^^^" + mobile + "~^NET^Internet^" + email;
	}

}
