package machlab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import machlab.report.fixtures.Inputs;
import machlab.report.model.ReportData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page, parsed back with jsoup: self-contained, the cycle drawn, every link landing. */
class HtmlReportTest {

    private static Document seed;
    private static Document hang;
    private static ReportData seedData;
    private static ReportData hangData;

    @BeforeAll
    static void render() throws Exception {
        seedData = Inputs.transcriptReport(Inputs.seedMail());
        hangData = Inputs.labReport(Inputs.hungLab());
        seed = Jsoup.parse(HtmlReport.render(seedData));
        hang = Jsoup.parse(HtmlReport.render(hangData));
    }

    @Test
    void nothingOutsideThePageIsReferenced() {
        for (Document d : List.of(seed, hang)) {
            assertThat(d.select("script, link, img, iframe, object, embed, video, audio, source, use")).isEmpty();
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String v = a.getValue().strip().toLowerCase();
                    if (List.of("href", "src", "xlink:href", "action", "srcset", "poster").contains(a.getKey())) {
                        assertThat(v).as("%s of <%s>", a.getKey(), e.tagName()).startsWith("#");
                    }
                    assertThat(v).as("%s of <%s>", a.getKey(), e.tagName())
                            .doesNotContain("http:").doesNotContain("https:").doesNotStartWith("//");
                    if (v.contains("url(")) {
                        assertThat(v).as("%s of <%s>", a.getKey(), e.tagName()).matches(".*url\\(#[a-z-]+\\).*");
                    }
                }
            }
            String css = d.select("style").html();
            assertThat(css).isNotEmpty().doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        }
    }

    @Test
    void theCycleThreadsAreSvgNodesOnTheCycle() {
        Elements cycle = hang.select("svg.graph g.node.cycle");
        List<String> labels = cycle.stream().map(g -> g.selectFirst("text.label").text()).toList();
        assertThat(labels).contains("$task21.4", "$task21.5", "$map21")
                .anyMatch(l -> l.startsWith("page 0x")).anyMatch(l -> l.startsWith("port 0x"));
        assertThat(hang.select("svg.graph g.node.thread.cycle")).hasSize(2);
        assertThat(hang.select("svg.graph g.edge.cycle")).hasSize(5);
        assertThat(hang.select(".story .chain").text())
                .isEqualTo(hangData.graph().cycles().get(0).chain()).startsWith("$task21.4 → page 0x");
        // the seed mail cannot close the cycle: no cycle drawn, the gap named with the commands to ask
        assertThat(seed.select("svg.graph g.cycle")).isEmpty();
        assertThat(seed.select("svg.graph g.node.thread").eachText()).anyMatch(t -> t.contains("$task21.4"));
        assertThat(seed.select("#graph li").text()).contains("show all threads");
    }

    @Test
    void everyFindingLinksToALineOrStepInThePage() {
        for (Document d : List.of(seed, hang)) {
            Elements findings = d.select("article.finding");
            assertThat(findings).isNotEmpty();
            for (Element f : findings) {
                Elements links = f.select(".facts a[href]");
                assertThat(links).as(f.select("h3").text()).isNotEmpty();
                for (Element a : links) {
                    assertThat(d.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
                }
            }
            for (Element a : d.select("a[href]")) {
                assertThat(d.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
            }
        }
        assertThat(seed.select("article.finding")).hasSize(seedData.findings().size());
        assertThat(hang.select("article.finding")).hasSize(hangData.findings().size());
    }

    @Test
    void theTranscriptIsInThePageLineByLineAndTheCitedLinesLinkBack() throws Exception {
        List<String> mail = Files.readAllLines(Inputs.seedMail());
        assertThat(seed.select("#transcript .line")).hasSize(mail.size());
        assertThat(seed.getElementById("L" + mail.size()).ownText()).isEqualTo(mail.get(mail.size() - 1).strip());
        Element cited = seed.selectFirst(".line.cited");
        assertThat(cited).isNotNull();
        Element citing = seed.getElementById(cited.selectFirst("a.cite").attr("href").substring(1));
        assertThat(citing).isNotNull();
        assertThat(citing.tagName()).isEqualTo("article");
        // the held-across-block finding rests on the lines that show $map21's lock image
        Element held = seed.select("article.finding").stream()
                .filter(f -> f.select("h3").text().contains("sleeps holding $map21")).findFirst().orElseThrow();
        assertThat(held.select(".facts").text()).startsWith("Rests on: bug-hurd-2026-03-18-defpager-deadlock.txt lines ");
        assertThat(held.select(".facts a").eachAttr("href")).allMatch(h -> h.matches("#L\\d+"));
        // adjacent lines are one range, the lines of each range are marked as cited by it
        for (Element a : held.select(".facts a")) {
            String[] range = a.text().split("-");
            int last = Integer.parseInt(range[range.length - 1]);
            assertThat(seed.getElementById("L" + last).select("a.cite").eachText()).contains(held.id());
        }
    }

    @Test
    void theScheduleListsEveryStepAndTheEndState() {
        int steps = hangData.lines().size() - 1;
        assertThat(hang.select("#schedule .step")).hasSize(steps + 1);
        assertThat(hang.getElementById("S" + steps).text()).contains("DEADLOCK");
        assertThat(hang.select("article.finding .facts a").eachAttr("href")).contains("#S" + steps);
    }

    @Test
    void theTimelineHasARowPerThreadAndSaysWhatATranscriptCannotShow() {
        assertThat(hang.select("svg.timeline g.row")).hasSize(hangData.timeline().rows().size());
        Element t214 = hang.selectFirst("svg.timeline g.row[data-thread=$task21.4]");
        assertThat(t214.select("g.span.hold-read.open title").text()).contains("holds $map21 for read");
        assertThat(t214.select("g.span.wait.open title").text()).contains("sleeps on page 0x");
        assertThat(hang.select("svg.timeline g.row[data-thread=$task21.5] g.span.wait.open title").text())
                .contains("$map21's lock");
        assertThat(seed.select("#timeline p").first().text()).contains("one instant");
        assertThat(seed.select("svg.timeline g.row[data-thread=$task21.4] g.span.hold-read")).hasSize(1);
    }

    @Test
    void textIsEscapedNotInterpreted() {
        assertThat(Html.esc("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.esc("a\u0007b")).isEqualTo("a\uFFFDb");
    }
}
