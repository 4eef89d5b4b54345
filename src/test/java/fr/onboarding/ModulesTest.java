package fr.onboarding;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules: each one reaches another only through its public package
 * (services, records, events), never its {@code internal} one, and no two depend on each other.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(OnboardingApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    /** The module documentation of docs/modules (C4 and UML component diagrams, one canvas per module). */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
