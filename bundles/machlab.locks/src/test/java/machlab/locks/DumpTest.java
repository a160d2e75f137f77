package machlab.locks;

import machlab.locks.command.LocksCommands;
import machlab.locks.fixtures.Registries;
import machlab.locks.fixtures.States;
import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() throws Exception {
        LocksCommands c = new LocksCommands(Registries.withBundleAnalyzers(5000));
        System.out.println(c.analyzeState(States.seedMail()));
        System.out.println("=====");
        System.out.println(c.analyzeState(States.emulatedHang()));
        System.out.println("=====");
        System.out.println(c.analyzeState(States.transcript(States.SAMPLES.resolve("007-gnumach-smp-show-all-slocks-smp1.txt"))));
        System.out.println(c.analyzers());
    }
}
