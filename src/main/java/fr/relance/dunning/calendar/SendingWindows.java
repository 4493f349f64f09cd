package fr.relance.dunning.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Days and local-time windows in which SMS and calls may go out. The default copies the
 * rule for consumer prospecting calls (Code de la consommation D223-9): Monday to Friday,
 * 10:00-13:00 and 14:00-20:00.
 */
public record SendingWindows(Set<DayOfWeek> days, List<Window> windows) {

	/**
	 * A half-open window: sending at {@code start} is allowed, at {@code end} it is not.
	 */
	public record Window(LocalTime start, LocalTime end) {

		public Window {
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("window start must be before its end: " + start + "-" + end);
			}
		}

	}

	public SendingWindows {
		days = Set.copyOf(days);
		windows = windows.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
		if (days.isEmpty() || windows.isEmpty()) {
			throw new IllegalArgumentException("at least one sending day and one window are required");
		}
	}

	public static SendingWindows standard() {
		return new SendingWindows(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				List.of(new Window(LocalTime.of(10, 0), LocalTime.of(13, 0)),
						new Window(LocalTime.of(14, 0), LocalTime.of(20, 0))));
	}

}
