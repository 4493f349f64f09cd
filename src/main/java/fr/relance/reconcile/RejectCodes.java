package fr.relance.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.support.config.RelanceProperties;
import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * The reject-code table of {@code <jobs>/reject-codes.yml}: for each code as received in
 * a NOEMIE return ({@code 290}/{@code 294}) or a mutuelle statement, whether the part is
 * re-billed to the payer, transferred to the patient or only informative. Read and
 * validated at start-up, so a typo stops the engine before the night. Reconciliation asks
 * {@link #ruleFor(String)}.
 */
@Component
public final class RejectCodes {

	private static final Logger log = LoggerFactory.getLogger(RejectCodes.class);

	private static final Set<String> KEYS = Set.of("version", "default", "codes");

	private static final Set<String> CODE_KEYS = Set.of("code", "rule", "note", "example");

	private final RejectRule defaultRule;

	private final Map<String, RejectCode> byCode;

	@Autowired
	RejectCodes(RelanceProperties properties) {
		this(properties.jobs().resolve("reject-codes.yml"));
	}

	/**
	 * Loads a table; a missing file means every code takes the default rule, re-billing.
	 */
	public RejectCodes(Path file) {
		if (!Files.isRegularFile(file)) {
			log.warn("no reject-code table at {}: every reject code is re-billed to its payer", file);
			this.defaultRule = RejectRule.REBILL;
			this.byCode = Map.of();
			return;
		}
		YamlDocument document = YamlDocument.read(file);
		YamlMap y = document.root();
		y.onlyKeys(KEYS);
		RejectRule rule = rule(y, "default", "rebill");
		Map<String, RejectCode> codes = codes(y);
		document.check();
		this.defaultRule = rule;
		this.byCode = codes;
	}

	/**
	 * The rule for a code as received; the default rule for a code the table does not
	 * list.
	 */
	public RejectRule ruleFor(String code) {
		return find(code).map(RejectCode::rule).orElse(defaultRule);
	}

	/** The table entry of a code, if listed. */
	public Optional<RejectCode> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
	}

	public RejectRule defaultRule() {
		return defaultRule;
	}

	/** Every listed code, in file order. */
	public List<RejectCode> all() {
		return List.copyOf(byCode.values());
	}

	private static Map<String, RejectCode> codes(YamlMap y) {
		Map<String, RejectCode> codes = new LinkedHashMap<>();
		for (YamlMap entry : y.maps("codes")) {
			entry.onlyKeys(CODE_KEYS);
			String code = entry.required("code");
			RejectRule rule = rule(entry, "rule", null);
			if (code != null && codes.putIfAbsent(key(code),
					new RejectCode(code, rule, entry.text("note", ""), entry.flag("example", false))) != null) {
				entry.error("code", "'" + code + "' is listed twice");
			}
		}
		return codes;
	}

	private static RejectRule rule(YamlMap y, String key, String defaultWord) {
		String word = y.text(key, defaultWord);
		if (word == null) {
			y.error(key, "is required (rebill, transfer or info)");
			return null;
		}
		Optional<RejectRule> rule = RejectRule.ofWord(word);
		if (rule.isEmpty()) {
			y.error(key, "must be rebill, transfer or info, got '" + word + "'");
		}
		return rule.orElse(null);
	}

	private static String key(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * One entry of the table.
	 *
	 * @param example true for an illustration shipped with the engine, to be reviewed
	 * before going live
	 */
	public record RejectCode(String code, RejectRule rule, String note, boolean example) {
	}

}
