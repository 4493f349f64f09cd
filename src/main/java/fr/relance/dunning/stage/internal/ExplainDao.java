package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the explain command reads: a patient's cases, every decision recorded on them (a
 * decision is recorded when it changes), their actions, and the nights the establishment
 * was decided.
 */
public interface ExplainDao {

	record PatientRow(long id, String externalId, String legalName) {
	}

	record CaseRow(long id, LocalDate openedOn, LocalDate closedOn, String closedReason) {
	}

	record DecisionRow(long caseId, LocalDate runDate, String outcome, String stepId, String channel,
			BigDecimal balance, String band, String scenarioVersion, String reasons, String arithmetic,
			BigDecimal costAvoided, boolean humanReview, LocalDate nextReview, Long actionId, String codes) {
	}

	record ActionRow(long id, long caseId, String stepId, String channel, LocalDate runDate, String status,
			String statusReason, String reference, BigDecimal cost, BigDecimal expectedGain) {
	}

	@SqlQuery("""
			SELECT p.id, p.external_id, e.legal_name
			FROM patient p JOIN establishment e ON e.finess = p.finess
			WHERE p.finess = :finess AND p.external_id = :externalId
			""")
	@RegisterConstructorMapper(PatientRow.class)
	Optional<PatientRow> patient(@Bind("finess") String finess, @Bind("externalId") String externalId);

	@SqlQuery("SELECT id, opened_on, closed_on, closed_reason FROM dunning_case WHERE patient_id = :patient ORDER BY id")
	@RegisterConstructorMapper(CaseRow.class)
	List<CaseRow> cases(@Bind("patient") long patientId);

	@SqlQuery("""
			SELECT d.case_id, d.run_date, d.outcome, d.step_id, d.channel, d.balance, d.band, d.scenario_version,
			       d.reasons, d.arithmetic, d.cost_avoided, d.human_review, d.next_review, d.action_id,
			       COALESCE(array_to_string(d.codes, ','), '') AS codes
			FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
			WHERE c.patient_id = :patient ORDER BY d.case_id, d.run_date
			""")
	@RegisterConstructorMapper(DecisionRow.class)
	List<DecisionRow> decisions(@Bind("patient") long patientId);

	/** The nights the establishment's dunning was decided, oldest first. */
	@SqlQuery("SELECT run_date FROM dunning_run WHERE finess = :finess ORDER BY run_date")
	List<LocalDate> nights(@Bind("finess") String finess);

	@SqlQuery("""
			SELECT a.id, a.case_id, a.step_id, a.channel, a.run_date, a.status, a.status_reason, a.reference, a.cost,
			       a.expected_gain
			FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
			WHERE c.patient_id = :patient ORDER BY a.case_id, a.run_date, a.step_number
			""")
	@RegisterConstructorMapper(ActionRow.class)
	List<ActionRow> actions(@Bind("patient") long patientId);

}
