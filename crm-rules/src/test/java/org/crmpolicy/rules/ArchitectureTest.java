package org.crmpolicy.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of crm-rules, checked on its compiled classes: no cycle between its packages (and no package
 * importing the façade root {@code org.crmpolicy.rules}); Drools/KIE imported only by {@code rules.engine}; public
 * types only in the API packages declared below (an internal package exposes only its declared entry points); no
 * KIE type in any public signature. Each rule is also evaluated against the deliberately bad classes in
 * {@code org.crmpolicy.archfixture} (test sources), which it must refuse.
 */
class ArchitectureTest {

    private static final String TOP = "org.crmpolicy";
    private static final String ROOT = "org.crmpolicy.rules";

    /** The packages a host (or a host's DRL) may use: every public type in them is API. */
    static final Set<String> API_PACKAGES = Set.of(
            ROOT,                       // CrmPolicy, the façade
            ROOT + ".tiers",
            ROOT + ".obligations",
            ROOT + ".deadlines",
            ROOT + ".complaints",
            ROOT + ".approvals",
            ROOT + ".information",
            ROOT + ".metrics",          // Metrics, CrmPolicy.metrics()
            ROOT + ".batch",
            ROOT + ".evaluation",       // PolicyParameters, InvalidFactException, EvaluationContext (a DRL fact)
            ROOT + ".authoring",        // RuleProblem, RuleSetRejectedException, RuleDirectoryWatch
            ROOT + ".catalogue",
            ROOT + ".lint",             // RuleLint, CatalogueTable: command-line mains
            TOP + ".testkit");

    /** Packages that are not API: only their listed entry points may be public. */
    static final Set<String> INTERNAL_PACKAGES = Set.of(ROOT + ".engine");

    /** The public types of the internal packages, used by the rest of crm-rules (the class path cannot hide them). */
    static final Set<String> INTERNAL_ENTRY_POINTS = Set.of(
            ROOT + ".engine.RuleBase",
            ROOT + ".engine.Facts",
            ROOT + ".engine.RuleSetHolder",
            ROOT + ".engine.RuleSources");

    private static final Layout CRM_RULES = new Layout(TOP, ROOT, ROOT + ".engine", API_PACKAGES, INTERNAL_PACKAGES,
            INTERNAL_ENTRY_POINTS);

    private static final String FIXTURE_TOP = "org.crmpolicy.archfixture";
    private static final String FIXTURE_ROOT = FIXTURE_TOP + ".rules";
    private static final Layout FIXTURE = new Layout(FIXTURE_TOP, FIXTURE_ROOT, FIXTURE_ROOT + ".engine",
            Set.of(FIXTURE_ROOT, FIXTURE_ROOT + ".area", FIXTURE_ROOT + ".other"),
            Set.of(FIXTURE_ROOT + ".engine", FIXTURE_ROOT + ".hidden"),
            Set.of(FIXTURE_ROOT + ".engine.EntryPoint", FIXTURE_ROOT + ".engine.Adapter"));

