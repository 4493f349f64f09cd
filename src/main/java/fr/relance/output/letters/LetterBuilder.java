package fr.relance.output.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.support.ids.CreditorReference;
import fr.relance.output.DueAction;
import fr.relance.output.NotEmitted;
import fr.relance.output.letters.internal.LetterDao;
import fr.relance.output.letters.internal.LetterDao.OpenInvoice;
import fr.relance.output.letters.internal.LetterDao.Recipient;
import fr.relance.support.postal.AddressBlock;

/**
 * Turns due letter actions into letters, reading their debtors and tonight's open parts
 * set-based, or says why one cannot be rendered. The recipient block comes from the same
 * normaliser as the dunning address gate.
 */
public final class LetterBuilder {

	private final Jdbi jdbi;

	private final LetterTemplates templates;

	public LetterBuilder(Jdbi jdbi, LetterTemplates templates) {
		this.jdbi = jdbi;
		this.templates = templates;
	}

	/** Letters built, in the order of the actions, and the actions refused. */
	public record Built(List<Letter> letters, List<NotEmitted> refused) {
	}

	public Built build(Establishment creditor, java.time.LocalDate night, List<DueAction> actions) {
		List<Letter> letters = new ArrayList<>(actions.size());
		List<NotEmitted> refused = new ArrayList<>();
		Optional<LetterRefusal> unusable = creditorRefusal(creditor);
		if (unusable.isPresent()) {
			actions.forEach((a) -> refused.add(refusal(creditor, a, unusable.get(), null)));
			return new Built(letters, refused);
		}
		Map<Long, Recipient> recipients = new HashMap<>();
		Map<Long, List<InvoiceLine>> invoices = new HashMap<>();
		if (!actions.isEmpty()) {
			this.jdbi.useExtension(LetterDao.class, (dao) -> {
				dao.recipients(actions.stream().map(DueAction::id).toList())
					.forEach((r) -> recipients.put(r.actionId(), r));
				for (OpenInvoice i : dao.openInvoices(actions.stream().map(DueAction::caseId).distinct().toList())) {
					invoices.computeIfAbsent(i.caseId(), (k) -> new ArrayList<>())
						.add(new InvoiceLine(i.invoiceNumber(), i.invoiceDate(), i.amountOpen().setScale(2)));
				}
			});
		}
		for (DueAction action : actions) {
			Optional<LetterTemplate> template = this.templates.forStep(action.stepId());
			Recipient recipient = recipients.get(action.id());
			List<InvoiceLine> owed = invoices.getOrDefault(action.caseId(), List.of());
			if (template.isEmpty()) {
				refused.add(refusal(creditor, action, LetterRefusal.NO_TEMPLATE, action.stepId()));
				continue;
			}
			AddressBlock.Result address = AddressBlock.of(name(recipient),
					Arrays.asList(recipient.addressLine1(), recipient.addressLine2()), recipient.postcode(),
					recipient.city(), recipient.country());
			if (!address.accepted()) {
				refused.add(refusal(creditor, action, LetterRefusal.ADDRESS_REFUSED, address.refusal()));
				continue;
			}
			boolean quotes = template.get().quotesFirstLetter() || action.quotesReference() != null;
			if (quotes && (action.quotesReference() == null || recipient.quotedOn() == null)) {
				refused.add(refusal(creditor, action, LetterRefusal.NO_FIRST_LETTER, null));
				continue;
			}
			if (owed.isEmpty()) {
				refused.add(refusal(creditor, action, LetterRefusal.NOTHING_OWED, null));
				continue;
			}
			letters.add(new Letter(action.id(), action.reference(), night, template.get(), address.block(), owed,
					CreditorReference.forEstablishment(creditor.finess(), action.caseId()),
					quotes ? action.quotesReference() : null, quotes ? recipient.quotedOn() : null,
					action.channel() == Channel.REGISTERED_LETTER, false));
		}
		return new Built(letters, refused);
	}

	/**
	 * What an establishment must have for any letter: its address (sender, creditor) and
	 * a way to be paid.
	 */
	static Optional<LetterRefusal> creditorRefusal(Establishment creditor) {
		if (creditor.address().isEmpty() || blank(creditor.postcode()) || blank(creditor.city())) {
			return Optional.of(LetterRefusal.NO_CREDITOR_ADDRESS);
		}
		if (blank(creditor.paymentUrl()) && blank(creditor.iban()) && creditor.letters().publicAccountant().isEmpty()) {
			return Optional.of(LetterRefusal.NO_PAYMENT_MEANS);
		}
		return Optional.empty();
	}

	private static String name(Recipient recipient) {
		String first = recipient.firstName() == null ? "" : recipient.firstName().strip();
		String last = recipient.lastName().strip().toUpperCase(java.util.Locale.FRENCH);
		return first.isEmpty() ? last : first + " " + last;
	}

	private static NotEmitted refusal(Establishment creditor, DueAction action, LetterRefusal why, String detail) {
		return new NotEmitted(creditor.finess(), action.reference(), action.stepId(),
				why.messageFr() + (detail == null ? "" : " (" + detail + ")"));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
