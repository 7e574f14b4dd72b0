package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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

    /**
     * The Documenter empties its folder first, so what is found afterwards was written by this run: the overview naming
     * every top-level module, and for every module (nested ones too) its diagram and its canvas.
     */
    @Test
    void writesADiagramOfAllModulesAndADiagramAndCanvasOfEach() throws IOException {
        Path output = Path.of(System.getProperty("chuyi.modules.output", "target/modules"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        String overview = written(output.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            String identifier = module.getIdentifier().toString();
            if (!identifier.contains(".")) {
                assertThat(overview)
                        .as("the overview names " + identifier)
                        .contains("\"" + module.getDisplayName() + "\"");
            }
            assertThat(written(output.resolve("module-" + identifier + ".puml")))
                    .as("the diagram of " + identifier)
                    .contains(module.getDisplayName());
            assertThat(written(output.resolve("module-" + identifier + ".adoc")))
                    .as("the canvas of " + identifier)
                    .contains(module.getBasePackage().getName());
        }
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .as("the modules of docs/architecture.md are found")
                .contains("account", "selection", "supervision", "project", "shared", "web");
    }

    private static String written(Path file) throws IOException {
        assertThat(file).as(file + " is written").isRegularFile();
        String text = Files.readString(file);
        assertThat(text).as(file + " is not empty").isNotBlank();
        return text;
    }
}
