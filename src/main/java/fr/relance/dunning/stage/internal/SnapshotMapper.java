package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import fr.relance.dunning.CaseSnapshot;
import fr.relance.dunning.ContactEvent;
import fr.relance.dunning.ContactValidity;
import fr.relance.dunning.ContactOrigin;
import fr.relance.dunning.Debtor;
import fr.relance.dunning.FirstLetter;
import fr.relance.dunning.OpenPart;
import fr.relance.dunning.OperatorFollowUp;
import fr.relance.dunning.PaymentPromise;
import fr.relance.dunning.InstalmentPlan;
import fr.relance.dunning.PostalAddress;
import fr.relance.dunning.ReturnedLetter;
import fr.relance.dunning.StepDone;
import fr.relance.dunning.WorklistAnswers;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.ids.Masking;

/**
 * One row of the snapshot query to a {@link CaseSnapshot}. Contacts of the last 60 days
 * are the steps the engine took (their channel is the scenario step's) and those the
 * establishment reported in its follow-up files.
 */
final class SnapshotMapper implements RowMapper<CaseSnapshot> {

	private static final int CONTACT_HISTORY_DAYS = 60;

	private final String finess;

	private final LocalDate lastLedger;

	private final Scenario scenario;

	private final LocalDate contactsFrom;

	/** The establishment's STOP list: numbers in E.164 and the day each answered STOP. */
	private final Map<String, LocalDate> stops;

	SnapshotMapper(String finess, LocalDate lastLedger, Scenario scenario, LocalDate runDate,
			Map<String, LocalDate> stops) {
		this.stops = stops;
		this.finess = finess;
		this.lastLedger = lastLedger;
		this.scenario = scenario;
		this.contactsFrom = contactsFrom(runDate);
	}

	/**
	 * Contacts older than this change no decision (the longest hold they cause is the
	 * 60-day call refusal).
	 */
	static LocalDate contactsFrom(LocalDate runDate) {
		return runDate.minusDays(CONTACT_HISTORY_DAYS);
	}

	@Override
	public CaseSnapshot map(ResultSet rs, StatementContext ctx) throws SQLException {
		String phone = rs.getString("phone");
		String mobile = rs.getString("mobile");
		PostalAddress address = new PostalAddress(rs.getString("address_line1"), rs.getString("address_line2"),
				rs.getString("postcode"), rs.getString("city"), rs.getString("country"));
		Debtor debtor = new Debtor(Masking.tail(rs.getString("external_id"), 4), address,
				mobile != null ? mobile : FrenchPhone.isMobile(phone) ? phone : null, phone != null ? phone : mobile,
				rs.getBoolean("sms_opt_out"), rs.getBoolean("deceased"), rs.getBoolean("guardianship"),
				rs.getString("email"));
		List<StepDone> done = steps(rs);
		String reference = rs.getString("first_letter_reference");
		FirstLetter firstLetter = reference == null ? null
				: new FirstLetter(reference, rs.getObject("first_letter_on", LocalDate.class));
		List<ContactEvent> contacts = contacts(done);
		contacts.addAll(reportedContacts(rs));
		return new CaseSnapshot(Long.toString(rs.getLong("case_id")), this.finess, debtor, parts(rs), done, contacts,
				rs.getObject("last_payment", LocalDate.class), rs.getBoolean("dispute"), plan(rs), firstLetter,
				this.lastLedger, followUp(rs), validity(rs, debtor), rs.getBigDecimal("credit"), answers(rs));
	}

	private static WorklistAnswers answers(ResultSet rs) throws SQLException {
		WorklistAnswers answers = new WorklistAnswers(rs.getObject("write_off_refused_on", LocalDate.class),
				rs.getObject("handed_over_on", LocalDate.class), rs.getString("handed_over_to"),
				rs.getObject("handover_returned_on", LocalDate.class),
				rs.getObject("review_released_on", LocalDate.class), rs.getString("review_released_codes"));
		return answers.equals(WorklistAnswers.NONE) ? WorklistAnswers.NONE : answers;
	}

	private static OperatorFollowUp followUp(ResultSet rs) throws SQLException {
		LocalDate promisedOn = rs.getObject("promised_on", LocalDate.class);
		PaymentPromise promise = promisedOn == null ? null : new PaymentPromise(promisedOn,
				rs.getObject("promise_due_on", LocalDate.class), rs.getBigDecimal("promise_amount").setScale(2));
		return new OperatorFollowUp(promise, rs.getObject("operator_dispute_on", LocalDate.class));
	}

