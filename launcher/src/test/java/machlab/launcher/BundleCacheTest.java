package machlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCacheTest {

    @TempDir
    Path home;

    @Test
    void aCacheIsWarmOnlyAfterItWasCompletedForTheSameImage() throws Exception {
        try (BundleCache first = BundleCache.claim(home, "aaaa", false)) {
            assertThat(first.warm()).isFalse();
            first.markComplete();
        }
        try (BundleCache again = BundleCache.claim(home, "aaaa", false)) {
            assertThat(again.warm()).isTrue();
        }
        try (BundleCache rebuilt = BundleCache.claim(home, "bbbb", false)) {
            assertThat(rebuilt.warm()).isFalse();
            assertThat(home.resolve("cache/aaaa")).doesNotExist();
        }
    }

    @Test
    void freshDiscardsAWarmCache() throws Exception {
        try (BundleCache first = BundleCache.claim(home, "aaaa", false)) {
            first.markComplete();
            Files.writeString(first.dir().resolve("user-installed"), "x");
        }
        try (BundleCache fresh = BundleCache.claim(home, "aaaa", true)) {
            assertThat(fresh.warm()).isFalse();
            assertThat(fresh.dir().resolve("user-installed")).doesNotExist();
        }
    }

    @Test
    void aSecondLabGetsAPrivateCacheThatIsRemovedAfterwards() throws Exception {
        try (BundleCache held = BundleCache.claim(home, "aaaa", false)) {
            Path tmp;
            try (BundleCache second = BundleCache.claim(home, "aaaa", false)) {
                assertThat(second.temporary()).isTrue();
                assertThat(second.dir()).isNotEqualTo(held.dir());
                tmp = second.dir();
            }
            assertThat(tmp).doesNotExist();
        }
    }
}
