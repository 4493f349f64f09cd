package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.ImportContext;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.FrenchPhone;

/**
 * The staff's answers to the worklists besides an approved write-off, each naming the
 * case number of its worklist in {@code reference}: a write-off refused, a case handed to
 * a third party, a hand-over returned with what the third party recovered, a review
 * released with the corrected contact data. Each answer is checked against the case's
 * state (the proposal or dossier went out, the case is with a third party, it is held for
 * a person); one that does not apply is reported with its field and reason and changes
 * nothing. Each is recorded with what it changes in one transaction, once: sent again in
 * a later file, it changes nothing.
 */
final class CaseAnswers {

	/**
	 * What a review release lifts: holds a person can judge. The others are lifted by
	 * their own answer or data.
	 */
	static final Set<String> RELEASABLE = Set.of("DECEASED", "UNDER_GUARDIANSHIP", "FIRST_LETTER_RETURNED",
			"MISSING_CONTACT_DATA", "WRITE_OFF_REFUSED");

	/**
	 * Holds whose release must say where to write (the estate's notary, the guardian).
	 */
	private static final Set<String> NEEDS_ADDRESS = Set.of("DECEASED", "UNDER_GUARDIANSHIP");

	private final Jdbi jdbi;

	private final String finess;

	private final SourceFile file;

	private final ImportContext context;

	CaseAnswers(Jdbi jdbi, String finess, SourceFile file, ImportContext context) {
		this.jdbi = jdbi;
		this.finess = finess;
		this.file = file;
		this.context = context;
	}

	/** True when the answer was recorded (or was already, from an earlier file). */
	boolean record(long patient, FollowUpLine line) {
		return this.jdbi.inTransaction((handle) -> {
			CaseAnswerDao dao = handle.attach(CaseAnswerDao.class);
			Optional<Long> caseId = caseNumber(line.planReference())
				.flatMap((id) -> dao.caseOf(this.finess, patient, id));
			if (caseId.isEmpty()) {
				return reject(line, "reference", line.planReference(), ReportCode.UNKNOWN_CASE,
						"Aucun dossier de ce patient sous ce n° : réponse ignorée.");
			}
			return switch (line.event()) {
				case WRITE_OFF_REFUSED -> refuse(dao, patient, caseId.get(), line);
				case HANDED_OVER -> handedOver(dao, caseId.get(), line);
				case HANDOVER_RETURNED -> returned(dao, patient, caseId.get(), line);
				case REVIEW_RELEASED -> release(dao, patient, caseId.get(), line);
				default -> throw new IllegalArgumentException("not a case answer: " + line.event());
			};
		});
	}

	private boolean refuse(CaseAnswerDao dao, long patient, long caseId, FollowUpLine line) {
		Optional<LocalDate> proposed = dao.emitted(caseId, "WRITE_OFF_PROPOSAL", line.on());
		if (proposed.isEmpty()) {
			return reject(line, "reference", line.planReference(), ReportCode.UNKNOWN_PROPOSAL,
					"Aucune proposition d'abandon émise pour ce dossier à cette date : réponse ignorée.");
		}
		if (dao.writtenOffSince(this.finess, patient, proposed.get()) > 0) {
			return reject(line, "evenement", line.event().word(), ReportCode.ANSWER_NOT_APPLICABLE,
					"L'abandon de ce dossier a déjà été accepté (abandon_accepte) : refus ignoré.");
		}
		dao.answer(caseId, "write_off_refused", line.on(), null, null, this.file.id(), line.line());
		return true;
	}

	private boolean handedOver(CaseAnswerDao dao, long caseId, FollowUpLine line) {
		if (dao.emitted(caseId, "HANDOVER", line.on()).isEmpty()) {
			return reject(line, "reference", line.planReference(), ReportCode.UNKNOWN_HANDOVER,
					"Aucun dossier de transmission émis pour ce n° à cette date : réponse ignorée.");
		}
		dao.answer(caseId, "handed_over", line.on(), line.answer().thirdParty(), null, this.file.id(), line.line());
		return true;
	}

