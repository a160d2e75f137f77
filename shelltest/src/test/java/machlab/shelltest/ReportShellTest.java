package machlab.shelltest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import machlab.shelltest.LabProcess.Result;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report:html through the built jar: on the seed mail, on the emulated hang, and on bad input. */
class ReportShellTest {

    @TempDir
    Path dir;

    @Test
    void aReportOnTheSeedMail() throws Exception {
        Path seed = TranscriptShellTest.seed().toAbsolutePath();
        Path out = dir.resolve("seed.html");

        Result r = LabProcess.run(dir.resolve("h"), "", "-c", "report:html '" + out + "' '" + seed + "'");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out).contains("Lock report: bug-hurd-2026-03-18-defpager-deadlock.txt");
        Document d = Jsoup.parse(out.toFile());
        selfContained(d);
        assertThat(d.select("#transcript .line")).hasSize(Files.readAllLines(seed).size());
        assertThat(d.select("article.finding h3").eachText())
                .anyMatch(t -> t.contains("$task21.4 sleeps holding $map21 for read"))
                .anyMatch(t -> t.contains("queued"));
        assertThat(d.select("article.finding .facts a").eachAttr("href")).allMatch(h -> h.startsWith("#L"));
        assertThat(d.select("svg.graph g.node.thread").eachText()).anyMatch(t -> t.contains("$task21.4"));
        assertThat(d.select("#timeline p").first().text()).contains("one instant");
    }

    @Test
    void aReportOnTheEmulatedHangAfterLabRun() throws Exception {
        Path out = dir.resolve("hang.html");

        Result r = LabProcess.run(dir.resolve("h"), """
                lab:boot defpager-wire-deadlock
                lab:run --seed 6
                report:html --lab '%s'
                """.formatted(out));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("seed 6: DEADLOCK after 19 steps").contains("1 cycle");
        Document d = Jsoup.parse(out.toFile());
        selfContained(d);
        assertThat(d.select("svg.graph g.node.thread.cycle text.label").eachText())
                .containsExactlyInAnyOrder("$task21.4", "$task21.5");
        assertThat(d.select(".story .chain").text()).startsWith("$task21.4 → page 0x").endsWith("→ $task21.4");
        assertThat(d.select("#schedule .step")).hasSize(20);
        assertThat(d.getElementById("S19").text()).contains("DEADLOCK");
        assertThat(d.select("svg.timeline g.row[data-thread=$task21.4] g.span.hold-read.open")).hasSize(1);
    }

    @Test
    void badInputSaysWhatAndKeepsTheOldReport() throws Exception {
        Path out = dir.resolve("keep.html");
        Files.writeString(out, "an earlier report");

        Result r = LabProcess.run(dir.resolve("h"), "", "-c", "report:html '" + out + "' '" + dir.resolve("nosuch.txt") + "'");
        Result noDir = LabProcess.run(dir.resolve("h"), "", "-c", "report:html '" + dir.resolve("no/such/x.html") + "'");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no such transcript: " + dir.resolve("nosuch.txt"));
        assertThat(Files.readString(out)).isEqualTo("an earlier report");
        assertThat(noDir.exitCode()).isEqualTo(1);
        assertThat(noDir.err()).contains("no such directory: " + dir.resolve("no/such"));
    }

    /** No script, no link outside the page, every internal link landing. */
    private static void selfContained(Document d) {
        assertThat(d.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(d.select("style").html()).doesNotContain("@import").doesNotContain("url(");
        for (Element a : d.select("[href], [src]")) {
            String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
            assertThat(ref).startsWith("#");
            assertThat(d.getElementById(ref.substring(1))).as(ref).isNotNull();
        }
    }
}
