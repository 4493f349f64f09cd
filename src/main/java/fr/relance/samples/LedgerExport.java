package fr.relance.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ledger mapping profiles of {@code jobs/profiles/<name>.yml} the generator can
 * write. The profile files are the contract; each constant writes what its file
 * describes. A FEC carries the patient's receivable only (no AMO or AMC part), which is
 * why {@link #patientShareOnly()} exists.
 */
public enum LedgerExport {

	/**
	 * UTF-8, {@code ;}, decimal comma, dd/MM/yyyy, English header ({@link LedgerColumn}).
	 */
	RELANCE_STANDARD("relance-standard", "ledger-", ".csv"),
	/**
	 * Windows-1252, {@code ;}, decimal comma, French accented header, O/N flag columns,
	 * no FINESS column.
	 */
	GAM_WINDOWS1252("gam-windows1252", "ledger-", ".csv"),
	/**
	 * UTF-8 with a byte-order mark, no header, {@code ,}, decimal point, yyyy-MM-dd,
	 * columns by position.
	 */
	POSITIONAL_UTF8("positional-utf8", "ledger-", ".csv"),
	/**
	 * Fichier des Écritures Comptables: 18 tab-separated columns, patient receivables on
	 * accounts 411.
	 */
	FEC("fec", "FEC-", ".txt");

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final String profileName;

	private final String filePrefix;

	private final String fileSuffix;

	LedgerExport(String profileName, String filePrefix, String fileSuffix) {
		this.profileName = profileName;
		this.filePrefix = filePrefix;
		this.fileSuffix = fileSuffix;
	}

	/**
	 * Name of the profile file ({@code jobs/profiles/<name>.yml}), as written in the
	 * establishment YAML.
	 */
	public String profileName() {
		return this.profileName;
	}

	/**
	 * File name of a ledger dropped on {@code businessDate}: {@code ledger-20260316.csv},
	 * {@code FEC-20260316.txt}.
	 */
	public String fileName(LocalDate businessDate) {
		return this.filePrefix + FILE_DATE.format(businessDate) + this.fileSuffix;
	}

	/** True when the format can only express the patient's part of an invoice (FEC). */
	public boolean patientShareOnly() {
		return this == FEC;
	}

	/**
	 * The profile of that name; {@link IllegalArgumentException} naming the known ones
	 * otherwise.
	 */
	public static LedgerExport named(String name) {
		for (LedgerExport profile : values()) {
			if (profile.profileName.equals(name)) {
				return profile;
			}
		}
		throw new IllegalArgumentException("unknown ledger profile '" + name + "', expected one of " + names());
	}

	/** All profile names, comma-separated, in declaration order. */
	static String names() {
		return Arrays.stream(values()).map(LedgerExport::profileName).collect(Collectors.joining(", "));
	}

	/** Every profile in declaration order: the default round-robin. */
	public static List<LedgerExport> all() {
		return List.of(values());
	}

}
