package fr.relance.output.worklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.dunning.ReasonCode;
import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;
import fr.relance.output.DueAction;
import fr.relance.output.Emission;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.EmittedAction;
import fr.relance.output.Emitter;
import fr.relance.output.RenderedPart;
import fr.relance.output.worklists.internal.WorklistDao;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The write-off proposals of the night, for the establishment's staff to approve or
 * refuse: one row per case, with why dunning stops (every action would cost more than it
 * can bring back, the amount is below the cost of any action, the scenario is over, part
 * of the debt is time-barred), what is open and the steps already taken.
 */
@Component
class WriteOffEmitter implements Emitter {

	static final String[] HEADER = { "n° de dossier", "patient", "factures", "montant restant dû", "motif",
			"démarches faites", "proposé le" };

	private final Jdbi jdbi;

	private final WorklistFiles files;

	WriteOffEmitter(Jdbi jdbi, WorklistFiles files) {
		this.jdbi = jdbi;
		this.files = files;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.WRITE_OFF_PROPOSAL);
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		List<java.nio.file.Path> written = new ArrayList<>();
		if (!due.isEmpty()) {
			Map<Long, CaseFile> cases = CaseFiles.load(jdbi, finess, due.stream().map(DueAction::caseId).toList());
			Map<Long, String> codes = new HashMap<>();
			jdbi.withExtension(WorklistDao.class,
					dao -> dao.decisionCodes(due.stream().mapToLong(DueAction::id).toArray()))
				.forEach(r -> codes.put(r.actionId(), r.codes()));
			BatchPart part = files.writeOffs(finess, night,
					protocol.registered(finess, BatchKind.WRITE_OFF, night).parts() + 1);
			protocol.publish(part, out -> {
				List<List<?>> rows = new ArrayList<>();
				List<EmittedAction> actions = new ArrayList<>();
				for (DueAction action : due.stream()
					.sorted(java.util.Comparator.comparingLong(DueAction::caseId))
					.toList()) {
					CaseFile file = cases.get(action.caseId());
					rows.add(List.of(action.caseId(), file.debtorName(), file.invoiceNumbers(),
							Amounts.frenchNumber(file.open()), reason(codes.getOrDefault(action.id(), "")), steps(file),
							FrenchWords.day(action.plannedOn())));
					actions.add(new EmittedAction(action.id(), null, 0, 0));
				}
				out.write(EstablishmentCsv.bytes(HEADER, rows));
				return new RenderedPart(actions, 0, Map.of());
			});
			written.add(part.file());
		}
		int emitted = protocol.registered(finess, BatchKind.WRITE_OFF, night).items();
		return new Emission(due.size(), emitted, 0, List.of(), written, List.of());
	}

	/** The reasons of the decision that proposed it, in French. */
	static String reason(String codes) {
		List<String> reasons = new ArrayList<>();
		List<String> list = List.of(codes.split(","));
		if (list.contains(ReasonCode.BELOW_COST_OF_EVERY_ACTION.name())) {
			reasons.add("montant inférieur au coût de toute démarche");
		}
		else if (list.contains(ReasonCode.NO_STEP_WORTH_ITS_COST.name())) {
			reasons.add("règle de valeur : chaque démarche restante coûterait plus qu'elle ne peut rapporter");
		}
		if (list.contains(ReasonCode.WRITE_OFF_STEP_REACHED.name())) {
			reasons.add("toutes les démarches amiables du scénario ont été faites");
		}
		if (list.contains(ReasonCode.PART_TIME_BARRED.name())) {
			reasons.add("une partie de la dette est prescrite");
		}
		return reasons.isEmpty() ? "fin du recouvrement amiable" : String.join(" ; ", reasons);
	}

	private static String steps(CaseFile file) {
		if (file.steps().isEmpty()) {
			return "aucune";
		}
		return String.join(" ; ",
				file.steps()
					.stream()
					.map(s -> FrenchWords.channel(s.channel()) + " du " + FrenchWords.day(s.doneOn())
							+ (s.reference() == null ? "" : " (réf. " + s.reference() + ")"))
					.toList());
	}

}
