package cn.gov.hunan.chuyi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph of docs/architecture.md holds: no cycle, no reach into another module's internals,
 * only the declared dependencies. Also writes the module diagrams into docs/modules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChuyiApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
