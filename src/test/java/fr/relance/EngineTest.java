package fr.relance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real engine: Spring context, embedded PostgreSQL (fast mode) in a
 * fresh {@code target/test-homes/<uuid>}, all migrations applied. Classes with the same
 * annotation share one context and one database, so each test cleans what it relies on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RelanceApplication.class,
		properties = { "relance.home=target/test-homes/${random.uuid}", "relance.embedded-db.fast=true",
				// one private folder of binaries for all test homes: unpacking them costs
				// seconds per home
				"relance.embedded-db.binaries=target/test-homes/postgres", "relance.jobs=jobs",
				"relance.establishments=samples/establishments", "relance.intake.settle-delay=0s" })
public @interface EngineTest {

}
