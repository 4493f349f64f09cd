package fr.relance.samples.internal;

import java.util.List;

/**
 * Real French cities with one of their real postcodes, so addresses are well formed; the
 * street and the person living there are invented. Covers Alsace-Moselle (57, 67, 68,
 * local law), Corsica (2A, 2B) and the overseas departments (own phone prefixes).
 */
final class Places {

	/**
	 * A city: department as written in a FINESS, landline prefix of the area, and the
	 * mobile prefix when the city is overseas (empty in metropolitan France, where
	 * mobiles are 06/07).
	 */
	record City(String postcode, String name, String department, String landline, String overseasMobile) {

		boolean overseas() {
			return !this.overseasMobile.isEmpty();
		}

	}

	/** Where establishments are; index i gets city i modulo the size. */
	static final List<City> ESTABLISHMENT_CITIES = List.of(city("67000", "Strasbourg", "67", "03 88"),
			city("69003", "Lyon", "69", "04 78"), city("20000", "Ajaccio", "2A", "04 95"),
			city("59000", "Lille", "59", "03 20"), city("33000", "Bordeaux", "33", "05 56"),
			city("57000", "Metz", "57", "03 87"), city("44000", "Nantes", "44", "02 40"),
			city("31000", "Toulouse", "31", "05 61"), city("13005", "Marseille", "13", "04 91"),
			city("75011", "Paris", "75", "01 43"));

	/** Other cities patients live in. */
	static final List<City> PATIENT_CITIES = List.of(city("68100", "Mulhouse", "68", "03 89"),
			city("68000", "Colmar", "68", "03 89"), city("20200", "Bastia", "2B", "04 95"),
			city("35000", "Rennes", "35", "02 99"), city("34000", "Montpellier", "34", "04 67"),
			city("06000", "Nice", "06", "04 93"), city("21000", "Dijon", "21", "03 80"),
			city("87000", "Limoges", "87", "05 55"), city("51100", "Reims", "51", "03 26"),
			city("63000", "Clermont-Ferrand", "63", "04 73"), city("29200", "Brest", "29", "02 98"),
			city("42000", "Saint-Étienne", "42", "04 77"), city("25000", "Besançon", "25", "03 81"),
			city("54000", "Nancy", "54", "03 83"));

	static final List<City> OVERSEAS_CITIES = List.of(new City("97110", "Pointe-à-Pitre", "971", "05 90", "06 90"),
			new City("97200", "Fort-de-France", "972", "05 96", "06 96"),
			new City("97300", "Cayenne", "973", "05 94", "06 94"),
			new City("97400", "Saint-Denis", "974", "02 62", "06 92"),
			new City("97600", "Mamoudzou", "976", "02 69", "06 39"));

	static final List<String> STREET_TYPES = List.of("rue", "rue", "rue", "avenue", "boulevard", "place", "chemin",
			"impasse", "allée", "route", "quai");

	static final List<String> STREET_NAMES = List.of("des Lilas", "du Moulin", "de la Gare", "Victor Hugo",
			"des Écoles", "du Général Leclerc", "Jean Jaurès", "de la République", "des Vignes", "du Château",
			"Pasteur", "des Acacias", "de l'Église", "du 8 Mai 1945", "des Jardins", "Saint-Exupéry", "du Port",
			"des Peupliers", "de la Fontaine", "Émile Zola", "des Tanneurs", "du Marché", "des Cerisiers", "de Verdun");

	static final List<String> SECOND_LINES = List.of("Bâtiment B", "Appartement 12", "Résidence Les Tilleuls",
			"Escalier 3, 2e étage", "Chez M. et Mme Zorbavel (fictif)", "Lieu-dit Les Quatre Chemins", "BP 42");

	private Places() {
	}

	private static City city(String postcode, String name, String department, String landline) {
		return new City(postcode, name, department, landline, "");
	}

}
