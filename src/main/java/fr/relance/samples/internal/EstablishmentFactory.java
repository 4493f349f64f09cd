package fr.relance.samples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.relance.samples.LedgerExport;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.SampleEstablishment.Sector;
import fr.relance.support.ids.Finess;

/**
 * Derives establishment number {@code index}: its city (from a fixed list, so a run with
 * three or more establishments includes a Corsican one with a {@code 2A} FINESS), its
 * FINESS (department, then a number distinct for every index), one public hospital in
 * three, and test bank details.
 */
public final class EstablishmentFactory {

	private static final List<String> CLINIC_NAMES = List.of("des Tilleuls", "du Parc", "des Quatre Vents",
			"de la Source", "du Belvédère", "des Glycines", "du Lac", "des Cèdres");

	private EstablishmentFactory() {
	}

	/**
	 * Establishment {@code index}; the profile only says how its ledger is written and
	 * changes nothing else.
	 */
	public static SampleEstablishment establishment(long seed, int index, LedgerExport profile) {
		Places.City city = city(index);
		String finess = finess(seed, index, city);
		SplittableRandom random = Draws.random(seed, Draws.ESTABLISHMENT, index, 0);
		Sector sector = index % 3 == 2 ? Sector.PUBLIC : Sector.PRIVATE;
		String name = sector == Sector.PUBLIC ? "Centre hospitalier " + of(city.name()) + " (fictif)"
				: "Clinique " + Draws.pick(random, CLINIC_NAMES) + " (fictive)";
		List<String> address = new ArrayList<>(2);
		address.add((1 + random.nextInt(120)) + " " + Draws.pick(random, Places.STREET_TYPES) + " "
				+ Draws.pick(random, Places.STREET_NAMES));
		if (sector == Sector.PUBLIC) {
			address.add("CS " + Draws.digits(10_000 + random.nextInt(90_000), 5));
		}
		String contact = "Service facturation : " + Phones.landline(random, city)
				+ " (du lundi au vendredi, de 9 h à 17 h)";
		String iban = TestIban.forAccount(Draws.digits(random.nextInt(10_000_000), 7));
		return new SampleEstablishment(index, finess, name, sector, address, city.postcode(), city.name(), contact,
				"https://paiement.example.fr/" + finess, iban, TestIban.BIC, profile);
	}

	static Places.City city(int index) {
		return Places.ESTABLISHMENT_CITIES.get(index % Places.ESTABLISHMENT_CITIES.size());
	}

	/**
	 * Department, a 0, five digits distinct for every index below 100 000, and the Luhn
	 * key.
	 */
	private static String finess(long seed, int index, Places.City city) {
		SplittableRandom random = Draws.random(seed, Draws.ESTABLISHMENT, -1, 0);
		long number = (random.nextInt(100_000) + index * 7_919L) % 100_000;
		boolean corsica = city.department().startsWith("2A") || city.department().startsWith("2B");
		String department = corsica ? "20" : city.department();
		String finess = Finess.withKey(department + "0" + Draws.digits(number, 5));
		// the key of 2A/2B is computed as for 20 (Finess.isValid does the same)
		return corsica ? city.department() + finess.substring(2) : finess;
	}

	/** "de Lyon", "d'Ajaccio". */
	private static String of(String city) {
		return "AEIOUÉ".indexOf(city.charAt(0)) >= 0 ? "d'" + city : "de " + city;
	}

}
