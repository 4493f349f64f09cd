package fr.relance.dunning.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.relance.dunning.Outcome;
import fr.relance.dunning.ReasonCode;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.stage.internal.NightSummaryDao.CodeCount;
import fr.relance.dunning.stage.internal.NightSummaryDao.OutcomeCount;

/**
 * The one-line summary of a dunning night for the run summary, e.g. "1 234 cases: 210
 * letters, 40 SMS planned; 600 held (INSURER_PENDING 300, RECENT_PAYMENT 250, ...); 9
 * write-off proposals; ...".
 */
final class NightNote {

	private NightNote() {
	}

	static String of(List<OutcomeCount> outcomes, List<CodeCount> blockedBy, long suppressed) {
		long cases = 0;
		BigDecimal avoided = BigDecimal.ZERO.setScale(2);
		List<String> planned = new ArrayList<>();
		long held = 0;
		long waiting = 0;
		long deferred = 0;
		long writeOffs = 0;
		for (OutcomeCount count : outcomes) {
			cases += count.decisions();
			avoided = avoided.add(count.costAvoided());
			switch (Outcome.valueOf(count.outcome())) {
				case ACT -> planned.add(number(count.decisions()) + " " + channel(count.channel()));
				case BLOCKED -> held += count.decisions();
				case WAIT -> waiting += count.decisions();
				case DEFER -> deferred += count.decisions();
				case WRITE_OFF_PROPOSAL -> writeOffs += count.decisions();
				case LADDER_DONE -> {
				}
			}
		}
		return number(cases) + " cases: " + (planned.isEmpty() ? "nothing" : String.join(", ", planned)) + " planned; "
				+ number(held) + " held" + holds(blockedBy) + "; " + number(waiting) + " waiting; " + number(deferred)
				+ " deferred; " + number(writeOffs) + " write-off proposals; " + number(suppressed)
				+ " planned actions suppressed; " + avoided.toPlainString() + " EUR not spent on actions not worth it";
	}

	private static String holds(List<CodeCount> blockedBy) {
		List<String> parts = new ArrayList<>();
		for (CodeCount count : blockedBy) {
			if (ReasonCode.valueOf(count.code()).holdsCase()) {
				parts.add(count.code() + " " + number(count.decisions()));
			}
		}
		return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
	}

	private static String channel(String channel) {
		if (channel == null) {
			return "actions";
		}
		return switch (Channel.valueOf(channel)) {
			case LETTER -> "letters";
			case SMS -> "SMS";
			case CALL -> "calls";
			case REGISTERED_LETTER -> "registered letters";
			case EMAIL -> "e-mails";
			case HANDOVER -> "hand-overs";
			case WRITE_OFF_PROPOSAL -> "write-off proposals";
		};
	}

	/** Thousands separated by a space, as French readers expect. */
	static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
	}

}
