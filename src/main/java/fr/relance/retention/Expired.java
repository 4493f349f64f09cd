package fr.relance.retention;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file past its retention period.
 *
 * @param dated the night or day the file belongs to, which its age is counted from
 */
public record Expired(RetentionKind kind, Path file, LocalDate dated) {
}
