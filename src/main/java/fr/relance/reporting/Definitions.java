package fr.relance.reporting;

import java.util.List;

/**
 * The definition of every figure, printed on the PDF report (the same as
 * docs/reporting.md, in French).
 */
final class Definitions {

	static final List<String> FRENCH = List.of(
			"Recouvré : argent daté, enregistré pendant la période : affectations des retours payeurs (NOEMIE, relevés"
					+ " de mutuelles, annulations comprises), des paiements des patients, et hausses du montant payé"
					+ " d'une part patient d'une nuit de grand livre à la suivante. Le montant payé de la première ligne"
					+ " d'une facture est un solde d'ouverture, pas un recouvrement. Un paiement daté d'avant la nuit mais"
					+ " reçu plus tard compte la nuit où il arrive.",
			"Recouvré AMO et AMC : retours NOEMIE et relevés des mutuelles uniquement ; le grand livre ne date pas les"
					+ " paiements des payeurs.",
			"Canal : le dernier envoi au patient dans les 30 jours avant son paiement (la fenêtre de la calibration) ;"
					+ " sinon « sans relance dans les 30 jours ». Le recouvré par canal s'additionne au recouvré patient.",
			"Solde ouvert : pour chaque part, montant dû moins montant réglé (settled_amount), quel que soit son statut,"
					+ " parts rejetées comprises ; sauf les parts soldées à la source ou abandonnées. Une part réglée"
					+ " au-delà de son dû ne doit rien (le trop-perçu est compté à part).",
			"Ancienneté : jours depuis l'échéance (sinon l'émission, sinon les soins) ; tranches 0-30, 31-60, 61-90,"
					+ " 91-180, 181-365 et plus de 365 jours. Les tranches s'additionnent au solde ouvert.",
			"Taux de recouvrement : recouvré de la période / (recouvré de la période + solde ouvert en fin de période).",
			"DSO : solde ouvert / facturé des 90 derniers jours × 90.",
			"Montants mis en relance : solde des dossiers dont la première action a été décidée dans la période.",
			"Coût des actions : coût unitaire du scénario des actions envoyées dans la période (timbre, recommandé, SMS,"
					+ " appel). Coût par euro recouvré : coût des actions / recouvré auprès des patients.",
			"Relances évitées : étapes que la règle de valeur n'a pas jugées rentables (décisions de la période), et"
					+ " actions prévues annulées par un paiement, un retour payeur attendu ou une autre règle ; économie ="
					+ " leur coût.",
			"Taux de rejet : lignes de retour payeur rejetées / lignes reçues dans la période ; codes de rejet de ces lignes.",
			"Paiements en attente, trop-perçus, retours non rapprochés : état en fin de période.",
			"Abandons proposés : dossiers arrivés à l'étape d'abandon dans la période (solde) ; validés : abandons"
					+ " enregistrés dans la période.",
			"Effet calibré : hausse de la probabilité de paiement attribuée à chaque étape par la calibration de la nuit.",
			"Périodes : nuit, mois en cours, 12 mois glissants ; les flux s'additionnent sur les nuits de la période, les"
					+ " états sont ceux de la dernière nuit. Un mois clos est figé à la première nuit du mois suivant :"
					+ " une correction ultérieure compte dans le mois où elle est enregistrée.");

	private Definitions() {
	}

}
