package fr.relance.output.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.relance.dunning.scenario.Channel;
import fr.relance.establishment.Establishment;
import fr.relance.output.BatchKind;
import fr.relance.output.BatchPart;
import fr.relance.output.DueAction;
import fr.relance.output.Emission;
import fr.relance.output.EmissionProtocol;
import fr.relance.output.EmittedAction;
import fr.relance.output.Emitter;
import fr.relance.output.NotEmitted;
import fr.relance.output.RenderedPart;
import fr.relance.output.RegisteredParts;

/**
 * The letter channel: simple letters and registered letters (formal notices) in separate
 * print batches, each cut into files of at most {@code lettersPerFile} letters, so memory
 * stays bounded whatever the backlog. The establishment's cap keeps the letters of
 * highest expected value; the rest stay planned for the next nights. Once the night's
 * files are registered, they go to the establishment's print provider when it has one.
 */
public class LettersEmitter implements Emitter {

	/** Its own kinds of batch, not every kind the stage registers. */
	private static final List<BatchKind> KINDS = List.of(BatchKind.LETTERS, BatchKind.REGISTERED_LETTERS);

	private final LetterBuilder builder;

	private final LetterFiles files;

	private final ZoneId zone;

	private final int lettersPerFile;

	private final PrintPush push;

	public LettersEmitter(LetterBuilder builder, LetterFiles files, ZoneId zone, int lettersPerFile, PrintPush push) {
		this.builder = builder;
		this.files = files;
		this.zone = zone;
		this.lettersPerFile = lettersPerFile;
		this.push = push;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.LETTER, Channel.REGISTERED_LETTER);
	}

	@Override
	public Emission emit(Establishment establishment, LocalDate night, List<DueAction> due, EmissionProtocol protocol) {
		String finess = establishment.finess();
		int before = emitted(protocol, finess, night);
		List<DueAction> taken = due;
		if (establishment.letters().maxPerNight().isPresent()) {
			int room = Math.max(0, establishment.letters().maxPerNight().getAsInt() - before);
			taken = due.subList(0, Math.min(room, due.size()));
		}
		List<NotEmitted> refused = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		for (BatchKind kind : KINDS) {
			List<DueAction> ofKind = taken.stream().filter((a) -> kind(a.channel()) == kind).toList();
			int sequence = protocol.registered(finess, kind, night).parts();
			for (int from = 0; from < ofKind.size(); from += this.lettersPerFile) {
				List<DueAction> chunk = ofKind.subList(from, Math.min(from + this.lettersPerFile, ofKind.size()));
				LetterBuilder.Built built = this.builder.build(establishment, night, chunk);
				refused.addAll(built.refused());
				if (built.letters().isEmpty()) {
					continue;
				}
				BatchPart part = this.files.part(finess, kind, night, ++sequence);
				protocol.publish(part, (out) -> {
					List<LetterDocument.Placed> placed = LetterDocument.write(establishment, built.letters(),
							"Courriers " + finess + " du " + night + " (" + kind.code() + ", partie " + part.sequence()
									+ ")",
							finess + "/" + kind.code() + "/" + night + "/" + part.sequence(), night, this.zone, out);
					return rendered(part, placed);
				});
				written.add(part.file());
			}
		}
		int emitted = emitted(protocol, finess, night);
		PrintPush.Outcome pushed = this.push.push(establishment, night);
		List<String> alerts = pushed.error()
			.map((e) -> List.of(pushed.waiting() + " print files not pushed to the print provider (" + e
					+ "); pushed again next night"))
			.orElse(List.of());
		return new Emission(due.size(), emitted, due.size() - taken.size(), refused, written, alerts);
	}

	private static RenderedPart rendered(BatchPart part, List<LetterDocument.Placed> placed) {
		List<EmittedAction> actions = placed.stream()
			.map((p) -> new EmittedAction(p.letter().actionId(), p.letter().template().version(), p.firstPage(),
					p.pages()))
			.toList();
		int pages = placed.stream().mapToInt(LetterDocument.Placed::pages).sum();
		return new RenderedPart(actions, pages, Map.of(LetterFiles.index(part), PrintIndex.of(placed)));
	}

	private static int emitted(EmissionProtocol protocol, String finess, LocalDate night) {
		int total = 0;
		for (BatchKind kind : KINDS) {
			RegisteredParts registered = protocol.registered(finess, kind, night);
			total += registered.items();
		}
		return total;
	}

	static BatchKind kind(Channel channel) {
		return channel == Channel.REGISTERED_LETTER ? BatchKind.REGISTERED_LETTERS : BatchKind.LETTERS;
	}

}
