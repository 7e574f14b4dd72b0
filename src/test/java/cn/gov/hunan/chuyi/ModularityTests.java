package cn.gov.hunan.chuyi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph of docs/architecture.md holds: no cycle, no reach into another module's internals,
 * only the declared dependencies. Also writes the module diagrams: into target/modules on every run (the
 * Documenter's line order varies between runs, so writing into the tree would churn it), and into
 * docs/modules when asked with {@code -Dchuyi.modules.output=docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChuyiApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        String output = System.getProperty("chuyi.modules.output", "target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
