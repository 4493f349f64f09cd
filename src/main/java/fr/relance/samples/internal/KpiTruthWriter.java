package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.PartState;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;
import fr.relance.support.money.Amounts;

/**
 * Writes {@code kpi-truth.csv}: what the KPI report of the business date must show for
 * each establishment, from the generator's own model (never from the engine), when the
 * establishment's ledger and tonight's files are all taken that night and an earlier
 * reported night had no files (so the ledger's paid columns are an opening balance, and
 * tonight's money counts whatever its date). One row per establishment, figure, payer and
 * age bucket:
 * <ul>
 * <li>{@code RECOVERED}: AMO and AMC, what tonight's NOEMIE returns paid on the parts;
 * PATIENT, what tonight's bank transfers put on invoices (at most the open amount: the
 * rest is a credit, and the transfer quoting no known invoice waits in suspense, so
 * neither is recovery);</li>
 * <li>{@code OPEN_BALANCE}: per payer, the sum of due minus settled of the
 * {@link ExpectedParts} rows, when positive;</li>
 * <li>{@code AGEING}: the same per bucket of days since the invoice's due date (its
 * invoice date plus 30 days, which a FEC import also assumes), 0-30, 31-60, 61-90,
 * 91-180, 181-365, 365+ (a part not due yet is in 0-30).</li>
 * </ul>
 * Amounts in euros with a point; establishments whose ledger holds the patient's part
 * only (FEC) get PATIENT rows. Each establishment's figures are summed in a few counters:
 * nothing of an invoice is kept.
 */
public final class KpiTruthWriter implements WorldWriter {

	public static final String[] HEADER = { "finess", "figure", "payer", "bucket", "amount" };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader(HEADER)
		.get();

	private final LocalDate night;

	private final PartFile file;

	private final CSVPrinter printer;

	private final List<Path> files = new ArrayList<>(1);

	/**
	 * Cents per "figure;payer;bucket" of the current establishment, in a stable order.
	 */
	private final Map<String, Long> cents = new TreeMap<>();

	private boolean patientShareOnly;

	/**
	 * The KPI truth of a first night; none on a next night, whose KPIs would also depend
	 * on what the first night reported.
	 */
	public static WorldWriter open(GenerationOptions options) throws IOException {
		return options.nextNight() ? new Skipped() : new KpiTruthWriter(options);
	}

	public KpiTruthWriter(GenerationOptions options) throws IOException {
		this.night = options.businessDate();
		this.file = new PartFile(options.outputDir().resolve("kpi-truth.csv"));
		this.printer = new CSVPrinter(this.file.writer(), FORMAT);
	}

	@Override
	public void beginEstablishment(SampleEstablishment establishment) {
		this.patientShareOnly = establishment.ledgerProfile().patientShareOnly();
		this.cents.clear();
	}

	@Override
	public void write(GeneratedInvoice invoice) {
		for (PayerReturn ret : invoice.settlement().returns()) {
			add("RECOVERED", ret.payer(), "", Amounts.toCents(ret.paid()));
		}
		add("RECOVERED", Payer.PATIENT, "", ExpectedParts.bankCents(invoice));
		String bucket = bucket(invoice);
		for (PartState part : ExpectedParts.of(invoice)) {
			if (this.patientShareOnly && part.payer() != Payer.PATIENT) {
				continue;
			}
			long open = Amounts.toCents(part.due()) - Amounts.toCents(part.settled());
			if (open > 0) {
				add("OPEN_BALANCE", part.payer(), "", open);
				add("AGEING", part.payer(), bucket, open);
			}
		}
	}

	private String bucket(GeneratedInvoice invoice) {
		long age = ChronoUnit.DAYS.between(invoice.dueDate(), this.night);
		return age <= 30 ? "0-30"
				: age <= 60 ? "31-60" : age <= 90 ? "61-90" : age <= 180 ? "91-180" : age <= 365 ? "181-365" : "365+";
	}

	private void add(String figure, Payer payer, String bucket, long amount) {
		if (amount != 0) {
			this.cents.merge(figure + ";" + payer.name() + ";" + bucket, amount, Long::sum);
		}
	}

	@Override
	public void endEstablishment(SampleEstablishment establishment) throws IOException {
		for (Map.Entry<String, Long> row : this.cents.entrySet()) {
			String[] key = row.getKey().split(";", -1);
			this.printer.printRecord(establishment.finess(), key[0], key[1], key[2],
					Amounts.ofCents(row.getValue()).toPlainString());
		}
	}

	@Override
	public void finish() throws IOException {
		this.printer.flush();
		this.files.add(this.file.commit());
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

	/** Writes nothing. */
	private static final class Skipped implements WorldWriter {

		@Override
		public void write(GeneratedInvoice invoice) {
		}

		@Override
		public List<Path> files() {
			return List.of();
		}

		@Override
		public void close() {
		}

	}

}