	/**
	 * The third party's return: what it recovered becomes a payment on the patient parts,
	 * once; the case is then closed by the next night if nothing is left, else dunning
	 * resumes on the rest.
	 */
	private boolean returned(CaseAnswerDao dao, long patient, long caseId, FollowUpLine line) {
		Optional<CaseAnswerDao.Answered> handed = dao.answered(caseId, "handed_over", LocalDate.MIN, line.on());
		if (handed.isEmpty()) {
			return reject(line, "evenement", line.event().word(), ReportCode.NOT_HANDED_OVER,
					"Ce dossier n'a pas été déclaré transmis (transmis_recouvrement) à cette date : retour ignoré.");
		}
		BigDecimal recovered = line.answer().recovered();
		Optional<CaseAnswerDao.Answered> earlier = dao.answered(caseId, "handover_returned", handed.get().answeredOn(),
				LocalDate.MAX);
		if (earlier.isPresent()) {
			boolean same = earlier.get().answeredOn().equals(line.on())
					&& earlier.get().amount().compareTo(recovered) == 0;
			return same || reject(line, "montant_recouvre", recovered.toPlainString(), ReportCode.ALREADY_RETURNED,
					"Un retour du tiers est déjà enregistré pour ce dossier (" + earlier.get().amount()
							+ " €) : réponse ignorée.");
		}
		BigDecimal open = dao.openBalance(this.finess, patient);
		if (recovered.compareTo(open) > 0) {
			return reject(line, "montant_recouvre", recovered.toPlainString(), ReportCode.AMOUNT_ABOVE_BALANCE,
					"Montant recouvré supérieur au reste dû par le patient (" + open.toPlainString()
							+ ") : réponse ignorée.");
		}
		if (dao.answer(caseId, "handover_returned", line.on(), null, recovered, this.file.id(), line.line()) > 0
				&& recovered.signum() > 0) {
			dao.recover(this.finess, patient, recovered, line.on(), this.file.id(), line.line());
		}
		return true;
	}

	/** A release applies to a case a person holds, and brings the data the hold needs. */
	private boolean release(CaseAnswerDao dao, long patient, long caseId, FollowUpLine line) {
		Optional<String> codes = dao.review(caseId);
		FollowUpLine.AnswerTerms terms = line.answer();
		if (codes.isEmpty()) {
			return reject(line, "reference", line.planReference(), ReportCode.NOT_UNDER_REVIEW,
					"Ce dossier n'est pas sur la liste des dossiers à examiner : réponse ignorée.");
		}
		Set<String> held = Set.of(codes.get().split(","));
		if (held.stream().noneMatch(RELEASABLE::contains)) {
			return reject(line, "evenement", line.event().word(), ReportCode.REVIEW_NOT_RELEASABLE,
					"Ce motif ne se lève pas par le fichier de suivi (contestation, prescription ou trop-perçu) : "
							+ "le traiter comme l'indique la liste des dossiers à examiner.");
		}
		if (terms.address() == null && held.stream().anyMatch(NEEDS_ADDRESS::contains)) {
			return reject(line, "adresse", "", ReportCode.ADDRESS_REQUIRED,
					"Patient décédé ou protégé : indiquer l'adresse où écrire (notaire, tuteur) pour lever la revue.");
		}
		if (terms.address() == null && terms.phone() == null && held.contains("MISSING_CONTACT_DATA")
				&& held.stream().filter(RELEASABLE::contains).count() == 1) {
			return reject(line, "adresse", "", ReportCode.CONTACT_REQUIRED,
					"Coordonnées manquantes : indiquer l'adresse ou le numéro corrigé pour lever la revue.");
		}
		dao.answer(caseId, "review_released", line.on(), null, null, this.file.id(), line.line());
		if (terms.address() != null) {
			FollowUpLine.CorrectedAddress a = terms.address();
			dao.correctAddress(patient, a.line1(), a.line2(), a.postcode(), a.city(), line.on(), this.file.id(),
					line.line());
		}
		if (terms.phone() != null) {
			dao.correctPhone(patient, FrenchPhone.toE164(terms.phone()), FrenchPhone.isMobile(terms.phone()), line.on(),
					this.file.id(), line.line());
		}
		return true;
	}

	private boolean reject(FollowUpLine line, String field, String value, ReportCode code, String message) {
		this.context.reject(new ReportedError(this.file.originalName(), line.line(), field, value == null ? "" : value,
				code, message));
		return false;
	}

	private static Optional<Long> caseNumber(String reference) {
		if (reference == null || !reference.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(reference.strip()));
	}

}
