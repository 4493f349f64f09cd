package fr.relance.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The KPI history: a night of every establishment written set-based into
 * {@code kpi_daily} (one statement per family of figures for all the establishments
 * together, {@code KpiDao/<method>.sql}: each table is read once a night, not once per
 * establishment), and the figures of a period read back from it. Each establishment reads
 * the money recorded since its previous reported night's marks ({@code kpi_night}); on
 * its first night, only money dated that night.
 */
@UseClasspathSqlLocator
public interface KpiDao {

	/** One figure of a period. */
	record Figure(String kpi, String payer, String dimension, BigDecimal amount, long items, BigDecimal rate) {
	}

	/** Memory for the night's aggregates, for the current transaction only. */
	@SqlQuery
	String tune();

	@SqlUpdate
	void forgetFigures(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void forgetNight(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	/**
	 * Where each establishment's night reads the money tables up to, and whether it is
	 * its first reported night.
	 */
	@SqlUpdate
	void recordNights(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void recovered(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void writeOffs(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void openBalances(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void billed(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void dunning(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void payerReturns(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void pending(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void uplifts(@BindList("finesses") List<String> finesses, @Bind("runDate") LocalDate runDate);

	/**
	 * Figures of [from, to] for one establishment, or all of them when {@code finess} is
	 * null.
	 */
	@SqlQuery
	@RegisterConstructorMapper(Figure.class)
	List<Figure> period(@Bind("finess") String finess, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
			@BindList("stocks") List<String> stocks);

	/**
	 * The first reported night of one establishment, or of any when {@code finess} is
	 * null.
	 */
	@SqlQuery
	Optional<LocalDate> firstNight(@Bind("finess") String finess);

	/**
	 * Whether one establishment (or any, when {@code finess} is null) has a reported
	 * night in [from, to].
	 */
	@SqlQuery
	boolean reportedIn(@Bind("finess") String finess, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

	/**
	 * The last reported night in [from, to] of one establishment, or of any when
	 * {@code finess} is null.
	 */
	@SqlQuery
	Optional<LocalDate> lastNight(@Bind("finess") String finess, @Bind("from") LocalDate from,
			@Bind("to") LocalDate to);

	@SqlQuery
	boolean frozen(@Bind("scope") String scope, @Bind("month") LocalDate month);

	/**
	 * Marks the month's report of {@code scope} written on {@code night}; empty when it
	 * already was.
	 */
	@SqlQuery
	Optional<Boolean> freezeMonth(@Bind("scope") String scope, @Bind("month") LocalDate month,
			@Bind("night") LocalDate night);

}
