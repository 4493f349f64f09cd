package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The establishment's answers on a patient's cases, for explain; each statement
 * {@code WorklistAnswerDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface WorklistAnswerDao {

	@SqlQuery
	@RegisterConstructorMapper(Answer.class)
	List<Answer> answers(@Bind("patient") long patientId);

	/**
	 * One answer: {@code kind} as stored ({@code write_off_refused},
	 * {@code handed_over}...).
	 */
	record Answer(long caseId, String kind, LocalDate answeredOn, String thirdParty, BigDecimal amount, String fileName,
			int fileLine) {
	}

}
