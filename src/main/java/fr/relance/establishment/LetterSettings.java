package fr.relance.establishment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an establishment's letters are printed and paid: the {@code letters} key of its
 * file, every part optional.
 *
 * @param senderLines lines printed above the creditor's address in the sender block (e.g.
 * the billing office), none by default
 * @param collector the amicable collector acting for the establishment, if any: its
 * identity and statement are printed (CPCE R124-4 1°)
 * @param publicAccountant for a public establishment, the public accountant's payment
 * route printed instead of the IBAN
 * @param duplex letters are printed on both sides: each is padded to an even page count
 * @param maxPerNight at most this many letters a night (highest expected value first);
 * the rest wait for the next nights
 * @param printProvider SFTP server of a print provider the print files are pushed to
 * after each night
 */
public record LetterSettings(List<String> senderLines, Optional<Collector> collector,
		Optional<PublicAccountant> publicAccountant, boolean duplex, OptionalInt maxPerNight,
		Optional<Establishment.Pull> printProvider) {

	public static final LetterSettings DEFAULT = new LetterSettings(List.of(), Optional.empty(), Optional.empty(),
			false, OptionalInt.empty(), Optional.empty());

	public LetterSettings {
		senderLines = List.copyOf(senderLines);
	}

	/**
	 * @param statement replaces the template's statement that the collector carries out
	 * amicable collection
	 */
	public record Collector(String name, List<String> address, String postcode, String city,
			Optional<String> statement) {

		public Collector {
			address = List.copyOf(address);
		}

	}

	/**
	 * @param name the accountant's office (e.g. the trésorerie)
	 * @param paymentRoute how to pay it, printed as given
	 */
	public record PublicAccountant(String name, String paymentRoute) {
	}

}
