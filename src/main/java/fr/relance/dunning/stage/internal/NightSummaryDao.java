package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts of a whole night, read back from what was recorded, so a restarted night reports all of it. Every case
 * decided that night counts, through the decision in force for it that night (recorded that night or, unchanged,
 * earlier): the same counts and cost avoided as if every decision had been stored every night.
 */
public interface NightSummaryDao {

	/** Decisions of one outcome and channel. */
	record OutcomeCount(String outcome, String channel, long decisions, BigDecimal costAvoided) {
	}

	/** Blocked decisions carrying one reason code. */
	record CodeCount(String code, long decisions) {
	}

	@SqlQuery("""
			SELECT outcome, channel, count(*) AS decisions, sum(cost_avoided) AS cost_avoided
			FROM dunning_decision_in_force(:runDate)
			GROUP BY outcome, channel ORDER BY outcome, channel
			""")
	@RegisterConstructorMapper(OutcomeCount.class)
	List<OutcomeCount> outcomes(@Bind("runDate") LocalDate runDate);

	@SqlQuery("""
			SELECT code, count(*) AS decisions
			FROM dunning_decision_in_force(:runDate) CROSS JOIN unnest(codes) AS code
			WHERE outcome = 'BLOCKED'
			GROUP BY code ORDER BY count(*) DESC, code
			""")
	@RegisterConstructorMapper(CodeCount.class)
	List<CodeCount> blockedBy(@Bind("runDate") LocalDate runDate);

	@SqlQuery("SELECT COALESCE(sum(actions_suppressed), 0) FROM dunning_run WHERE run_date = :runDate")
	long suppressed(@Bind("runDate") LocalDate runDate);

}
