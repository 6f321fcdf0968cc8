package cn.saihan.trace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import cn.saihan.trace.system.Refusal;

/**
 * The boundaries of the modules and of the feature packages, checked over the whole application as
 * {@code web-ui} assembles it (every module's main classes, no tests). A rule broken here is a
 * boundary crossed: move the code to where the rule puts it, or give the owning package the service
 * or read model the caller needs; do not widen the rule. Each rule says why it holds.
 *
 * <p>A class's module is where it was compiled ({@code traceability-api/target/classes} or its jar),
 * so a rule about modules holds whichever packages a module grows. A page controller that injects a
 * repository (say {@code Lots}) fails {@code pagesUseServicesNotRepositories} and
 * {@code controllersUseOnlyTheirOwnFeaturesRepositories}, naming the field and the constructor.
 */
@AnalyzeClasses(packages = "cn.saihan.trace", importOptions = ArchitectureTests.MainClassesOnly.class)
class ArchitectureTests {

	static final String REGISTRY = "traceability-api";

	static final String LABELS = "label-service";

	static final String JOBS = "batch-jobs";

	static final String PAGES = "web-ui";

	// Modules

	@ArchTest
	static final ArchRule registryDependsOnNoOtherModule = noClasses().that(areIn(REGISTRY))
		.should().dependOnClassesThat(areIn(LABELS, JOBS, PAGES))
		.because("the registry is what every module stands on and is tested alone; "
				+ "labels, jobs and pages plug into it (listeners, AuthorizationRules, ConsumerPages), never the reverse");

	@ArchTest
	static final ArchRule labelsAndJobsKnowOnlyTheRegistry = noClasses().that(areIn(LABELS, JOBS))
		.should(dependOnAnotherModule())
		.because("label-service and batch-jobs are independent of each other and of the pages: "
				+ "each runs and is tested with the registry alone");

	@ArchTest
	static final ArchRule everyClassIsInOneOfTheFourModules = noClasses()
		.that(DescribedPredicate.not(areIn(REGISTRY, LABELS, JOBS, PAGES)))
		.should().resideInAPackage("cn.saihan.trace..")
		.allowEmptyShould(true)
		.because("the module rules read a class's module from where it was compiled; a class of none would escape them");

	@ArchTest
	static final ArchRule eachFeaturePackageLivesInOneModule = classes().should(liveInTheModuleOfTheirFeature())
		.because("a feature package belongs to one module, so that a rule about packages is a rule about modules "
				+ "and no module adds classes to another's feature");

	// Feature packages

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("cn.saihan.trace.(*)..")
		.namingSlices("feature $1")
		.should().beFreeOfCycles()
		.because("a feature can then be understood, tested and changed from the features below it; "
				+ "one that must react to another listens to its announcements (e.g. lot/LotAudit)");

	@ArchTest
	static final ArchRule pagePackagesAreFreeOfCycles = slices().matching("cn.saihan.trace.web.(*)..")
		.namingSlices("pages $1")
		.should().beFreeOfCycles()
		.because("what pages share lives in web.system, which depends on no page package");

	@ArchTest
	static final ArchRule sharedPackagesDependOnNoFeature = noClasses()
		.that().resideInAnyPackage("cn.saihan.trace.system..", "cn.saihan.trace.audit..", "cn.saihan.trace.gs1..")
		.should().dependOnClassesThat(areInAFeatureOtherThan("system", "audit", "gs1"))
		.because("system (problems, security, clock, CSV), audit (the chain) and gs1 (GS1 values) are used by every "
				+ "feature; each feature plugs its own part in (its AuthorizationRules, its *Audit listener)");

	@ArchTest
	static final ArchRule pagesUseServicesNotRepositories = noClasses().that().resideInAPackage("cn.saihan.trace.web..")
		.should().dependOnClassesThat().areAssignableTo(Repository.class)
		.orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
		.orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
		.orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
		.because("a page reads and writes through the owning feature's services and read models, "
				+ "which decide how their data is stored and checked, for the API and the pages alike");

	@ArchTest
	static final ArchRule controllersUseOnlyTheirOwnFeaturesRepositories = classes()
		.that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
		.should(useNoRepositoryOfAnotherFeature())
		.because("another feature's data is that feature's to read and check: ask its service; "
				+ "a controller may use its own feature's repository where a service would only forward");

