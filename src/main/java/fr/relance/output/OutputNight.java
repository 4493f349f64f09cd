package fr.relance.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.output.internal.OutputDao;
import fr.relance.support.db.Transactions;

/**
 * One establishment's output night: for each emitter, the planned actions of closed cases
 * are suppressed, then the due ones are handed to it. Every part it publishes commits on
 * its own, so a failure keeps what went out before it.
 */
public class OutputNight {

	private final Jdbi jdbi;

	private final List<Emitter> emitters;

	private final EmissionProtocol protocol;

	private final TransactionTemplate ownTransaction;

	private final List<StandingList> standingLists;

	public OutputNight(Jdbi jdbi, PlatformTransactionManager transactionManager, List<Emitter> emitters,
			EmissionProtocol protocol) {
		this(jdbi, transactionManager, emitters, protocol, List.of());
	}

	public OutputNight(Jdbi jdbi, PlatformTransactionManager transactionManager, List<Emitter> emitters,
			EmissionProtocol protocol, List<StandingList> standingLists) {
		this.jdbi = jdbi;
		this.emitters = List.copyOf(emitters);
		this.protocol = protocol;
		this.ownTransaction = Transactions.requiresNew(transactionManager);
		this.standingLists = List.copyOf(standingLists);
	}

	public EstablishmentOutput emit(Establishment establishment, LocalDate night) {
		String finess = establishment.finess();
		int suppressed = 0;
		List<Emission> emissions = new ArrayList<>();
		for (Emitter emitter : this.emitters) {
			List<String> channels = emitter.channels().stream().map(Channel::name).sorted().toList();
			suppressed += this.ownTransaction.execute((status) -> this.jdbi.withExtension(OutputDao.class,
					(dao) -> dao.suppressClosed(finess, night, channels)));
			emissions.add(emitter.emit(establishment, night, due(finess, night, emitter.channels()), this.protocol));
		}
		this.standingLists.forEach((list) -> list.write(establishment, night));
		return new EstablishmentOutput(finess, suppressed, emissions);
	}

	/**
	 * The establishment's actions of these channels waiting to go out on the night,
	 * highest expected value first.
	 */
	public List<DueAction> due(String finess, LocalDate night, java.util.Set<Channel> channels) {
		List<String> names = channels.stream().map(Channel::name).sorted().toList();
		return this.jdbi.withExtension(OutputDao.class, (dao) -> dao.dueActions(finess, night, names))
			.stream()
			.map((r) -> new DueAction(r.id(), r.caseId(), r.reference(), r.stepId(), Channel.valueOf(r.channel()),
					r.runDate(), r.expectedGain(), r.quotesReference()))
			.toList();
	}

}
