package fr.relance.ingest;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Held ledger snapshots in {@code source_file}; each statement is
 * {@code HeldSnapshotDao/<method>.sql}.
 */
@UseClasspathSqlLocator
interface HeldSnapshotDao {

	@SqlQuery
	@RegisterConstructorMapper(HeldSnapshots.Held.class)
	List<HeldSnapshots.Held> waiting(@Bind("finess") String finess);

	@SqlUpdate
	void hold(@Bind("id") long id, @Bind("reason") String reason);

	@SqlUpdate
	void confirm(@Bind("id") long id);

}
