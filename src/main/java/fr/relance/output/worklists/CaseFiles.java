package fr.relance.output.worklists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.jdbi.v3.core.Jdbi;

import fr.relance.output.worklists.internal.WorklistDao;

/**
 * Reads the case files of many cases at once: one statement per kind of fact, never case
 * by case.
 */
final class CaseFiles {

	private CaseFiles() {
	}

	/** The files of these cases of the establishment, in the order of the ids given. */
	static Map<Long, CaseFile> load(Jdbi jdbi, String finess, List<Long> caseIds) {
		long[] ids = caseIds.stream().mapToLong(Long::longValue).toArray();
		return jdbi.withExtension(WorklistDao.class, dao -> {
			Map<Long, WorklistDao.DebtorRow> debtors = new HashMap<>();
			dao.debtors(finess, ids).forEach(d -> debtors.put(d.caseId(), d));
			Map<Long, List<WorklistDao.InvoiceRow>> invoices = group(dao.invoices(finess, ids),
					WorklistDao.InvoiceRow::caseId);
			Map<Long, List<WorklistDao.StepRow>> steps = group(dao.steps(finess, ids), WorklistDao.StepRow::caseId);
			Map<Long, List<WorklistDao.PaymentRow>> payments = group(dao.payments(finess, ids),
					WorklistDao.PaymentRow::caseId);
			Map<Long, CaseFile> files = new LinkedHashMap<>();
			for (long id : ids) {
				WorklistDao.DebtorRow debtor = debtors.get(id);
				if (debtor != null) {
					files.put(id, new CaseFile(id, debtor, invoices.getOrDefault(id, List.of()),
							steps.getOrDefault(id, List.of()), payments.getOrDefault(id, List.of())));
				}
			}
			return files;
		});
	}

	private static <T> Map<Long, List<T>> group(List<T> rows, ToLongFunction<T> caseId) {
		Map<Long, List<T>> grouped = new HashMap<>();
		rows.forEach(r -> grouped.computeIfAbsent(caseId.applyAsLong(r), k -> new ArrayList<>()).add(r));
		return grouped;
	}

}
