package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The write-offs of a patient's debts, for explain; each statement
 * {@code WrittenOffDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface WrittenOffDao {

	@SqlQuery
	@RegisterConstructorMapper(WrittenOff.class)
	List<WrittenOff> writtenOff(@Bind("patient") long patientId);

	record WrittenOff(String invoiceNumber, BigDecimal amount, LocalDate allocatedOn, String fileName,
			Integer fileLine) {
	}

}