    /** crm-rules' own classes: those compiled from src/main/java (not the executable model Drools generates). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ArchitectureTest::compiledFromMainSources)
            .importPackages(ROOT, TOP + ".testkit");

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages(FIXTURE_TOP);

    @Test
    void noCycleBetweenPackages() {
        CRM_RULES.noCycles().check(MAIN);
        assertThat(violations(FIXTURE.noCycles())).anyMatch(v -> v.contains("rules.area") && v.contains("rules.other"))
                .anyMatch(v -> v.contains("Area") && v.contains("Facade"));
    }

    @Test
    void noPackageImportsTheFacadeRoot() {
        CRM_RULES.noPackageImportsTheRoot().check(MAIN);
        assertThat(violations(FIXTURE.noPackageImportsTheRoot())).anyMatch(v -> v.contains("Area") && v.contains("Facade"))
                .noneMatch(v -> v.contains("Other"));
    }

    @Test
    void onlyTheEngineImportsDrools() {
        CRM_RULES.droolsOnlyInTheEngine().check(MAIN);
        assertThat(violations(FIXTURE.droolsOnlyInTheEngine())).anyMatch(v -> v.contains("LeaksKie"))
                .noneMatch(v -> v.contains("EntryPoint") || v.contains("Adapter"));
    }

    @Test
    void everyPackageIsDeclaredApiOrInternal() {
        CRM_RULES.everyPackageDeclared().check(MAIN);
        Layout undeclared = new Layout(FIXTURE_TOP, FIXTURE_ROOT, FIXTURE.engine(), Set.of(FIXTURE_ROOT),
                FIXTURE.internal(), FIXTURE.entryPoints());
        assertThat(violations(undeclared.everyPackageDeclared())).anyMatch(v -> v.contains("Area"))
                .noneMatch(v -> v.contains("Facade"));
    }

    @Test
    void publicTypesLiveOnlyInApiPackagesOrAreDeclaredEntryPoints() {
        CRM_RULES.publicOnlyInApi().check(MAIN);
        assertThat(violations(FIXTURE.publicOnlyInApi())).anyMatch(v -> v.contains("Exposed"))
                .noneMatch(v -> v.contains("EntryPoint") || v.contains("Area"));
    }

    @Test
    void noKieTypeInAnyPublicSignature() {
        CRM_RULES.noKieTypeInPublicSignatures().check(MAIN);
        assertThat(violations(FIXTURE.noKieTypeInPublicSignatures()))
                .anyMatch(v -> v.contains("LeaksKie.kieBase()"))
                .anyMatch(v -> v.contains("Adapter.use("))
                .noneMatch(v -> v.contains("EntryPoint"));
    }

    @Test
    void theRulesSeeCrmRulesClassesButNotTheGeneratedRuleModel() {
        assertThat(MAIN.contain(CrmPolicy.class)).isTrue();
        assertThat(MAIN.contain(org.crmpolicy.rules.engine.RuleBase.class)).isTrue();
        assertThat(MAIN.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.matches(".*\\.P[0-9A-F]{2}"));
        assertThat(FIXTURES.stream().map(JavaClass::getSimpleName)).contains("Exposed", "LeaksKie", "Adapter");
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }

    private static boolean compiledFromMainSources(com.tngtech.archunit.core.importer.Location location) {
        String uri = location.asURI().toString();
        int at = uri.indexOf("/target/classes/");
        if (at < 0 || !uri.endsWith(".class")) {
            return false;
        }
        String className = uri.substring(at + "/target/classes/".length(), uri.length() - ".class".length());
        int nested = className.indexOf('$');
        String topLevel = nested < 0 ? className : className.substring(0, nested);
        return Files.exists(Path.of("src/main/java", topLevel + ".java"));
    }

    /** A package layout and the rules it must keep. */
    record Layout(String top, String root, String engine, Set<String> api, Set<String> internal, Set<String> entryPoints) {

        ArchRule noCycles() {
            return slices().matching(top + ".(**)").should().beFreeOfCycles()
                    .because("packages of crm-rules depend on each other in one direction only");
        }

        ArchRule noPackageImportsTheRoot() {
            return noClasses().that().resideInAPackage(root + ".*..").should().dependOnClassesThat().resideInAPackage(root)
                    .because("the façade root uses its areas, never the other way round");
        }

        ArchRule droolsOnlyInTheEngine() {
            return noClasses().that().resideOutsideOfPackage(engine + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                    .because("rules.engine is the only adapter to Drools");
        }

        ArchRule everyPackageDeclared() {
            List<String> declared = new ArrayList<>(api);
            declared.addAll(internal);
            return classes().should().resideInAnyPackage(declared.toArray(String[]::new))
                    .because("every package is declared API or internal in ArchitectureTest");
        }

        ArchRule publicOnlyInApi() {
            DescribedPredicate<JavaClass> outsideApi = DescribedPredicate.describe(
                    "are top-level types outside the API packages and not a declared entry point",
                    c -> c.isTopLevelClass() && !api.contains(c.getPackageName()) && !entryPoints.contains(c.getName()));
            return classes().that(outsideApi).should().notBePublic()
                    .because("what is not API stays package-private (STYLE.md practice 1)");
        }

        ArchRule noKieTypeInPublicSignatures() {
            return classes().should(exposeNoKieType()).because("no KIE type crosses into the host's code (STYLE.md 9)");
        }
    }

    private static ArchCondition<JavaClass> exposeNoKieType() {
        return new ArchCondition<>("expose no Drools/KIE type in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!isEffectivelyPublic(c)) {
                    return;
                }
                Stream.concat(c.getSuperclass().stream(), c.getInterfaces().stream())
                        .forEach(t -> report(c, c.getName() + " extends/implements " + t.getName(), t, events));
                for (JavaMember m : c.getMembers()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (m instanceof JavaField f) {
                        report(c, f.getFullName(), f.getType(), events);
                    } else if (m instanceof JavaCodeUnit u) {
                        report(c, u.getFullName(), u.getReturnType(), events);
                        u.getParameterTypes().forEach(t -> report(c, u.getFullName(), t, events));
                        u.getThrowsClause().getTypes().forEach(t -> report(c, u.getFullName(), t, events));
                    }
                }
            }
        };
    }

    private static void report(JavaClass owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (raw.getName().startsWith("org.kie.") || raw.getName().startsWith("org.drools.")) {
                events.add(SimpleConditionEvent.violated(owner, where + " exposes " + raw.getName()));
            }
        }
    }

    private static boolean isEffectivelyPublic(JavaClass c) {
        Optional<JavaClass> enclosing = c.getEnclosingClass();
        return c.getModifiers().contains(JavaModifier.PUBLIC) && enclosing.map(ArchitectureTest::isEffectivelyPublic).orElse(true);
    }
}
