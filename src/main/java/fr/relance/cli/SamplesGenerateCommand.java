package fr.relance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.relance.samples.GenerationOptions;
import fr.relance.samples.GenerationReport;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.support.time.RunDates;

/**
 * {@code samples generate}: a deterministic synthetic world, written as a drop-zone tree.
 * No database needed.
 */
class SamplesGenerateCommand implements Command {

	@Override
	public String name() {
		return "samples generate";
	}

	@Override
	public String summary() {
		return "write a deterministic synthetic world (drop tree, establishment files, truth.csv)";
	}

	@Override
	public String usage() {
		return """
				usage: relance samples generate --out DIR [--establishments N] [--invoices M] [--seed S] [--date D]
				                                [--profiles A,B] [--returns true] [--next-night true]

				Writes DIR/drop/<FINESS>/in/... (each establishment's ledger), DIR/establishments/<FINESS>.yml and
				DIR/truth.csv (the expected final state of every invoice part). The same options always give the
				same bytes. Streams: a million invoices take seconds and little memory.
				  --out DIR             output directory (required)
				  --establishments N    number of establishments (default 2)
				  --invoices M          invoices per establishment (default 1000)
				  --seed S              random seed (default 1)
				  --date YYYY-MM-DD     business date of the world (default 2026-11-20)
				  --profiles A,B,...    ledger profiles given to establishments in turn (default: relance-standard,
				                        gam-windows1252, positional-utf8, fec; --establishments 4 covers all four)
				  --returns true        also tonight's NOEMIE return, B2 file and bank statement of each establishment
				                        (not for FEC establishments), and a truth.csv after their reconciliation
				  --next-night true     the files of the night after --date (same --date, seed, sizes and profiles as
				                        the first night): each ledger with ~1 % lines changed (desk payments) and ~1 %
				                        new invoices, with --returns new NOEMIE payments and bank transfers (no B2);
				                        truth.csv is the state after both nights; no kpi-truth.csv (first night only).
				                        Write it to another DIR, run night D on the first world, then night D+1 on it

				Ledgers are written as ledger-<yyyyMMdd>.csv, or FEC-<yyyyMMdd>.txt for a FEC establishment (the date
				of the night the files are for: D, or D+1 with --next-night true).

				Run a night on it:  relance nightly --date D --drop DIR/drop --establishments DIR/establishments
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		arguments.checkOptions(
				Set.of("out", "establishments", "invoices", "seed", "date", "profiles", "returns", "next-night"));
		Path out = Path.of(arguments.option("out").orElseThrow(() -> new UsageException("--out DIR is required")));
		GenerationOptions options = new GenerationOptions(integer(arguments, "establishments", 2),
				integer(arguments, "invoices", 1000), Long.parseLong(arguments.option("seed").orElse("1")),
				arguments.option("date").map(RunDates::parse).orElse(LocalDate.of(2026, 11, 20)), out);
		if (arguments.option("returns").map(Boolean::parseBoolean).orElse(false)) {
			options = options.withReturns(true);
		}
		if (arguments.option("next-night").map(Boolean::parseBoolean).orElse(false)) {
			options = options.withNextNight(true);
		}
		if (arguments.option("profiles").isPresent()) {
			options = options.withProfiles(List.of(arguments.option("profiles").get().split(",")));
		}
		GenerationReport report = new SampleWorldGenerator().generate(options);
		console.out()
			.printf(Locale.ROOT, "Generated %,d invoices for %d establishments in %.1f s under %s%n",
					report.totalInvoices(), report.invoicesByFiness().size(), report.elapsed().toMillis() / 1000.0,
					out.toAbsolutePath());
		report.files().forEach(f -> console.out().println("  " + f));
		return ExitCode.OK;
	}

	private static int integer(Arguments arguments, String name, int defaultValue) {
		String value = arguments.option(name).orElse(null);
		try {
			return value == null ? defaultValue : Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
		}
	}

}
