package machlab.shell;

import static machlab.shell.FakeBundles.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class PlatformReportTest {

    @Test
    void reportsEveryPlatformBundleAndSaysWhatAMissingOneTakesAway() {
        Bundle[] installed = {
            bundle(0, "org.apache.felix.framework", "7.0.5", Bundle.ACTIVE),
            bundle(3, "machlab.api", "0.1.0", Bundle.ACTIVE),
            bundle(4, "machlab.shell", "0.1.0", Bundle.ACTIVE),
            bundle(5, "machlab.vm", "0.1.0", Bundle.RESOLVED),
        };

        PlatformReport report = PlatformReport.of(installed);

        assertThat(report.bundles()).hasSize(PlatformBundle.ALL.size());
        assertThat(report.bundles().get(0)).isEqualTo(
                new BundleStatus("machlab.api", 3, "0.1.0", "ACTIVE", "contracts: KernelState and the SPIs"));
        assertThat(report.bundles()).filteredOn(s -> s.name().equals("machlab.vm")).singleElement()
                .extracting(BundleStatus::state, BundleStatus::note)
                .containsExactly("RESOLVED", "not active: no scenario can boot");
        assertThat(report.bundles()).filteredOn(s -> s.name().equals("machlab.ddb")).singleElement()
                .extracting(BundleStatus::state, BundleStatus::id, BundleStatus::note)
                .containsExactly("MISSING", -1L, "not installed: ddb:parse, ddb:state and lab:ddb are unavailable");
        assertThat(report.activeCount()).isEqualTo(2);
        assertThat(report.render()).contains("2 of 10 platform bundles active")
                .contains("machlab.ddb").doesNotContain("org.apache.felix.framework");
    }

    @Test
    void listsAUsersOwnMachlabBundleAfterThePlatform() {
        PlatformReport report = PlatformReport.of(new Bundle[] {
            bundle(12, "machlab.example.analyzer", "1.0.0", Bundle.ACTIVE),
        });

        BundleStatus last = report.bundles().get(report.bundles().size() - 1);
        assertThat(last.name()).isEqualTo("machlab.example.analyzer");
        assertThat(last.note()).contains("installed by a user");
        assertThat(report.activeCount()).as("a user's bundle is not a platform bundle").isZero();
    }
}
