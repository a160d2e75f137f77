package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import machlab.shelltest.LabProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab as a user meets it: the built jar, driven through Gogo from outside. */
class ShellTest {

    @TempDir
    static Path dir;

    static Path home;

    @BeforeAll
    static void warmUp() throws Exception {
        home = dir.resolve("home");
        // the first run fills the bundle cache; every later one starts warm from it
        assertThat(LabProcess.run(home, "", "-c", "lab:version").exitCode()).isZero();
        assertThat(home.resolve("cache")).isDirectory();
    }

    @Test
    void dashCRunsOneCommandAndPrintsItsResult() throws Exception {
        Result r = LabProcess.run(home, "", "-c", "lab:version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Machlab   0.1.0").contains("framework org.apache.felix.framework 7.0.5");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void labBundlesSaysWhichPartsAreThereAndWhatIsMissing() throws Exception {
        Result r = LabProcess.run(home, "", "-c", "lab:bundles");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("machlab\\.api +\\d+ +0\\.1\\.0\\S* +ACTIVE")
                .containsPattern("machlab\\.shell +\\d+ +0\\.1\\.0\\S* +ACTIVE")
                .containsPattern("machlab\\.locks +\\d+ +0\\.1\\.0\\S* +ACTIVE +lock analyzers")
                .containsPattern("machlab\\.explore +\\d+ +0\\.1\\.0\\S* +ACTIVE")
                .containsPattern("machlab\\.session +\\d+ +0\\.1\\.0\\S* +ACTIVE +long-running lab sessions")
                .containsPattern("machlab\\.report +\\d+ +0\\.1\\.0\\S* +ACTIVE +HTML reports")
                .contains("10 of 10 platform bundles active");
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrAndExitStatusOne() throws Exception {
        Result r = LabProcess.run(home, "", "-c", "lab:nosuch");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: Command not found: lab:nosuch");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aScriptRunsUntilItsFirstFailureAndNamesTheLine() throws Exception {
        Path script = Files.writeString(dir.resolve("demo.gosh"), """
                # a comment, then a command spread over lines
                v = {
                  lab:version
                }
                v
                lab:nosuch
                echo never reached
                """);

        Result r = LabProcess.run(home, "", script.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).as("what ran before the failure is kept").contains("Machlab   0.1.0")
                .doesNotContain("never reached");
        assertThat(r.err().strip()).isEqualTo(script + ":6: error: Command not found: lab:nosuch");
    }

    @Test
    void aScriptThatSucceedsExitsZero() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.gosh"), "lab:version\necho done\n");

        Result r = LabProcess.run(home, "", script.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Machlab   0.1.0").contains("done");
    }

    @Test
    void theInteractiveShellGreetsHelpsAndLeavesOnEndOfInput() throws Exception {
        Result r = LabProcess.run(home, "help\nlab:bundles\nlab:nosuch\nlab:version\n");

        assertThat(r.exitCode()).as("interactive use goes on after a failure; the last command succeeded")
                .isZero();
        assertThat(r.out()).startsWith("Machlab 0.1.0").contains("'help lab:run' explains one").contains("The seed case is booted")
                .contains("lab:bundles").contains("lab:version")
                .contains("10 of 10 platform bundles active").contains("model     GNU Mach master 40166870");
        assertThat(r.err().strip()).isEqualTo("error: Command not found: lab:nosuch");
    }

    @Test
    void helpExplainsACommand() throws Exception {
        Result r = LabProcess.run(home, "", "-c", "help lab:bundles");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("which Machlab bundles are installed and active");
    }

    @Test
    void aThirdPartyBundleCanBeInstalledStartedStoppedAndUninstalled() throws Exception {
        Path tiny = bundle("machlab.example.tiny", null);
        Result r = LabProcess.run(dir.resolve("own-home"), """
                start file:%s
                lab:bundles
                stop machlab.example.tiny
                lab:bundles
                uninstall machlab.example.tiny
                lab:bundles
                """.formatted(tiny));

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        String[] reports = r.out().split("platform bundles active");
        assertThat(reports).hasSize(4);
        assertThat(reports[0]).containsPattern("machlab\\.example\\.tiny +\\d+ +1\\.0\\.0 +ACTIVE");
        assertThat(reports[1]).containsPattern("machlab\\.example\\.tiny +\\d+ +1\\.0\\.0 +RESOLVED");
        assertThat(reports[2]).doesNotContain("machlab.example.tiny");
    }

    @Test
    void aBundleThatCannotResolveGivesOneLineAndTheLabGoesOn() throws Exception {
        Path broken = bundle("machlab.example.broken", "no.such.pkg");
        Result r = LabProcess.run(dir.resolve("broken-home"), """
                start file:%s
                lab:version
                """.formatted(broken));

        assertThat(r.exitCode()).isZero();
        assertThat(r.out() + r.err()).contains("missing requirement").contains("no.such.pkg");
        assertThat(r.out()).as("the lab is still running after the failed start").contains("Machlab   0.1.0");
    }

    @Test
    void badCommandLinesExitTwoWithUsage() throws Exception {
        Result r = LabProcess.run(home, "", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("machlab: unknown option --bogus").contains("usage: java -jar machlab.jar");

        Result missing = LabProcess.run(home, "", dir.resolve("nosuch.gosh").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such script file").contains("nosuch.gosh");

        Result help = LabProcess.run(home, "", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("-c COMMAND");
    }

    private static Path bundle(String name, String importPackage) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        if (importPackage != null) {
            a.putValue("Import-Package", importPackage);
        }
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        return jar;
    }
}
