package fr.relance.output.letters.internal;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The print-provider pushes ({@code print_push}); each statement is
 * {@code PrintPushDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface PrintPushDao {

	/**
	 * Tonight's letter batches of the establishment join the ones waiting to be pushed
	 * (once each).
	 */
	@SqlUpdate
	int registerTonight(@Bind("finess") String finess, @Bind("night") LocalDate night);

	@SqlQuery
	@RegisterConstructorMapper(Waiting.class)
	List<Waiting> waiting(@Bind("finess") String finess);

	@SqlUpdate
	void pushed(@Bind("batch") long batch, @Bind("remotePath") String remotePath);

	@SqlUpdate
	void failed(@Bind("batch") long batch, @Bind("error") String error);

	/** A registered batch whose files are not on the provider's server yet. */
	record Waiting(long batch, String filePath, String indexPath, LocalDate night) {
	}

}
