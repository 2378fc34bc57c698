package com.respondo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * Each top-level package of {@code com.respondo} is a module whose API is its root package: a type of a module's
 * sub-package used from another module, or a cycle between modules, fails {@link #modulesKeepTheirBoundaries()}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RespondoApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /**
     * The module diagrams (PlantUML component diagrams) under {@code target/spring-modulith-docs}; a copy of the
     * overall one is {@code src/site/markdown/modules.puml}, which the README links.
     */
    @Test
    void writesTheModuleDiagrams() {
        DiagramOptions options = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        new Documenter(modules)
                .writeModulesAsPlantUml(options)
                .writeIndividualModulesAsPlantUml(options);
    }
}
