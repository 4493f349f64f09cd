package fr.relance.output.worklists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;
import fr.relance.output.DueAction;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.Emission;
import fr.relance.output.EmittedAction;
import fr.relance.output.Emitter;
import fr.relance.output.RenderedPart;
import fr.relance.output.worklists.internal.DossierPdf;
import fr.relance.output.worklists.internal.WorklistDao;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The hand-over channel: each case handed over tonight gets a dossier (PDF) for the third
 * party who takes it on, a collection agency or a commissaire de justice, or for a public
 * establishment its public accountant: the debtor's identity and address, the invoices
 * and what is open, every step taken with its reference and date (the proof that amicable
 * collection was attempted), the payments received. An index CSV lists the night's
 * dossiers. The dossiers are companions of the index, so the night's part registers and
 * emits its actions once, through the protocol.
 */
@Component
class HandoverEmitter implements Emitter {

	static final String[] INDEX_HEADER = { "dossier", "n° de dossier", "débiteur", "factures", "montant dû",
			"démarches amiables", "dernière démarche", "paiements reçus", "transmis à" };

	private final Jdbi jdbi;

	private final WorklistFiles files;

	HandoverEmitter(Jdbi jdbi, WorklistFiles files) {
		this.jdbi = jdbi;
		this.files = files;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.HANDOVER);
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		List<Path> written = new ArrayList<>();
		if (!due.isEmpty()) {
			Map<Long, CaseFile> cases = CaseFiles.load(jdbi, finess, due.stream().map(DueAction::caseId).toList());
			BatchPart part = files.handover(finess, night,
					protocol.registered(finess, BatchKind.HANDOVER, night).parts() + 1);
			protocol.publish(part, out -> {
				Map<Path, byte[]> dossiers = new LinkedHashMap<>();
				List<List<?>> index = new ArrayList<>();
				List<EmittedAction> actions = new ArrayList<>();
				for (DueAction action : due) {
					CaseFile file = cases.get(action.caseId());
					Path dossier = files.dossier(finess, night, action.caseId());
					dossiers.put(dossier,
							DossierPdf.render("Dossier de transmission n° " + action.caseId(),
									finess + "/handover/" + action.caseId() + "/" + night, night,
									sections(establishment, night, file)));
					index.add(List.of(dossier.getFileName().toString(), action.caseId(), file.debtorName(),
							file.invoiceNumbers(), Amounts.frenchNumber(file.open()), file.steps().size(),
							file.steps().isEmpty() ? ""
									: FrenchWords.day(file.steps().get(file.steps().size() - 1).doneOn()),
							file.payments().size(), recipient(establishment)));
					actions.add(new EmittedAction(action.id(), null, 0, 0));
				}
				out.write(EstablishmentCsv.bytes(INDEX_HEADER, index));
				return new RenderedPart(actions, 0, dossiers);
			});
			written.add(part.file());
		}
		int emitted = protocol.registered(finess, BatchKind.HANDOVER, night).items();
		return new Emission(due.size(), emitted, 0, List.of(), written, List.of());
	}

	/**
	 * Who takes the debt on: the public accountant for a public establishment, else the
	 * third party it chose.
	 */
	static String recipient(Establishment establishment) {
		return establishment.sector() == Establishment.Sector.PUBLIC ? "comptable public"
				: "société de recouvrement ou commissaire de justice";
	}

	private static List<DossierPdf.Section> sections(Establishment establishment, LocalDate night, CaseFile file) {
		WorklistDao.DebtorRow d = file.debtor();
		List<String> creditor = List.of(establishment.legalName() + " (FINESS " + establishment.finess() + ")",
				"Transmis le " + FrenchWords.day(night) + " à : " + recipient(establishment));
		List<String> debtor = new ArrayList<>();
		debtor.add(file.debtorName() + (d.birthDate() == null ? "" : ", né(e) le " + FrenchWords.day(d.birthDate())));
		for (String line : new String[] { d.addressLine1(), d.addressLine2(),
				(d.postcode() == null ? "" : d.postcode()) + " " + (d.city() == null ? "" : d.city()) }) {
			if (line != null && !line.isBlank()) {
				debtor.add(line.strip());
			}
		}
		List<String> invoices = new ArrayList<>();
		for (WorklistDao.InvoiceRow i : file.invoices()) {
			invoices.add("Facture " + i.invoiceNumber() + " du " + FrenchWords.day(i.issueDate()) + " : "
					+ Amounts.french(i.amountDue()) + " facturés au patient, reste dû "
					+ Amounts.french(i.amountOpen()));
		}
		invoices.add("Total restant dû : " + Amounts.french(file.open()));
		List<String> steps = new ArrayList<>();
		for (WorklistDao.StepRow s : file.steps()) {
			steps.add(FrenchWords.day(s.doneOn()) + " : " + FrenchWords.channel(s.channel()) + " "
					+ FrenchWords.by(s.what()) + (s.reference() == null ? "" : ", référence " + s.reference()));
		}
		if (steps.isEmpty()) {
			steps.add("Aucune démarche enregistrée.");
		}
		List<String> payments = new ArrayList<>();
		for (WorklistDao.PaymentRow p : file.payments()) {
			payments.add(FrenchWords.day(p.paidOn()) + " : " + Amounts.french(p.amount()) + " sur la facture "
					+ p.invoiceNumber() + " (" + FrenchWords.paymentOrigin(p.origin())
					+ (p.reference() == null ? "" : ", référence " + p.reference()) + ")");
		}
		if (payments.isEmpty()) {
			payments.add("Aucun paiement reçu.");
		}
		return List.of(new DossierPdf.Section("Créancier", creditor), new DossierPdf.Section("Débiteur", debtor),
				new DossierPdf.Section("Factures", invoices),
				new DossierPdf.Section("Démarches amiables effectuées", steps),
				new DossierPdf.Section("Paiements reçus", payments));
	}

}
