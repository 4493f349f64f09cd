package fr.relance.samples.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import fr.relance.samples.LedgerFlag;
import fr.relance.samples.SampleAddress;
import fr.relance.samples.SamplePatient;

/**
 * Derives patient number {@code index} of one establishment from the seed alone, so a
 * patient with several invoices is rebuilt identically for each of them and no patient
 * list is ever kept.
 */
final class PatientFactory {

	/** Fictitious AMC organisation numbers (9 digits, starting 99). */
	static final List<String> AMC_ORGANISATIONS = List.of("990100017", "990200015", "990300013", "990400011",
			"990500019", "990600017", "990700015", "990800013", "990900011", "991000019");

	private static final Pattern NOT_IN_EMAIL = Pattern.compile("[^A-Za-z-]");

	private final long seed;

	private final int establishment;

	private final Places.City home;

	private final LocalDate businessDate;

	PatientFactory(long seed, int establishment, Places.City home, LocalDate businessDate) {
		this.seed = seed;
		this.establishment = establishment;
		this.home = home;
		this.businessDate = businessDate;
	}

	SamplePatient patient(int index) {
		SplittableRandom random = Draws.random(this.seed, Draws.PATIENTS, this.establishment, index);
		String lastName = Names.surname(random);
		String firstName = Draws.pick(random, Names.FIRST_NAMES);
		Places.City city = city(random);
		SampleAddress address = new SampleAddress(street(random), line2(random), city.postcode(), city.name());
		String phone = Phones.patientPhone(random, city);
		String email = Draws.chance(random, 0.55) ? email(random, firstName, lastName) : "";
		LocalDate birthDate = birthDate(random);
		String amc = Draws.chance(random, 0.80) ? Draws.pick(random, AMC_ORGANISATIONS) : "";
		return new SamplePatient(Draws.digits(100_000_000L + index, 9), lastName, firstName, address, phone, email,
				birthDate, amc, flags(random));
	}

	private Places.City city(SplittableRandom random) {
		double where = random.nextDouble();
		if (where < 0.70) {
			return this.home;
		}
		if (where < 0.97) {
			return random.nextBoolean() ? Draws.pick(random, Places.PATIENT_CITIES)
					: Draws.pick(random, Places.ESTABLISHMENT_CITIES);
		}
		return Draws.pick(random, Places.OVERSEAS_CITIES);
	}

	private static String street(SplittableRandom random) {
		int number = 1 + random.nextInt(180);
		double suffix = random.nextDouble();
		String complement = suffix < 0.05 ? " bis" : suffix < 0.07 ? " ter" : "";
		return number + complement + " " + Draws.pick(random, Places.STREET_TYPES) + " "
				+ Draws.pick(random, Places.STREET_NAMES);
	}

	private static String line2(SplittableRandom random) {
		return Draws.chance(random, 0.15) ? Draws.pick(random, Places.SECOND_LINES) : "";
	}

	private static String email(SplittableRandom random, String firstName, String lastName) {
		String number = Draws.chance(random, 0.4) ? Integer.toString(10 + random.nextInt(90)) : "";
		String domain = Draws.pick(random, List.of("example.com", "example.org", "example.net"));
		return ascii(firstName) + "." + ascii(lastName) + number + "@" + domain;
	}

	/**
	 * Lower-case ASCII for an e-mail local part: accents dropped, apostrophes and spaces
	 * removed.
	 */
	private static String ascii(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		return NOT_IN_EMAIL.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Mostly adults, a share of children (3-17: born before any care date) and of elderly
	 * patients.
	 */
	private LocalDate birthDate(SplittableRandom random) {
		double band = random.nextDouble();
		int age = band < 0.15 ? 3 + random.nextInt(15)
				: band < 0.75 ? 18 + random.nextInt(52) : 70 + random.nextInt(30);
		return this.businessDate.minusYears(age).minusDays(random.nextInt(365));
	}

	private static Set<LedgerFlag> flags(SplittableRandom random) {
		Set<LedgerFlag> flags = EnumSet.noneOf(LedgerFlag.class);
		if (Draws.chance(random, 0.006)) {
			flags.add(LedgerFlag.DECEASED);
		}
		if (Draws.chance(random, 0.012)) {
			flags.add(LedgerFlag.GUARDIANSHIP);
		}
		if (Draws.chance(random, 0.03)) {
			flags.add(LedgerFlag.SMS_OPTOUT);
		}
		return flags;
	}

}
