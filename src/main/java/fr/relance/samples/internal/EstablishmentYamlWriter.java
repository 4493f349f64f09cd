package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleEstablishment;
import fr.relance.samples.WorldWriter;

/**
 * Writes {@code establishments/<FINESS>.yml}, the configuration the engine loads for an
 * establishment. Plain string building: every scalar is double-quoted so that postcodes
 * and FINESS numbers keep their leading zeros.
 */
public final class EstablishmentYamlWriter implements WorldWriter {

	private final Path directory;

	private final List<Path> files = new ArrayList<>();

	public EstablishmentYamlWriter(GenerationOptions options) {
		this.directory = options.outputDir().resolve("establishments");
	}

	@Override
	public void beginEstablishment(SampleEstablishment establishment) throws IOException {
		try (PartFile file = new PartFile(this.directory.resolve(establishment.finess() + ".yml"))) {
			file.writer().write(yaml(establishment));
			this.files.add(file.commit());
		}
	}

	/** The YAML document, LF line ends. */
	public static String yaml(SampleEstablishment establishment) {
		StringBuilder s = new StringBuilder(512);
		s.append("finess: ").append(quoted(establishment.finess())).append('\n');
		s.append("legalName: ").append(quoted(establishment.legalName())).append('\n');
		s.append("sector: ").append(establishment.sector().code()).append('\n');
		s.append("address:\n");
		establishment.addressLines().forEach(line -> s.append("  - ").append(quoted(line)).append('\n'));
		s.append("postcode: ").append(quoted(establishment.postcode())).append('\n');
		s.append("city: ").append(quoted(establishment.city())).append('\n');
		s.append("patientContact: ").append(quoted(establishment.patientContact())).append('\n');
		s.append("paymentUrl: ").append(quoted(establishment.paymentUrl())).append('\n');
		s.append("iban: ").append(quoted(establishment.iban())).append('\n');
		s.append("bic: ").append(quoted(establishment.bic())).append('\n');
		s.append("ledgerProfile: ").append(establishment.ledgerProfile().profileName()).append('\n');
		s.append("scenario: ").append(establishment.sector().scenario()).append('\n');
		// the generated ledgers record cash-desk payments only; bank transfers reach us
		// through the statement
		s.append("ledgerRecordsBankPayments: false\n");
		return s.toString();
	}

	private static String quoted(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	@Override
	public void write(GeneratedInvoice invoice) {
		// the configuration does not depend on invoices
	}

	@Override
	public List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public void close() {
		// each file is closed as soon as written
	}

}
