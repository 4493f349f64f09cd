package fr.relance.output.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import fr.relance.output.EmittedAction;
import fr.relance.output.RegisteredParts;

/** The output stage's statements; each is {@code OutputDao/<method>.sql}. */
@UseClasspathSqlLocator
public interface OutputDao {

	/**
	 * Planned actions of closed cases are not sent: they are suppressed with the reason.
	 */
	@SqlUpdate
	int suppressClosed(@Bind("finess") String finess, @Bind("night") LocalDate night,
			@BindList("channels") Collection<String> channels);

	@SqlQuery
	@RegisterConstructorMapper(DueRow.class)
	List<DueRow> dueActions(@Bind("finess") String finess, @Bind("night") LocalDate night,
			@BindList("channels") Collection<String> channels);

	/** Parts of the night already registered: count and items. */
	@SqlQuery
	@RegisterConstructorMapper(RegisteredParts.class)
	RegisteredParts registered(@Bind("finess") String finess, @Bind("kind") String kind,
			@Bind("night") LocalDate night);

	@SqlQuery
	long registerBatch(@Bind("finess") String finess, @Bind("kind") String kind, @Bind("night") LocalDate night,
			@Bind("sequence") int sequence, @Bind("file") String file, @Bind("items") int items,
			@Bind("sha256") String sha256, @Bind("pages") int pages, @Bind("index") String index,
			@Bind("archive") String archive);

	@SqlBatch
	int[] markEmitted(@Bind("batch") long batch, @Bind("night") LocalDate night,
			@BindMethods List<EmittedAction> actions);

	record DueRow(long id, long caseId, String reference, String stepId, String channel, LocalDate runDate,
			java.math.BigDecimal expectedGain, String quotesReference) {
	}

}
