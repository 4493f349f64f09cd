package fr.relance.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class GenerationOptionsTests {

	static final LocalDate DATE = LocalDate.of(2026, 3, 16);

	static final Path OUT = Path.of("target", "world");

	@Test
	void countsInvoicesPerEstablishment() {
		assertThat(new GenerationOptions(3, 1_000, 1, DATE, OUT).totalInvoices()).isEqualTo(3_000);
	}

	@Test
	void rejectsOutOfRangeCountsWithTheValueGiven() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GenerationOptions(0, 10, 1, DATE, OUT))
			.withMessage("establishments must be between 1 and 1000, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new GenerationOptions(1, -5, 1, DATE, OUT))
			.withMessage("invoices per establishment must be between 0 and 10000000, got -5");
		assertThatIllegalArgumentException().isThrownBy(() -> new GenerationOptions(1, 10_000_001, 1, DATE, OUT))
			.withMessageContaining("got 10000001");
	}

	@Test
	void requiresDateAndDirectory() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GenerationOptions(1, 1, 1, null, OUT))
			.withMessage("business date is required");
		assertThatIllegalArgumentException().isThrownBy(() -> new GenerationOptions(1, 1, 1, DATE, null))
			.withMessage("output directory is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GenerationOptions(1, 1, 1, LocalDate.of(1999, 12, 31), OUT))
			.withMessage("business date must be in 2000-2099, got 1999-12-31");
	}

	@Test
	void theFiveArgumentConstructorTakesEveryProfileInTurn() {
		GenerationOptions options = new GenerationOptions(6, 10, 1, DATE, OUT);
		assertThat(options.ledgerProfiles()).containsExactly(LedgerExport.RELANCE_STANDARD,
				LedgerExport.GAM_WINDOWS1252, LedgerExport.POSITIONAL_UTF8, LedgerExport.FEC);
		assertThat(IntStream.range(0, 6).mapToObj(options::ledgerProfile).map(LedgerExport::profileName))
			.containsExactly("relance-standard", "gam-windows1252", "positional-utf8", "fec", "relance-standard",
					"gam-windows1252");
	}

	@Test
	void profilesCanBeForcedByNameKeepingTheOtherOptions() {
		GenerationOptions options = new GenerationOptions(3, 10, 7, DATE, OUT).withProfiles(List.of("fec"));
		assertThat(options).isEqualTo(new GenerationOptions(3, 10, 7, DATE, OUT, List.of(LedgerExport.FEC)));
		assertThat(options.ledgerProfile(2)).isEqualTo(LedgerExport.FEC);
		assertThat(options.withProfiles(LedgerExport.GAM_WINDOWS1252, LedgerExport.FEC).ledgerProfile(2))
			.isEqualTo(LedgerExport.GAM_WINDOWS1252);
	}

	@Test
	void rejectsUnknownOrMissingProfilesNamingTheKnownOnes() {
		GenerationOptions options = new GenerationOptions(1, 1, 1, DATE, OUT);
		assertThatIllegalArgumentException().isThrownBy(() -> options.withProfiles(List.of("gam")))
			.withMessage("unknown ledger profile 'gam', expected one of relance-standard, gam-windows1252, "
					+ "positional-utf8, fec");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withProfiles(List.of()))
			.withMessage("at least one ledger profile is required, expected among relance-standard, gam-windows1252, "
					+ "positional-utf8, fec");
		assertThatIllegalArgumentException().isThrownBy(() -> options.withProfiles((LedgerExport) null))
			.withMessageStartingWith("at least one ledger profile is required");
	}

	@Test
	void theNextNightKeepsTheBusinessDateAndWritesTheDayAfterWithOnePercentNewInvoices() {
		GenerationOptions first = new GenerationOptions(3, 250, 1, DATE, OUT).withReturns(true);
		GenerationOptions next = first.withNextNight(true).withProfiles(List.of("fec"));
		assertThat(first.nextNight()).isFalse();
		assertThat(first.fileDate()).isEqualTo(DATE);
		assertThat(next.nextNight()).isTrue();
		assertThat(next.returns()).isTrue();
		assertThat(next.businessDate()).isEqualTo(DATE);
		assertThat(next.fileDate()).isEqualTo(DATE.plusDays(1));
		assertThat(next.invoicesWritten()).isEqualTo(253);
		assertThat(next.totalInvoices()).isEqualTo(759);
		assertThat(next.withNextNight(false).withProfiles(LedgerExport.all().toArray(LedgerExport[]::new)))
			.isEqualTo(first);
	}

}