	// Style that keeps the boundaries visible

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes()
		.that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
		.should().notBePublic()
		.because("nothing calls a controller but the web layer: its package's services are the way in");

	@ArchTest
	static final ArchRule dependenciesAreInjectedThroughConstructors = noFields()
		.should().beAnnotatedWith(Autowired.class)
		.orShould().beAnnotatedWith(Value.class)
		.because("a class's constructor then names everything it depends on, and tests build it with new");

	@ArchTest
	static final ArchRule refusalsAreEnumsOfTheirFeature = classes().that().implement(Refusal.class)
		.should().beEnums().andShould().haveSimpleNameEndingWith("Refusal")
		.because("every refusal is a constant of its feature's *Refusal enum, whose code the pages translate "
				+ "(refusals_zh_CN.properties, RefusalMessagesTests)");

	/** Whether a class was compiled in one of these modules. */
	static DescribedPredicate<JavaClass> areIn(String... modules) {
		Set<String> names = Set.of(modules);
		return DescribedPredicate.describe("are in " + String.join(" or ", modules),
				type -> moduleOf(type).filter(names::contains).isPresent());
	}

	static DescribedPredicate<JavaClass> areInAFeatureOtherThan(String... features) {
		Set<String> allowed = Set.of(features);
		return DescribedPredicate.describe("are in a feature other than " + String.join(", ", features),
				type -> featureOf(type).filter(feature -> !allowed.contains(feature)).isPresent());
	}

	static ArchCondition<JavaClass> dependOnAnotherModule() {
		return new ArchCondition<>("depend on a module other than " + REGISTRY + " and their own") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Optional<String> own = moduleOf(type);
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					Optional<String> target = moduleOf(dependency.getTargetClass());
					if (target.isPresent() && !target.equals(own) && !target.get().equals(REGISTRY)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	static ArchCondition<JavaClass> liveInTheModuleOfTheirFeature() {
		return new ArchCondition<>("live in the one module of their feature package") {

			private final Map<String, Set<String>> modulesByFeature = new TreeMap<>();

			@Override
			public void init(Collection<JavaClass> all) {
				for (JavaClass type : all) {
					featureOf(type).ifPresent(feature -> moduleOf(type).ifPresent(module -> modulesByFeature
						.computeIfAbsent(feature, key -> new TreeSet<>()).add(module)));
				}
			}

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Optional<String> feature = featureOf(type);
				if (feature.isPresent() && modulesByFeature.get(feature.get()).size() > 1) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " in " + moduleOf(type).orElse("?")
							+ ": feature " + feature.get() + " is split over " + modulesByFeature.get(feature.get())));
				}
			}
		};
	}

	static ArchCondition<JavaClass> useNoRepositoryOfAnotherFeature() {
		return new ArchCondition<>("use no repository of another feature package") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (target.isAssignableTo(Repository.class) && !featureOf(target).equals(featureOf(controller))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static final Pattern MODULE = Pattern
		.compile("/(" + REGISTRY + "|" + LABELS + "|" + JOBS + "|" + PAGES + ")(?:/target/classes/|-[^/]*\\.jar!/)");

	/**
	 * The modules' main classes: their tests are no part of the architecture, also where they come packed
	 * in a module's test jar (as in a full {@code mvn verify}, where traceability-api's test jar is built).
	 */
	static final class MainClassesOnly implements ImportOption {

		private final ImportOption notInTestFolders = new ImportOption.DoNotIncludeTests();

		@Override
		public boolean includes(Location location) {
			return notInTestFolders.includes(location) && !location.contains("-tests.jar");
		}
	}

	/** The module a class was compiled in, from where it was loaded; empty for a library's class. */
	static Optional<String> moduleOf(JavaClass type) {
		if (!type.getPackageName().startsWith("cn.saihan.trace")) {
			return Optional.empty();
		}
		return type.getSource().map(source -> MODULE.matcher(source.getUri().toString()))
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1));
	}

	/** {@code lot} for {@code cn.saihan.trace.lot.Lot}, {@code web} for every page package. */
	static Optional<String> featureOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith("cn.saihan.trace.")) {
			return Optional.empty();
		}
		String feature = name.substring("cn.saihan.trace.".length());
		int dot = feature.indexOf('.');
		return Optional.of(dot < 0 ? feature : feature.substring(0, dot));
	}
}
