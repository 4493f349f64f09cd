package fr.relance.dunning.stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.dunning.stage.internal.ExplainDao;
import fr.relance.dunning.stage.internal.WorklistAnswerDao;
import fr.relance.dunning.stage.internal.WrittenOffDao;
import fr.relance.dunning.stage.internal.ExplainDao.ActionRow;
import fr.relance.dunning.stage.internal.ExplainDao.CaseRow;
import fr.relance.dunning.stage.internal.ExplainDao.DecisionRow;
import fr.relance.dunning.stage.internal.ExplainDao.PatientRow;
import fr.relance.support.ids.Masking;

/**
 * Answers "why did (or didn't) this patient get a letter?" from the stored decisions: for
 * each of the patient's cases, its actions and their fate, then each decision with its
 * outcome, the scenario version, every reason (gates passed or failed) and the value
 * arithmetic of each step judged. A decision is recorded the night it changes; the nights
 * after it when it held unchanged are listed as such ("unchanged since"), so any night
 * has its answer.
 */
@Component
public class DecisionExplainer {

	private final Jdbi jdbi;

	DecisionExplainer(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * The whole history of one patient of one establishment, as text for a person.
	 * @throws IllegalArgumentException when the establishment has no such patient
	 */
	public String explain(String finess, String patientExternalId) {
		return explain(finess, patientExternalId, null);
	}

	/**
	 * What was in force for one patient on one night: for each case open that night, the
	 * decision recorded that night or the earlier one still in force ("unchanged since"),
	 * with the case's actions planned up to that night.
	 * @param night the night asked about; null for the whole history
	 * @throws IllegalArgumentException when the establishment has no such patient
	 */
	public String explain(String finess, String patientExternalId, LocalDate night) {
		return this.jdbi.withExtension(ExplainDao.class, (dao) -> {
			PatientRow patient = dao.patient(finess, patientExternalId)
				.orElseThrow(() -> new IllegalArgumentException(
						"establishment " + finess + " has no patient " + Masking.tail(patientExternalId, 4)));
			StringBuilder text = new StringBuilder(1024);
			text.append("Patient ")
				.append(Masking.tail(patient.externalId(), 4))
				.append(" at ")
				.append(finess)
				.append(" (")
				.append(patient.legalName())
				.append(")")
				.append(night == null ? "" : ", night of " + night)
				.append('\n');
			List<CaseRow> cases = dao.cases(patient.id());
			List<DecisionRow> decisions = dao.decisions(patient.id());
			List<ActionRow> actions = dao.actions(patient.id());
			List<LocalDate> nights = dao.nights(finess);
			boolean any = false;
			for (CaseRow c : cases) {
				DecisionHistory history = new DecisionHistory(c, decisions, nights);
				if (night == null || history.open(night)) {
					appendCase(text, c, actions, night);
					appendDecisions(text, history, night);
					any = true;
				}
			}
			if (!any) {
				text.append(night == null ? "No dunning case: the patient never owed anything the engine could chase.\n"
						: "No dunning case open on " + night + ".\n");
			}
			appendWriteOffs(text, this.jdbi.withExtension(WrittenOffDao.class, (w) -> w.writtenOff(patient.id())),
					night);
			appendAnswers(text, this.jdbi.withExtension(WorklistAnswerDao.class, (w) -> w.answers(patient.id())),
					night);
			return text.toString();
		});
	}

	/**
	 * Debts the establishment approved writing off: they leave the case without a
	 * decision saying why.
	 */
	private static void appendWriteOffs(StringBuilder text, List<WrittenOffDao.WrittenOff> writeOffs, LocalDate night) {
		List<WrittenOffDao.WrittenOff> shown = writeOffs.stream()
			.filter((w) -> night == null || !w.allocatedOn().isAfter(night))
			.toList();
		if (shown.isEmpty()) {
			return;
		}
		text.append("\nWritten off on the establishment's answer:\n");
		for (WrittenOffDao.WrittenOff w : shown) {
			text.append("  invoice ")
				.append(w.invoiceNumber())
				.append(", ")
				.append(w.amount())
				.append(" EUR on ")
				.append(w.allocatedOn())
				.append(" (approved in ")
				.append(w.fileName())
				.append(", line ")
				.append(w.fileLine())
				.append(")\n");
		}
	}

	/**
	 * The establishment's other answers to the worklists, each with what it does to the
	 * next nights.
	 */
	private static void appendAnswers(StringBuilder text, List<WorklistAnswerDao.Answer> answers, LocalDate night) {
		List<WorklistAnswerDao.Answer> shown = answers.stream()
			.filter((a) -> night == null || !a.answeredOn().isAfter(night))
			.toList();
		if (shown.isEmpty()) {
			return;
		}
		text.append("\nAnswers of the establishment:\n");
		for (WorklistAnswerDao.Answer a : shown) {
			text.append("  case ")
				.append(a.caseId())
				.append(", ")
				.append(a.answeredOn())
				.append(": ")
				.append(switch (a.kind()) {
					case "write_off_refused" -> "write-off refused: dunning resumes, else a person decides";
					case "handed_over" -> "handed over to " + a.thirdParty() + ": held while the third party has it";
					case "handover_returned" -> "returned by the third party, " + a.amount()
							+ " EUR recovered (a payment on the patient's parts)";
					case "review_released" -> "review released: the hold is lifted";
					default -> a.kind();
				})
				.append(" (")
				.append(a.fileName())
				.append(", line ")
				.append(a.fileLine())
				.append(")\n");
		}
	}

	private static void appendCase(StringBuilder text, CaseRow c, List<ActionRow> actions, LocalDate night) {
		text.append("\nCase ")
			.append(c.id())
			.append(", opened on ")
			.append(c.openedOn())
			.append(c.closedOn() == null ? ", open" : ", closed on " + c.closedOn() + " (" + c.closedReason() + ")")
			.append('\n');
		List<ActionRow> shown = actions.stream()
			.filter((a) -> a.caseId() == c.id() && (night == null || !a.runDate().isAfter(night)))
			.toList();
		text.append("  Actions:").append(shown.isEmpty() ? " none" : "").append('\n');
		shown.forEach((a) -> DecisionText.appendAction(text, a));
	}

	private static void appendDecisions(StringBuilder text, DecisionHistory history, LocalDate night) {
		if (night == null) {
			text.append("  Decisions:\n");
			for (DecisionHistory.Span span : history.spans()) {
				DecisionText.appendDecision(text, span.decision());
				DecisionText.appendUnchanged(text, span.decision(), span.unchangedNights());
			}
			return;
		}
		Optional<DecisionRow> inForce = history.inForce(night);
		if (inForce.isEmpty()) {
			text.append("  No decision in force on ")
				.append(night)
				.append(": the establishment's dunning did not decide the case that night.\n");
			return;
		}
		DecisionRow d = inForce.get();
		text.append("  Decision in force on ")
			.append(night)
			.append(": ")
			.append(d.runDate().equals(night) ? "recorded that night" : DecisionText.unchangedSince(d))
			.append('\n');
		DecisionText.appendDecision(text, d);
	}

}
