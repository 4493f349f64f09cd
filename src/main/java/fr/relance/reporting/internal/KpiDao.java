package fr.relance.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The KPI history: one establishment's night written set-based into {@code kpi_daily} (one statement per family of
 * figures, {@code KpiDao/<method>.sql}), and the figures of a period read back from it.
 */
@UseClasspathSqlLocator
public interface KpiDao {

	/**
	 * Where a night reads the money tables: allocations with an id in ({@code allocationFrom}, {@code allocationUpto}]
	 * and ledger payments of source files in ({@code ledgerFileFrom}, {@code ledgerFileUpto}]; on the first night, the
	 * rows up to the marks dated that night.
	 */
	record Marks(boolean firstNight, long allocationFrom, long allocationUpto, long ledgerFileFrom,
			long ledgerFileUpto) {
	}

	/** One figure of a period. */
	record Figure(String kpi, String payer, String dimension, BigDecimal amount, long items, BigDecimal rate) {
	}

	@SqlUpdate
	void forgetFigures(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void forgetNight(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlQuery
	@RegisterConstructorMapper(Marks.class)
	Marks marks(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void recordNight(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @BindMethods("m") Marks marks);

	@SqlUpdate
	void recovered(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @BindMethods("m") Marks marks);

	@SqlUpdate
	void writeOffs(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @BindMethods("m") Marks marks);

	@SqlUpdate
	void openBalances(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void billed(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void dunning(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void payerReturns(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void pending(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void uplifts(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/** Figures of [from, to] for one establishment, or all of them when {@code finess} is null. */
	@SqlQuery
	@RegisterConstructorMapper(Figure.class)
	List<Figure> period(@Bind("finess") String finess, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@BindList("stocks") List<String> stocks);

	/** The first reported night of one establishment, or of any when {@code finess} is null. */
	@SqlQuery
	Optional<LocalDate> firstNight(@Bind("finess") String finess);

	/** Whether one establishment (or any, when {@code finess} is null) has a reported night in [from, to]. */
	@SqlQuery
	boolean reportedIn(@Bind("finess") String finess, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

	/** The last reported night in [from, to] of one establishment, or of any when {@code finess} is null. */
	@SqlQuery
	Optional<LocalDate> lastNight(@Bind("finess") String finess, @Bind("from") LocalDate from,
			@Bind("to") LocalDate to);

	@SqlQuery
	boolean frozen(@Bind("scope") String scope, @Bind("month") LocalDate month);

	/** Marks the month's report of {@code scope} written on {@code night}; empty when it already was. */
	@SqlQuery
	Optional<Boolean> freezeMonth(@Bind("scope") String scope, @Bind("month") LocalDate month,
			@Bind("night") LocalDate night);

}