	private ContactValidity validity(ResultSet rs, Debtor debtor) throws SQLException {
		String[] numbers = array(rs, "wrong_numbers", String[].class);
		Map<String, LocalDate> wrong = new HashMap<>();
		if (numbers != null) {
			Date[] reported = array(rs, "wrong_numbers_on", Date[].class);
			for (int i = 0; i < numbers.length; i++) {
				wrong.put(numbers[i], reported[i].toLocalDate());
			}
		}
		LocalDate stopped = this.stops.isEmpty() || !FrenchPhone.isValid(debtor.mobile()) ? null
				: this.stops.get(FrenchPhone.toE164(debtor.mobile()));
		List<ReturnedLetter> returned = new ArrayList<>();
		String[] references = array(rs, "returned_refs", String[].class);
		if (references != null) {
			Date[] on = array(rs, "returned_on", Date[].class);
			for (int i = 0; i < references.length; i++) {
				returned.add(new ReturnedLetter(references[i], on[i].toLocalDate()));
			}
		}
		return new ContactValidity(wrong, stopped, returned);
	}

	private static List<OpenPart> parts(ResultSet rs) throws SQLException {
		String[] invoices = array(rs, "invoices", String[].class);
		if (invoices == null) {
			return List.of();
		}
		BigDecimal[] amounts = array(rs, "amounts", BigDecimal[].class);
		Date[] due = array(rs, "due_dates", Date[].class);
		Date[] pending = array(rs, "pending_since", Date[].class);
		Date[] paid = array(rs, "last_paid", Date[].class);
		List<OpenPart> parts = new ArrayList<>(invoices.length);
		for (int i = 0; i < invoices.length; i++) {
			parts.add(new OpenPart(invoices[i], amounts[i].setScale(2), due[i].toLocalDate(), date(pending[i]),
					date(paid[i])));
		}
		return parts;
	}

	private static List<StepDone> steps(ResultSet rs) throws SQLException {
		String[] ids = array(rs, "step_ids", String[].class);
		if (ids == null) {
			return List.of();
		}
		Date[] dates = array(rs, "step_dates", Date[].class);
		Boolean[] passed = array(rs, "step_passed", Boolean[].class);
		List<StepDone> steps = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			steps.add(new StepDone(ids[i], dates[i].toLocalDate(), passed[i]));
		}
		return steps;
	}

	private List<ContactEvent> contacts(List<StepDone> done) {
		List<ContactEvent> contacts = new ArrayList<>(done.size());
		for (StepDone step : done) {
			if (!step.passedOver() && !step.on().isBefore(this.contactsFrom)) {
				ScenarioStep known = this.scenario.steps()
					.stream()
					.filter((s) -> s.id().equals(step.stepId()))
					.findFirst()
					.orElse(null);
				if (known != null) {
					contacts.add(new ContactEvent(step.on(), known.channel(), ContactOrigin.ENGINE, false));
				}
			}
		}
		return contacts;
	}

	/**
	 * Contacts from the establishment's follow-up files; desk visits and e-mails have no
	 * scenario channel.
	 */
	private static List<ContactEvent> reportedContacts(ResultSet rs) throws SQLException {
		Date[] dates = array(rs, "contact_dates", Date[].class);
		if (dates == null) {
			return List.of();
		}
		String[] channels = array(rs, "contact_channels", String[].class);
		String[] origins = array(rs, "contact_origins", String[].class);
		Boolean[] refused = array(rs, "contact_refused", Boolean[].class);
		List<ContactEvent> contacts = new ArrayList<>(dates.length);
		for (int i = 0; i < dates.length; i++) {
			Channel channel = switch (channels[i]) {
				case "PHONE" -> Channel.CALL;
				case "SMS" -> Channel.SMS;
				case "LETTER" -> Channel.LETTER;
				case "EMAIL" -> Channel.EMAIL;
				default -> null;
			};
			contacts
				.add(new ContactEvent(dates[i].toLocalDate(), channel, ContactOrigin.valueOf(origins[i]), refused[i]));
		}
		return contacts;
	}

	private static InstalmentPlan plan(ResultSet rs) throws SQLException {
		LocalDate signed = rs.getObject("plan_signed_on", LocalDate.class);
		if (signed == null) {
			return null;
		}
		return new InstalmentPlan(signed, rs.getBigDecimal("plan_instalment").setScale(2),
				rs.getInt("plan_instalments"), rs.getObject("plan_first_due", LocalDate.class),
				rs.getInt("plan_period_months"), rs.getBigDecimal("plan_paid").setScale(2));
	}

	private static <T> T array(ResultSet rs, String column, Class<T> type) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? null : type.cast(array.getArray());
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
