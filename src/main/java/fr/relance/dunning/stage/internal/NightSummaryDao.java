package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts of a whole night, read back from what was recorded, so a restarted night reports
 * all of it. Every case decided that night counts, through the decision in force for it
 * that night (recorded that night or, unchanged, earlier): the same counts and cost
 * avoided as if every decision had been stored every night.
 */
public interface NightSummaryDao {

	/** Decisions of one outcome and channel. */
	record OutcomeCount(String outcome, String channel, long decisions, BigDecimal costAvoided) {
	}

	/** Blocked decisions carrying one reason code. */
	record CodeCount(String code, long decisions) {
	}

	@SqlQuery("""
			SELECT d.outcome, d.channel, count(*) AS decisions, sum(d.cost_avoided) AS cost_avoided
			FROM dunning_decision_in_force(:runDate, :finess) d
			GROUP BY d.outcome, d.channel ORDER BY d.outcome, d.channel
			""")
	@RegisterConstructorMapper(OutcomeCount.class)
	List<OutcomeCount> outcomes(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlQuery("""
			SELECT code, count(*) AS decisions
			FROM dunning_decision_in_force(:runDate, :finess) d
			CROSS JOIN unnest(d.codes) AS code
			WHERE d.outcome = 'BLOCKED'
			GROUP BY code ORDER BY count(*) DESC, code
			""")
	@RegisterConstructorMapper(CodeCount.class)
	List<CodeCount> blockedBy(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlQuery("SELECT COALESCE(sum(actions_suppressed), 0) FROM dunning_run WHERE finess = :finess AND run_date = :runDate")
	long suppressed(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

}
