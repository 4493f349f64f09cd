package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.relance.dunning.scenario.Channel;

/**
 * Test builder of case snapshots. The default case: one part of 120.00 EUR due on
 * 2026-02-01 with no insurer pending, a Paris address, a valid mobile, yesterday's ledger
 * for a run on Tuesday 2026-03-10, nothing done yet.
 */
final class Cases {

	static final LocalDate RUN = LocalDate.of(2026, 3, 10);

	static final PostalAddress PARIS = new PostalAddress("12 rue des Lilas", "75011", "Paris", null);

	private final List<OpenPart> parts = new ArrayList<>();

	private final List<StepDone> steps = new ArrayList<>();

	private final List<ContactEvent> contacts = new ArrayList<>();

	private PostalAddress address = PARIS;

	private String mobile = "06 12 34 56 78";

	private boolean smsOptOut;

	private boolean deceased;

	private boolean guardianship;

	private boolean disputed;

	private LocalDate lastPayment;

	private InstalmentPlan plan;

	private FirstLetter firstLetter;

	private LocalDate ledger = RUN.minusDays(1);

	private OperatorFollowUp followUp = OperatorFollowUp.NONE;

	private ContactValidity validity = ContactValidity.NONE;

	static Cases owing(String amount) {
		return new Cases().part("F-1", amount, LocalDate.of(2026, 2, 1));
	}

	Cases part(String invoice, String amount, LocalDate due) {
		return part(new OpenPart(invoice, new BigDecimal(amount), due, null, null));
	}

	Cases part(OpenPart part) {
		this.parts.add(part);
		return this;
	}

	Cases dueOn(LocalDate due) {
		OpenPart first = this.parts.remove(0);
		this.parts.add(0, new OpenPart(first.invoiceNumber(), first.amountOpen(), due, first.insurerPendingSince(),
				first.lastPaymentDate()));
		return this;
	}

	Cases done(String stepId, LocalDate on) {
		this.steps.add(new StepDone(stepId, on, false));
		if (this.steps.size() == 1) {
			this.firstLetter = new FirstLetter("RL-2026-000123", on);
		}
		return this;
	}

	Cases noFirstLetterReference() {
		this.firstLetter = null;
		return this;
	}

	Cases contact(LocalDate on, Channel channel, ContactOrigin origin, boolean refused) {
		this.contacts.add(new ContactEvent(on, channel, origin, refused));
		return this;
	}

	Cases address(PostalAddress address) {
		this.address = address;
		return this;
	}

	Cases mobile(String mobile) {
		this.mobile = mobile;
		return this;
	}

	Cases smsOptOut() {
		this.smsOptOut = true;
		return this;
	}

	Cases deceased() {
		this.deceased = true;
		return this;
	}

	Cases underGuardianship() {
		this.guardianship = true;
		return this;
	}

	Cases disputed() {
		this.disputed = true;
		return this;
	}

	Cases paidOn(LocalDate date) {
		this.lastPayment = date;
		return this;
	}

	Cases plan(InstalmentPlan plan) {
		this.plan = plan;
		return this;
	}

	Cases ledgerReceived(LocalDate date) {
		this.ledger = date;
		return this;
	}

	Cases followUp(OperatorFollowUp followUp) {
		this.followUp = followUp;
		return this;
	}

	Cases validity(ContactValidity validity) {
		this.validity = validity;
		return this;
	}

	CaseSnapshot build() {
		Debtor debtor = new Debtor("P***42", this.address, this.mobile, this.mobile, this.smsOptOut, this.deceased,
				this.guardianship);
		return new CaseSnapshot("C-1", "750000001", debtor, this.parts, this.steps, this.contacts, this.lastPayment,
				this.disputed, this.plan, this.firstLetter, this.ledger, this.followUp, this.validity);
	}

}
