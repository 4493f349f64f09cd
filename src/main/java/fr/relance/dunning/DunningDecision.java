package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import fr.relance.dunning.scenario.Channel;

/**
 * The answer for one case on one run date, taken or not, with everything needed to
 * explain it later.
 *
 * @param stepId the step to take (ACT), proposed (WRITE_OFF_PROPOSAL, when the ladder has
 * one), awaited (WAIT) or held back (DEFER); null otherwise
 * @param balance chaseable balance (time-barred parts excluded), scale 2
 * @param value arithmetic of the step taken (ACT) or of the due step otherwise, null when
 * no step was judged
 * @param valueChecks every step judged tonight, in ladder order
 * @param costAvoided cost of the due step when the value rule declined it (money not
 * spent), else zero
 * @param passedOverSteps steps to record as passed over together with this decision
 * @param notBefore earliest sending instant in the debtor's time zone (ACT only)
 * @param nextReview date from which the case may change without new data, when known
 * @param firstLetter the R124-4 letter to quote (ACT on any step after the first letter)
 * @param humanReview a person must look at the case (deceased, guardianship, dispute,
 * time bar, contact data)
 * @param explanation the whole decision in a few English sentences
 */
public record DunningDecision(String caseId, String scenarioVersion, LocalDate runDate, Outcome outcome, String stepId,
		Channel channel, BigDecimal balance, String band, ValueCheck value, List<ValueCheck> valueChecks,
		BigDecimal costAvoided, List<String> passedOverSteps, ZonedDateTime notBefore, LocalDate nextReview,
		FirstLetter firstLetter, boolean humanReview, List<Reason> reasons, String explanation) {

	public DunningDecision {
		valueChecks = List.copyOf(valueChecks);
		passedOverSteps = List.copyOf(passedOverSteps);
		reasons = List.copyOf(reasons);
	}

	public boolean has(ReasonCode code) {
		return this.reasons.stream().anyMatch((r) -> r.code() == code);
	}

}
