package fr.relance.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: {@code establishments} establishments with
 * {@code invoicesPerEstablishment} invoices each (per establishment, not in total), drawn
 * from {@code seed}, as seen on {@code businessDate}, into {@code outputDir}.
 * Establishment {@code i} writes its ledger in {@code ledgerProfiles[i % size]}: by
 * default all four profiles in turn, so a world of four establishments exercises every
 * one. The profiles only change how the ledger is written, never the establishments,
 * patients or invoices drawn. With {@code returns}, each establishment (but a FEC one,
 * whose ledger has no payer part) also gets tonight's NOEMIE return, B2 file and bank
 * statement, and {@code truth.csv} states every part after a night has reconciled them;
 * without (the default, so that a ledger-only world stays the same), the truth is the
 * ledger's. With {@code nextNight}, the same world one night later: the files of night
 * {@link #fileDate() businessDate + 1} (a few changed ledger lines, new invoices, new
 * returns and payments), and a truth after both nights; the invoices and night-1
 * settlements are still drawn on {@code businessDate}, so they are the first night's.
 */
public record GenerationOptions(int establishments, int invoicesPerEstablishment, long seed, LocalDate businessDate,
		Path outputDir, List<LedgerExport> ledgerProfiles, boolean returns, boolean nextNight) {

	/**
	 * At most this many establishments (their FINESS numbers stay distinct well below
	 * it).
	 */
	public static final int MAX_ESTABLISHMENTS = 1_000;

	/** At most this many invoices per establishment (invoice numbers have 9 digits). */
	public static final int MAX_INVOICES_PER_ESTABLISHMENT = 10_000_000;

	public GenerationOptions {
		if (establishments < 1 || establishments > MAX_ESTABLISHMENTS) {
			throw new IllegalArgumentException(
					"establishments must be between 1 and " + MAX_ESTABLISHMENTS + ", got " + establishments);
		}
		if (invoicesPerEstablishment < 0 || invoicesPerEstablishment > MAX_INVOICES_PER_ESTABLISHMENT) {
			throw new IllegalArgumentException("invoices per establishment must be between 0 and "
					+ MAX_INVOICES_PER_ESTABLISHMENT + ", got " + invoicesPerEstablishment);
		}
		if (businessDate == null) {
			throw new IllegalArgumentException("business date is required");
		}
		if (businessDate.getYear() < 2000 || businessDate.getYear() > 2099) {
			throw new IllegalArgumentException("business date must be in 2000-2099, got " + businessDate);
		}
		if (outputDir == null) {
			throw new IllegalArgumentException("output directory is required");
		}
		if (ledgerProfiles == null || ledgerProfiles.isEmpty() || ledgerProfiles.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException(
					"at least one ledger profile is required, expected among " + LedgerExport.names());
		}
		ledgerProfiles = List.copyOf(ledgerProfiles);
	}

	/** Options of a first night. */
	public GenerationOptions(int establishments, int invoicesPerEstablishment, long seed, LocalDate businessDate,
			Path outputDir, List<LedgerExport> ledgerProfiles, boolean returns) {
		this(establishments, invoicesPerEstablishment, seed, businessDate, outputDir, ledgerProfiles, returns, false);
	}

	/** Options without payer and bank files. */
	public GenerationOptions(int establishments, int invoicesPerEstablishment, long seed, LocalDate businessDate,
			Path outputDir, List<LedgerExport> ledgerProfiles) {
		this(establishments, invoicesPerEstablishment, seed, businessDate, outputDir, ledgerProfiles, false);
	}

	/**
	 * Options with the default round-robin over {@link LedgerExport#all() all profiles}.
	 */
	public GenerationOptions(int establishments, int invoicesPerEstablishment, long seed, LocalDate businessDate,
			Path outputDir) {
		this(establishments, invoicesPerEstablishment, seed, businessDate, outputDir, LedgerExport.all());
	}

	/**
	 * The same options with these profiles, by file name (e.g.
	 * {@code List.of("relance-standard")} to force one), taken in turn by establishment
	 * index.
	 */
	public GenerationOptions withProfiles(List<String> profileNames) {
		if (profileNames == null) {
			throw new IllegalArgumentException(
					"at least one ledger profile is required, expected among " + LedgerExport.names());
		}
		return withProfiles(profileNames.stream().map(LedgerExport::named).toArray(LedgerExport[]::new));
	}

	/** The same options with these profiles, taken in turn by establishment index. */
	public GenerationOptions withProfiles(LedgerExport... profiles) {
		return new GenerationOptions(this.establishments, this.invoicesPerEstablishment, this.seed, this.businessDate,
				this.outputDir, profiles == null ? null : Arrays.asList(profiles), this.returns, this.nextNight);
	}

	/**
	 * The same options with ({@code true}) or without the NOEMIE, B2 and bank files and
	 * their effect on the truth.
	 */
	public GenerationOptions withReturns(boolean value) {
		return new GenerationOptions(this.establishments, this.invoicesPerEstablishment, this.seed, this.businessDate,
				this.outputDir, this.ledgerProfiles, value, this.nextNight);
	}

	/**
	 * The same options for the first night ({@code false}) or the next one
	 * ({@code true}): same invoices, files of the day after.
	 */
	public GenerationOptions withNextNight(boolean value) {
		return new GenerationOptions(this.establishments, this.invoicesPerEstablishment, this.seed, this.businessDate,
				this.outputDir, this.ledgerProfiles, this.returns, value);
	}

	/**
	 * The night the written files belong to (their names, headers and booking dates): the
	 * business date, or the day after in next-night mode.
	 */
	public LocalDate fileDate() {
		return this.nextNight ? this.businessDate.plusDays(1) : this.businessDate;
	}

	/** True when this establishment gets payer and bank files (never a FEC one). */
	public boolean returnsFor(SampleEstablishment establishment) {
		return this.returns && !establishment.ledgerProfile().patientShareOnly();
	}

	/** Profile of establishment {@code index} (0-based). */
	public LedgerExport ledgerProfile(int index) {
		return this.ledgerProfiles.get(index % this.ledgerProfiles.size());
	}

	/**
	 * Invoices of one establishment on the written night: the first night's, plus 1 % new
	 * ones (rounded up) on the next night.
	 */
	public int invoicesWritten() {
		int count = this.invoicesPerEstablishment;
		return this.nextNight ? count + newInvoices(count) : count;
	}

	/**
	 * New invoices of the next night for {@code count} first-night ones: 1 %, rounded up.
	 */
	static int newInvoices(int count) {
		return (count + 99) / 100;
	}

	/** Total number of invoices the generation writes. */
	public long totalInvoices() {
		return (long) this.establishments * invoicesWritten();
	}

}
