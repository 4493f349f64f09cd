package fr.relance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.operations.EstablishmentFiles;
import fr.relance.operations.OperationsJournal;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.ids.Finess;
import fr.relance.support.text.Printable;

/**
 * {@code establishment list | add | disable | enable}: the establishments served, changed
 * by ops.
 */
class EstablishmentCommand implements Command {

	/**
	 * Options of {@code add} that become keys of the file, in the file's order; the first
	 * six are required.
	 */
	private static final Map<String, String> KEY_OF_OPTION = new LinkedHashMap<>();

	static {
		KEY_OF_OPTION.put("finess", "finess");
		KEY_OF_OPTION.put("legal-name", "legalName");
		KEY_OF_OPTION.put("sector", "sector");
		KEY_OF_OPTION.put("ledger-profile", "ledgerProfile");
		KEY_OF_OPTION.put("scenario", "scenario");
		KEY_OF_OPTION.put("ledger-records-bank-payments", "ledgerRecordsBankPayments");
		KEY_OF_OPTION.put("address", "address");
		KEY_OF_OPTION.put("postcode", "postcode");
		KEY_OF_OPTION.put("city", "city");
		KEY_OF_OPTION.put("patient-contact", "patientContact");
		KEY_OF_OPTION.put("payment-url", "paymentUrl");
		KEY_OF_OPTION.put("iban", "iban");
		KEY_OF_OPTION.put("bic", "bic");
		KEY_OF_OPTION.put("invoice-number-pattern", "invoiceNumberPattern");
	}

	private static final List<String> REQUIRED = List.copyOf(KEY_OF_OPTION.keySet()).subList(0, 6);

	/** Answers asked for one value before giving up. */
	private static final int ATTEMPTS = 3;

	/** What the prompt of a value shows of the answers allowed. */
	private static final Map<String, String> PROMPT_HINTS = Map.of("sector", " (private|public)",
			"ledger-records-bank-payments", " (true|false)", "ledger-profile", " (a file of <jobs>/profiles)",
			"scenario", " (a file of <jobs>/scenarios)");

	private final Clock clock;

	EstablishmentCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "establishment";
	}

	@Override
	public boolean takesOperands() {
		return true;
	}

	@Override
	public String summary() {
		return "list, add, disable or enable the establishments served";
	}

	@Override
	public String usage() {
		return """
				usage: relance establishment list
				       relance establishment add --finess F --legal-name NAME --sector private|public
				              --ledger-profile P --scenario S --ledger-records-bank-payments true|false
				              [--address LINE --postcode C --city C --patient-contact TEXT --payment-url URL
				               --iban IBAN --bic BIC --invoice-number-pattern REGEX] [--sftp KEYFILE [--sftp-user U]]
				       relance establishment disable --finess F [--reason TEXT]
				       relance establishment enable --finess F

				list     every establishment file, enabled or disabled, or why it cannot be read
				add      writes <establishments>/<FINESS>.yml, checked as the engine reads it (FINESS key, IBAN,
				         ledger profile and scenario present in <jobs>), and creates <drop>/<FINESS>/in and out.
				         Required values missing from the options are asked for, one per line, on the terminal or
				         from answers piped in (a bad answer is asked again, 3 times at most). With --sftp KEYFILE
				         (an OpenSSH public key file) the file also gets its SFTP account (login --sftp-user,
				         default the FINESS) for the embedded SFTP server: restart the server to open it.
				         jobs/establishments/README.md explains every key.
				disable  its nights stop (no intake, import, reconciliation or dunning) from the next run; its data,
				         drop folders and archive are kept: the file moves to <establishments>/disabled/
				enable   moves it back
				  --home, --drop, --jobs, --establishments   as for nightly

				exit status: 0 done, 1 failed, 2 bad usage or an invalid value (nothing written)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws IOException {
		List<String> operands = arguments.words().subList(1, arguments.words().size());
		String operation = operands.size() == 1 ? operands.get(0) : "";
		RelanceProperties paths = HomePaths.of(arguments);
		EstablishmentFiles files = new EstablishmentFiles(paths.establishments(), paths.jobs());
		OperationsJournal journal = new OperationsJournal(paths.home(), clock);
		Set<String> places = Set.of("home", "drop", "jobs", "establishments");
		switch (operation) {
			case "list" -> {
				arguments.checkOptions(places);
				list(files, console);
			}
			case "add" -> {
				Set<String> known = new java.util.HashSet<>(places);
				known.addAll(KEY_OF_OPTION.keySet());
				known.addAll(Set.of("sftp", "sftp-user"));
				arguments.checkOptions(known);
				add(arguments, files, paths, journal, console);
			}
			case "disable", "enable" -> {
				Set<String> known = new java.util.HashSet<>(places);
				known.add("finess");
				if (operation.equals("disable")) {
					known.add("reason");
				}
				arguments.checkOptions(known);
				String finess = finess(arguments.option("finess")
					.orElseThrow(
							() -> new UsageException("--finess F is required: the establishment to " + operation)));
				boolean changed = operation.equals("disable") ? files.disable(finess) : files.enable(finess);
				if (!changed) {
					console.out()
						.println("Establishment " + finess + " was " + operation + "d already: nothing changed.");
					return ExitCode.OK;
				}
				journal.record("establishment " + operation + " " + finess
						+ arguments.option("reason").map(r -> ", reason: " + r).orElse(""));
				console.out()
					.println(operation.equals("disable") ? "Establishment " + finess
							+ " disabled: its nights stop from the next run; its data, drop"
							+ " folders and archive are kept. A running SFTP server keeps its account until restarted."
							: "Establishment " + finess + " enabled: the next night serves it again.");
			}
			default -> throw new UsageException("say 'establishment list', 'establishment add ...', 'establishment"
					+ " disable --finess F' or 'establishment enable --finess F'"
					+ (operands.isEmpty() ? "" : "; got '" + String.join(" ", operands) + "'"));
		}
		return ExitCode.OK;
	}

	private static void list(EstablishmentFiles files, Console console) {
		List<EstablishmentFiles.Listed> listed = files.list();
		console.out().println(listed.size() + " establishment(s)");
		for (EstablishmentFiles.Listed e : listed) {
			if (e.establishment() == null) {
				console.out()
					.printf(Locale.ROOT, "  %-9s  %-8s  unreadable: %s%n", e.finess(),
							e.enabled() ? "enabled" : "disabled", Printable.of(e.problem()));
				continue;
			}
			Establishment est = e.establishment();
			console.out()
				.printf(Locale.ROOT, "  %-9s  %-8s  %-7s  %s; profile %s, scenario %s, SFTP %s%n", e.finess(),
						e.enabled() ? "enabled" : "disabled", est.sector().name().toLowerCase(Locale.ROOT),
						Printable.of(est.legalName()), est.ledgerProfile(), est.scenario(),
						est.sftp().publicKeys().isEmpty() ? "no key" : "login " + Printable.of(est.sftp().user()) + ", "
								+ est.sftp().publicKeys().size() + " key(s)");
		}
	}

	private void add(Arguments arguments, EstablishmentFiles files, RelanceProperties paths, OperationsJournal journal,
			Console console) throws IOException {
		arguments.option("finess").ifPresent(EstablishmentCommand::finess); // refused
																			// before
																			// anything is
																			// asked
		Map<String, String> values = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String option : KEY_OF_OPTION.keySet()) {
			String value = arguments.option(option).orElse(null);
			if (value == null && REQUIRED.contains(option)) {
				value = asked(option, console);
			}
			if (value == null || value.isBlank()) {
				if (REQUIRED.contains(option)) {
					missing.add("--" + option);
				}
				continue;
			}
			values.put(option, value.strip());
		}
		if (!missing.isEmpty()) {
			throw new UsageException("establishment add needs " + String.join(", ", missing));
		}
		String finess = finess(values.get("finess"));
		values.put("finess", finess);
		StringBuilder yaml = new StringBuilder(
				"# Written by 'relance establishment add'; keys: jobs/establishments/README.md\n");
		values.forEach((option, value) -> {
			String key = KEY_OF_OPTION.get(option);
			if (key.equals("address")) {
				yaml.append("address:\n  - ").append(quoted(value)).append('\n');
			}
			else if (key.equals("ledgerRecordsBankPayments")) {
				yaml.append(key).append(": ").append(value.toLowerCase(Locale.ROOT)).append('\n');
			}
			else {
				yaml.append(key).append(": ").append(quoted(value)).append('\n');
			}
		});
		if (arguments.option("sftp").isPresent()) {
			List<String> keys = publicKeys(Path.of(arguments.option("sftp").get()));
			yaml.append("sftp:\n  user: ")
				.append(quoted(arguments.option("sftp-user").orElse(finess)))
				.append("\n  publicKeys:\n");
			keys.forEach(k -> yaml.append("    - ").append(quoted(k)).append('\n'));
		}
		else if (arguments.option("sftp-user").isPresent()) {
			throw new UsageException("--sftp-user goes with --sftp KEYFILE");
		}
		Establishment added = files.add(finess, yaml.toString());
		new DropZone(paths.drop()).prepare(finess);
		journal.record("establishment add " + finess
				+ (arguments.option("sftp").isPresent() ? " with SFTP login " + added.sftp().user() : ""));
		console.out()
			.println("Establishment " + finess + " added: "
					+ paths.establishments().resolve(finess + ".yml").toAbsolutePath() + "; drop folders "
					+ paths.drop().resolve(finess).toAbsolutePath() + "/in and /out."
					+ (arguments.option("sftp").isPresent() ? " SFTP login " + Printable.of(added.sftp().user())
							+ ": restart the SFTP server to open it." : "")
					+ " The next night serves it.");
	}

	/**
	 * Asks for a required value missing from the options, on the terminal or from answers
	 * piped in, one per line. A blank or invalid answer says why and is asked again, up
	 * to {@value #ATTEMPTS} times; null at the end of the input (then the value is
	 * reported missing).
	 */
	private static String asked(String option, Console console) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String answer = console.ask(option + PROMPT_HINTS.getOrDefault(option, ""));
			if (answer == null) {
				return null;
			}
			String problem = answer.isBlank() ? "a value is required" : refusal(option, answer.strip());
			if (problem == null) {
				return answer;
			}
			if (attempt == ATTEMPTS) {
				throw new UsageException("--" + option + ": " + problem + " (" + ATTEMPTS + " answers refused)");
			}
			console.err().println("  " + problem + "; again:");
		}
		throw new IllegalStateException("unreachable");
	}

	/**
	 * Why an answer cannot be the value of {@code option}, or null; the file is checked
	 * whole before it is written.
	 */
	private static String refusal(String option, String answer) {
		return switch (option) {
			case "finess" -> Finess.isValid(Finess.normalise(answer)) ? null
					: "'" + Printable.of(answer) + "' is not a valid FINESS number (9 characters, Luhn key)";
			case "sector" -> answer.equals("private") || answer.equals("public") ? null
					: "'" + Printable.of(answer) + "' is not a sector: private or public";
			case "ledger-records-bank-payments" -> answer.equals("true") || answer.equals("false") ? null
					: "'" + Printable.of(answer) + "' is not true or false";
			default -> null;
		};
	}

	private static String finess(String raw) {
		String finess = Finess.normalise(raw);
		if (!Finess.isValid(finess)) {
			throw new UsageException("--finess '" + raw + "' is not a valid FINESS number (9 characters, Luhn key)");
		}
		return finess;
	}

	/**
	 * The OpenSSH public keys of the file, each checked the way the SFTP server will read
	 * it.
	 */
	private static List<String> publicKeys(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new UsageException("--sftp " + file + ": no such public key file");
		}
		List<String> keys = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String key = line.strip();
			if (key.isEmpty() || key.startsWith("#")) {
				continue;
			}
			try {
				PublicKeyEntry.parsePublicKeyEntry(key)
					.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
			}
			catch (Exception e) {
				throw new UsageException("--sftp " + file + ": not an OpenSSH public key line ('"
						+ Printable.of(key.length() > 30 ? key.substring(0, 30) + "..." : key)
						+ "'); give the .pub file");
			}
			keys.add(key);
		}
		if (keys.isEmpty()) {
			throw new UsageException("--sftp " + file + " holds no public key");
		}
		return keys;
	}

	/** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
	static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '\\' || c == '"') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\x%02x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
