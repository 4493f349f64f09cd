package fr.relance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The boundaries of the code, checked on the compiled main classes: the stages of the
 * night depend only on earlier stages and on the shared packages ({@code support},
 * {@code establishment}, {@code formats}), nobody reaches into another package's
 * {@code internal}, the shared packages depend on no stage, and packages form no cycle.
 * {@code docs/architecture.md} describes the same rules.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.relance");

	/** The night's order: a stage may use the ones before it, never one after. */
	@Test
	void stagesDependOnlyOnEarlierStagesAndSharedPackages() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("cli")
			.definedBy("fr.relance", "fr.relance.cli..")
			.layer("samples")
			.definedBy("fr.relance.samples..")
			.layer("operations")
			.definedBy("fr.relance.operations..")
			.layer("scheduling")
			.definedBy("fr.relance.scheduling..")
			.layer("retention")
			.definedBy("fr.relance.retention..")
			.layer("reporting")
			.definedBy("fr.relance.reporting..")
			.layer("output")
			.definedBy("fr.relance.output..")
			.layer("dunning")
			.definedBy("fr.relance.dunning..")
			.layer("reconcile")
			.definedBy("fr.relance.reconcile..")
			.layer("ingest")
			.definedBy("fr.relance.ingest..")
			.layer("intake")
			.definedBy("fr.relance.intake..")
			.layer("establishment")
			.definedBy("fr.relance.establishment..")
			.layer("support")
			.definedBy("fr.relance.support..")
			.layer("formats")
			.definedBy("fr.relance.formats..")
			.whereLayer("cli")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("samples")
			.mayOnlyBeAccessedByLayers("cli")
			.whereLayer("operations")
			.mayOnlyBeAccessedByLayers("cli", "scheduling", "retention")
			.whereLayer("scheduling")
			.mayOnlyBeAccessedByLayers("cli")
			.whereLayer("retention")
			.mayOnlyBeAccessedByLayers("scheduling", "cli", "operations")
			.whereLayer("reporting")
			.mayOnlyBeAccessedByLayers("retention", "scheduling", "cli", "operations")
			.whereLayer("output")
			.mayOnlyBeAccessedByLayers("reporting", "retention", "scheduling", "cli", "operations")
			.whereLayer("dunning")
			.mayOnlyBeAccessedByLayers("output", "reporting", "retention", "scheduling", "cli", "operations")
			.whereLayer("reconcile")
			.mayOnlyBeAccessedByLayers("dunning", "output", "reporting", "retention", "scheduling", "cli", "operations")
			.whereLayer("ingest")
			.mayOnlyBeAccessedByLayers("reconcile", "dunning", "output", "reporting", "retention", "scheduling", "cli",
					"operations")
			.whereLayer("intake")
			.mayOnlyBeAccessedByLayers("ingest", "reconcile", "dunning", "output", "reporting", "retention",
					"scheduling", "cli", "operations")
			.check(MAIN);
	}

	@Test
	void sharedPackagesDependOnNoStage() {
		noClasses().that()
			.resideInAnyPackage("fr.relance.support..", "fr.relance.establishment..", "fr.relance.formats..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("fr.relance.intake..", "fr.relance.ingest..", "fr.relance.reconcile..",
					"fr.relance.dunning..", "fr.relance.output..", "fr.relance.reporting..", "fr.relance.retention..",
					"fr.relance.scheduling..", "fr.relance.cli..", "fr.relance.samples..", "fr.relance.operations..")
			.check(MAIN);
		noClasses().that()
			.resideInAnyPackage("fr.relance.support..", "fr.relance.formats..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("fr.relance.establishment..")
			.check(MAIN);
	}

	/**
	 * {@code a.b.internal} belongs to {@code a.b}: only {@code a.b} and its sub-packages
	 * use it.
	 */
	@Test
	void nobodyUsesAnotherPackagesInternals() {
		ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use no other package's internal classes") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					int internal = target.indexOf(".internal");
					if (!target.startsWith("fr.relance.") || internal < 0) {
						continue;
					}
					String owner = target.substring(0, internal);
					String from = origin.getPackageName();
					if (!from.equals(owner) && !from.startsWith(owner + ".")) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		}).check(MAIN);
	}

	@Test
	void stagesFormNoCycle() {
		slices().matching("fr.relance.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	/** A class name says one thing: no two main classes share a simple name. */
	@Test
	void noTwoClassesShareASimpleName() {
		java.util.Map<String, List<String>> byName = MAIN.stream()
			.filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
			.filter(c -> !c.getSimpleName().equals("package-info"))
			.collect(java.util.stream.Collectors.groupingBy(JavaClass::getSimpleName,
					java.util.stream.Collectors.mapping(JavaClass::getName, java.util.stream.Collectors.toList())));
		assertThat(byName.values().stream().filter(names -> names.size() > 1).toList()).isEmpty();
	}

	/**
	 * Every package says in a {@code package-info.java} what lives there and what it may
	 * use.
	 */
	@Test
	void everyPackageIsDescribed() throws IOException {
		Path root = Path.of("src/main/java");
		try (Stream<Path> folders = Files.walk(root)) {
			List<String> undescribed = folders.filter(Files::isDirectory)
				.filter(ArchitectureTests::holdsClasses)
				.filter(folder -> !Files.exists(folder.resolve("package-info.java")))
				.map(folder -> root.relativize(folder).toString().replace('/', '.'))
				.toList();
			assertThat(undescribed).as("packages without a package-info.java").isEmpty();
		}
	}

	private static boolean holdsClasses(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(file -> file.toString().endsWith(".java"));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
