package org.nlmg.edition;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rule: the model depends on nothing of ours, the pipeline only on the
 * model, the features on both and never the reverse, and no two packages depend on each
 * other.
 */
class ArchitectureTests {

	private static final JavaClasses EDITION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// Spring's ahead-of-time step writes accessor classes into the model's package;
		// they are generated, not ours.
		.withImportOption((location) -> !location.contains("__"))
		.importPackages("org.nlmg.edition");

	@Test
	void noPackagesDependOnEachOther() {
		slices().matching("org.nlmg.edition.(*)..").should().beFreeOfCycles().check(EDITION);
	}

	@Test
	void theModelDependsOnNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("..edition.model..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("..edition.model..", "java..", "jakarta.persistence..")
			.check(EDITION);
	}

	@Test
	void thePipelineDependsOnlyOnTheModel() {
		noClasses().that()
			.resideInAPackage("..edition.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..edition.chapter..", "..edition.character..", "..edition.entry..",
					"..edition.glossary..", "..edition.home..", "..edition.page..", "..edition.quiz..",
					"..edition.reading..", "..edition.revision..", "..edition.search..", "..edition.source..",
					"..edition.subject..", "..edition.system..")
			.check(EDITION);
	}

	@Test
	void theSpoilerRuleIsAppliedOnlyThroughThePolicy() {
		noClasses().that()
			.resideOutsideOfPackage("..edition.reading..")
			.should()
			.callMethod(org.nlmg.edition.content.CrossLinks.class, "forReader", String.class,
					java.util.function.IntPredicate.class, java.util.function.UnaryOperator.class)
			.check(EDITION);
	}

}
