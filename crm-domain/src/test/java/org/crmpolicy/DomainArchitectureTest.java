package org.crmpolicy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.crmpolicy.customer.Customer;
import org.junit.jupiter.api.Test;

/**
 * crm-domain depends on nothing but the JDK and jakarta.validation (STYLE.md practice 2): no Drools, no logging, no
 * Hibernate Validator, nothing of crm-rules. Also evaluated against {@code org.crmpolicy.archfixture.domain} (test
 * sources), which it must refuse.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.crmpolicy");

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages("org.crmpolicy.archfixture.domain");

    static ArchRule onlyTheJdkAndJakartaValidation(String domainPackage) {
        return classes().that().resideInAPackage(domainPackage + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", domainPackage + "..")
                .because("the host pays for every transitive jar of the domain");
    }

    @Test
    void theDomainDependsOnlyOnTheJdkAndJakartaValidation() {
        assertThat(DOMAIN.contain(Customer.class)).isTrue();
        assertThat(DOMAIN.stream()).noneMatch(c -> c.getPackageName().startsWith("org.crmpolicy.archfixture"));
        onlyTheJdkAndJakartaValidation("org.crmpolicy").check(DOMAIN);
    }

    @Test
    void theRuleRefusesADomainTypeThatUsesAFramework() {
        assertThat(onlyTheJdkAndJakartaValidation("org.crmpolicy.archfixture.domain").evaluate(FIXTURES)
                .getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(v -> v.contains("LeaksAFramework") && v.contains("org.hibernate.validator"));
    }
}
