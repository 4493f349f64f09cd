package fr.relance.support.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The PostgreSQL binaries of the Maven artifact, unpacked into a private folder of the
 * engine (not the shared, world-writable temporary folder the library would use, where
 * another user could replace them). The library caches the unpacked folder per resolver:
 * equal by folder, one resolver per folder keeps each home's own binaries.
 */
record HomeBinaries(Path folder) implements PgBinaryResolver {

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
	}

}
