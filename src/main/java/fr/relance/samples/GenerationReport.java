package fr.relance.samples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation wrote: invoices per FINESS (in generation order), every file written
 * (writer by writer, in the order each writer finished them) and the elapsed time.
 */
public record GenerationReport(Map<String, Integer> invoicesByFiness, List<Path> files, Duration elapsed) {

	public GenerationReport {
		invoicesByFiness = Collections.unmodifiableMap(new LinkedHashMap<>(invoicesByFiness));
		files = List.copyOf(files);
	}

	/** Invoices over all establishments. */
	public long totalInvoices() {
		return this.invoicesByFiness.values().stream().mapToLong(Integer::longValue).sum();
	}

}
