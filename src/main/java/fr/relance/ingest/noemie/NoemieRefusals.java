package fr.relance.ingest.noemie;

import java.util.EnumMap;
import java.util.Map;

import fr.relance.intake.Refusal;
import fr.relance.intake.ReportCode;
import fr.relance.intake.ReportedError;
import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;

/**
 * French explanations of why a NOEMIE file is refused whole. The code is the reader's
 * {@link NoemieReason}; the message names the failing level and record so the
 * establishment (or its software vendor) can find it.
 */
final class NoemieRefusals {

	private static final Map<NoemieReason, String> MESSAGES = new EnumMap<>(NoemieReason.class);

	private static final Map<NoemieLevel, String> LEVELS = new EnumMap<>(NoemieLevel.class);

	static {
		MESSAGES.put(NoemieReason.EMPTY_FILE, "Le fichier NOEMIE ne contient aucun enregistrement.");
		MESSAGES.put(NoemieReason.NOT_NOEMIE,
				"Le fichier ne suit pas la structure NOEMIE (en-tête 000 puis entités terminées par @).");
		MESSAGES.put(NoemieReason.BAD_RECORD_LENGTH,
				"Un enregistrement ne fait pas 128 caractères : le fichier a été altéré pendant son transfert.");
		MESSAGES.put(NoemieReason.TRUNCATED,
				"Le fichier NOEMIE est incomplet : il s'arrête avant son enregistrement de fin 999.");
		MESSAGES.put(NoemieReason.DATA_AFTER_END, "Des données suivent la fin du fichier NOEMIE.");
		MESSAGES.put(NoemieReason.UNTERMINATED_ENTITY, "La dernière entité du fichier n'est pas terminée par @.");
		MESSAGES.put(NoemieReason.BAD_ENTITY_LENGTH,
				"Une entité NOEMIE a une longueur anormale (délimiteur @ perdu ?).");
		MESSAGES.put(NoemieReason.NOT_DIGITS, "Une zone numérique contient autre chose que des chiffres.");
		MESSAGES.put(NoemieReason.BAD_AMOUNT, "Un montant contient autre chose que des chiffres.");
		MESSAGES.put(NoemieReason.BAD_SIGN, "Le signe d'un montant n'est ni P ni N.");
		MESSAGES.put(NoemieReason.BAD_STATUS, "Le statut d'une part n'est ni P, R, D ni blanc.");
		MESSAGES.put(NoemieReason.CONTROL_CHARACTER,
				"Une zone contient un caractère de contrôle (caractère nul ou invisible) : le fichier a été altéré.");
		MESSAGES.put(NoemieReason.BAD_DATE, "Une date est impossible.");
		MESSAGES.put(NoemieReason.OUT_OF_PLACE,
				"Une entité apparaît hors de son niveau (par exemple une part hors facture).");
		MESSAGES.put(NoemieReason.DUPLICATE_PART, "Une facture porte deux parts AMO ou deux parts AMC.");
		MESSAGES.put(NoemieReason.CONTROL_COUNT_MISMATCH,
				"Un total de contrôle 990 (nombre d'éléments) ne correspond pas au contenu.");
		MESSAGES.put(NoemieReason.CONTROL_SUM_MISMATCH,
				"Un total de contrôle 990 (montant) ne correspond pas au contenu.");
		MESSAGES.put(NoemieReason.TRAILER_TOTAL_MISMATCH,
				"Le montant total de la fin de fichier 999 ne correspond pas aux virements nets des retenues.");
		MESSAGES.put(NoemieReason.TRAILER_LOT_COUNT_MISMATCH,
				"Le nombre de lots de la fin de fichier 999 ne correspond pas au contenu.");
		MESSAGES.put(NoemieReason.TRAILER_RECORD_COUNT_MISMATCH,
				"Le nombre d'enregistrements de la fin de fichier 999 ne correspond pas au fichier.");
		MESSAGES.put(NoemieReason.HEADER_TRAILER_MISMATCH,
				"L'en-tête 000 et la fin 999 ne désignent pas le même émetteur ou le même fichier.");
		MESSAGES.put(NoemieReason.IO_ERROR, "Le fichier n'a pas pu être lu.");
		LEVELS.put(NoemieLevel.FILE, "fichier");
		LEVELS.put(NoemieLevel.RECORD, "enregistrement");
		LEVELS.put(NoemieLevel.ENTITY, "entité");
		LEVELS.put(NoemieLevel.PAYEE, "destinataire de règlement");
		LEVELS.put(NoemieLevel.TRANSFER, "virement");
		LEVELS.put(NoemieLevel.LOT, "lot");
		LEVELS.put(NoemieLevel.INVOICE, "facture");
	}

	private NoemieRefusals() {
	}

	/**
	 * Refusal of a file the reader rejected: code = reason, message with level and
	 * record; nothing posted.
	 */
	static Refusal of(NoemieFormatException e) {
		return new Refusal(e.reason().name(), MESSAGES.get(e.reason()) + " Niveau : " + LEVELS.get(e.level())
				+ ", enregistrement " + e.recordNumber() + ". Aucun retour de ce fichier n'a été comptabilisé.");
	}

	/** The report line that points at the failing record. */
	static ReportedError example(String fileName, NoemieFormatException e) {
		return new ReportedError(fileName, e.recordNumber(), "niveau " + LEVELS.get(e.level()), "", e.reason().name(),
				MESSAGES.get(e.reason()));
	}

	static Refusal duplicateIdentity(String originalName, String runDate) {
		return new Refusal(ReportCode.DUPLICATE_REMITTANCE,
				"Ce retour NOEMIE (même émetteur, même numéro de fichier, même date "
						+ "de création) a déjà été reçu le " + runDate + " dans le fichier « " + originalName
						+ " » : il n'a pas été comptabilisé une seconde fois.");
	}

	static Refusal duplicateLines(long count) {
		return new Refusal(ReportCode.DUPLICATE_REMITTANCE, count
				+ " retour(s) de ce fichier (même payeur, même virement, même "
				+ "facture, même part) ont déjà été comptabilisés : le fichier n'a pas été comptabilisé une seconde fois.");
	}

}
