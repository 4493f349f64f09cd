package fr.relance.samples;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate: {@code establishments} establishments with {@code invoicesPerEstablishment} invoices each
 * (per establishment, not in total), drawn from {@code seed}, as seen on {@code businessDate}, into
 * {@code outputDir}.
 */
public record GenerationOptions(int establishments, int invoicesPerEstablishment, long seed, LocalDate businessDate,
		Path outputDir) {

	/** At most this many establishments (their FINESS numbers stay distinct well below it). */
	public static final int MAX_ESTABLISHMENTS = 1_000;

	/** At most this many invoices per establishment (invoice numbers have 9 digits). */
	public static final int MAX_INVOICES_PER_ESTABLISHMENT = 10_000_000;

	public GenerationOptions {
		if (establishments < 1 || establishments > MAX_ESTABLISHMENTS) {
			throw new IllegalArgumentException("establishments must be between 1 and " + MAX_ESTABLISHMENTS
					+ ", got " + establishments);
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
	}

	/** Total number of invoices the generation writes. */
	public long totalInvoices() {
		return (long) this.establishments * this.invoicesPerEstablishment;
	}

}
