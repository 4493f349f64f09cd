package fr.relance.ingest.b2;

import java.util.EnumMap;
import java.util.Map;

import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.formats.b2.B2FormatException;
import fr.relance.formats.b2.B2Reason;
import fr.relance.formats.b2.B2Warning;

/**
 * French explanations of why a B2 file is refused whole; the code is the reader's
 * {@link B2Reason}.
 */
final class B2Refusals {

	private static final Map<B2Reason, String> MESSAGES = new EnumMap<>(B2Reason.class);

	static {
		MESSAGES.put(B2Reason.EMPTY_FILE, "Le fichier B2 ne contient aucun enregistrement.");
		MESSAGES.put(B2Reason.NOT_B2, "Le fichier ne suit pas la structure B2 (en-tête 000 puis lots).");
		MESSAGES.put(B2Reason.BAD_RECORD_LENGTH,
				"Un enregistrement ne fait pas 128 caractères : le fichier a été altéré pendant son transfert.");
		MESSAGES.put(B2Reason.TRUNCATED,
				"Le fichier B2 est incomplet : il s'arrête avant son enregistrement de fin 999.");
		MESSAGES.put(B2Reason.DATA_AFTER_END, "Des données suivent la fin du fichier B2.");
		MESSAGES.put(B2Reason.NOT_DIGITS, "Une zone numérique contient autre chose que des chiffres.");
		MESSAGES.put(B2Reason.BAD_AMOUNT, "Un montant contient autre chose que des chiffres.");
		MESSAGES.put(B2Reason.CONTROL_CHARACTER,
				"Une zone contient un caractère de contrôle (caractère nul ou invisible) : le fichier a été altéré.");
		MESSAGES.put(B2Reason.BAD_DATE, "Une date est impossible.");
		MESSAGES.put(B2Reason.OUT_OF_PLACE, "Un enregistrement apparaît hors de son lot ou de sa facture.");
		MESSAGES.put(B2Reason.MISSING_END, "Une facture sans enregistrement 5, ou un lot sans enregistrement 6.");
		MESSAGES.put(B2Reason.INVOICE_MISMATCH, "Un enregistrement d'une facture cite un autre numéro de facture.");
		MESSAGES.put(B2Reason.HEADER_TRAILER_MISMATCH,
				"L'en-tête 000 et la fin 999 ne désignent pas le même émetteur ou le même fichier.");
		MESSAGES.put(B2Reason.LINE_COUNT_MISMATCH,
				"Le nombre de lignes annoncé par un enregistrement 5 ne correspond pas aux lignes de la facture.");
		MESSAGES.put(B2Reason.LOT_COUNT_MISMATCH,
				"Un total de contrôle de lot (enregistrement 6, nombres) ne correspond pas au contenu.");
		MESSAGES.put(B2Reason.LOT_TOTAL_MISMATCH,
				"Un total de contrôle de lot (enregistrement 6, montants) ne correspond pas au contenu.");
		MESSAGES.put(B2Reason.LOT_NUMBER_MISMATCH,
				"Le numéro de lot de l'enregistrement 6 diffère de celui de l'enregistrement 1.");
		MESSAGES.put(B2Reason.TRAILER_LOT_COUNT_MISMATCH,
				"Le nombre de lots de la fin de fichier 999 ne correspond pas au contenu.");
		MESSAGES.put(B2Reason.TRAILER_RECORD_COUNT_MISMATCH,
				"Le nombre d'enregistrements de la fin de fichier 999 ne correspond pas au fichier.");
		MESSAGES.put(B2Reason.IO_ERROR, "Le fichier n'a pas pu être lu.");
	}

	private B2Refusals() {
	}

	static Refusal of(B2FormatException e) {
		return new Refusal(e.reason().name(), MESSAGES.get(e.reason()) + " Enregistrement " + e.recordNumber()
				+ ". Aucune facture de ce fichier n'a été prise en compte.");
	}

	static ReportedError example(String fileName, B2FormatException e) {
		return new ReportedError(fileName, e.recordNumber(), "enregistrement", "", e.reason().name(),
				MESSAGES.get(e.reason()));
	}

	/** A check that lenient mode reports without refusing the file. */
	static ReportedError warning(String fileName, B2Warning w) {
		return new ReportedError(fileName, w.recordNumber(), "contrôle", "", "B2_" + w.reason().name(),
				MESSAGES.get(w.reason()) + " (contrôle non bloquant : les factures ont été lues)");
	}

}
