package fr.relance.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What rendering a batch part produced besides its main file.
 *
 * @param actions the actions in the file, in file order
 * @param pages pages of the file (0 for files without pages)
 * @param companions small files that go with it (the printer's index), written with the
 * same protocol
 */
public record RenderedPart(List<EmittedAction> actions, int pages, Map<Path, byte[]> companions) {

	public RenderedPart {
		actions = List.copyOf(actions);
		companions = Map.copyOf(companions);
	}

}
