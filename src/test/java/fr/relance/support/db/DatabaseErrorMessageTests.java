package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;

/**
 * A failed statement's message is what reaches the logs when an import fails: it names
 * the statement and the database's reason, never the values bound to it nor the row
 * PostgreSQL quotes in its detail line.
 */
@EngineTest
class DatabaseErrorMessageTests {

	@Autowired
	Jdbi jdbi;

	@Test
	void aFailedStatementsMessageCarriesTheSqlButNoBoundValueNorRowDetail() {
		Throwable nul = catchThrowable(() -> jdbi.useHandle(h -> h.createQuery("SELECT length(:name)")
			.bind("name", "FICTIF-SECRETNAME\u0000")
			.mapTo(Integer.class)
			.one()));
		Throwable notNull = catchThrowable(() -> jdbi.useHandle(h -> {
			h.execute("CREATE TEMPORARY TABLE message_probe (name TEXT, city TEXT NOT NULL)");
			h.createUpdate("INSERT INTO message_probe (name, city) VALUES (:name, NULL)")
				.bind("name", "FICTIF-ROWDETAIL")
				.execute();
		}));

		assertThat(nul.getMessage()).contains("invalid byte sequence", "SELECT length(:name)")
			.doesNotContain("SECRETNAME");
		assertThat(notNull.getMessage()).contains("null value in column", "INSERT INTO message_probe")
			.doesNotContain("FICTIF-ROWDETAIL");
	}

}
