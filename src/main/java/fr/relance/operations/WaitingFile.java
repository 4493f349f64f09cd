package fr.relance.operations;

import java.time.Duration;
import java.time.Instant;

/**
 * A file in an establishment's {@code in/} folder that no night has taken yet.
 *
 * @param name its name as dropped (escape it before printing: it came from outside)
 * @param modified when it was last written
 * @param waiting how long since then
 */
public record WaitingFile(String finess, String name, long sizeBytes, Instant modified, Duration waiting) {
}
