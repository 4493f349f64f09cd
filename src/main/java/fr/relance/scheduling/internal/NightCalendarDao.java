package fr.relance.scheduling.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The nights the engine has started, read from the Spring Batch job repository. */
@UseClasspathSqlLocator
public interface NightCalendarDao {

	/**
	 * The earliest business date up to {@code today} a {@code jobName} execution was
	 * started for, any status.
	 */
	@SqlQuery
	Optional<LocalDate> firstNight(@Bind("jobName") String jobName, @Bind("today") LocalDate today);

	/**
	 * The latest business date whose closing ({@code jobName}) completed with every
	 * establishment.
	 */
	@SqlQuery
	Optional<LocalDate> lastCompletedNight(@Bind("jobName") String jobName);

	/** The latest night the dunning stage decided, for any establishment. */
	@SqlQuery
	Optional<LocalDate> lastDecidedNight();

}
