package fr.relance.ingest.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.ingest.ledger.internal.ProfileReader;
import fr.relance.support.config.ConfigException;
import fr.relance.support.config.RelanceProperties;

/**
 * The mapping profiles of {@code <jobs>/profiles}, read and validated at start-up,
 * together with the check that every establishment names a profile that exists: a typo
 * stops the engine before the night, not during it.
 */
@Component
public class LedgerProfiles {

	private final Map<String, LedgerProfile> byName;

	@Autowired
	LedgerProfiles(RelanceProperties properties, EstablishmentDirectory establishments) {
		this(properties.jobs().resolve("profiles"));
		for (Establishment e : establishments.all()) {
			if (!byName.containsKey(e.ledgerProfile())) {
				throw new ConfigException(e.finess() + ".yml: ledgerProfile: no profile '" + e.ledgerProfile() + "' in "
						+ properties.jobs().resolve("profiles") + " (known: " + byName.keySet() + ")");
			}
		}
	}

	public LedgerProfiles(Path directory) {
		Map<String, LedgerProfile> loaded = new TreeMap<>();
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().forEach(f -> {
					LedgerProfile profile = ProfileReader.read(f);
					loaded.put(profile.name(), profile);
				});
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot list the profiles in " + directory, e);
			}
		}
		this.byName = loaded;
	}

	public LedgerProfile of(Establishment establishment) {
		return byName.get(establishment.ledgerProfile());
	}

	/**
	 * The profile of the legal FEC export, which any establishment may drop whatever its
	 * usual profile.
	 */
	public LedgerProfile fec() {
		LedgerProfile fec = byName.get("fec");
		if (fec == null) {
			throw new ConfigException("profiles: no 'fec' profile, needed to read FEC files");
		}
		return fec;
	}

}
