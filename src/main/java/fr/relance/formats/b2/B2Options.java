package fr.relance.formats.b2;

import java.util.Objects;

import fr.relance.formats.fixedwidth.ShortDatePattern;

/**
 * Reader settings.
 *
 * @param strict a failed total check (docs/formats.md#b2-checks) refuses the file
 * (default); otherwise it is a warning
 * @param datePattern order of six-character dates (default {@code ddMMyy};
 * docs/formats.md#dates)
 */
public record B2Options(boolean strict, ShortDatePattern datePattern) {

	public B2Options {
		Objects.requireNonNull(datePattern, "datePattern");
	}

	public static B2Options strictDefaults() {
		return new B2Options(true, ShortDatePattern.DDMMYY);
	}

	public static B2Options lenientDefaults() {
		return new B2Options(false, ShortDatePattern.DDMMYY);
	}

	public B2Options withDatePattern(ShortDatePattern pattern) {
		return new B2Options(strict, pattern);
	}

}
