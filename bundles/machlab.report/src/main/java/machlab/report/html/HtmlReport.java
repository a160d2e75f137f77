package machlab.report.html;

import static machlab.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import machlab.api.analysis.AnalysisResult;
import machlab.api.analysis.Finding;
import machlab.api.state.Provenance;
import machlab.report.model.GraphView;
import machlab.report.model.ReportData;
import machlab.report.model.SourceLine;

/**
 * Writes a report as one self-contained HTML page: inline CSS and SVG, no script, no font, no image and
 * no link outside the page, so it opens from disk in a browser with no network. Findings link to the
 * transcript lines ({@code #L123}) or schedule steps ({@code #S12}) their facts came from; those lines are
 * in the page, each linking back to the findings that cite it.
 */
public final class HtmlReport {

    private final ReportData data;
    private final String prefix;
    /** Line or step number → the findings citing it ({@code F1}, {@code F3}). */
    private final Map<Integer, List<String>> citedBy = new TreeMap<>();

    private HtmlReport(ReportData data) {
        this.data = data;
        this.prefix = data.kind() == ReportData.SourceKind.TRANSCRIPT ? "L" : "S";
    }

    /** The page for {@code data}. */
    public static String render(ReportData data) {
        return new HtmlReport(data).page();
    }

    private String page() {
        List<Finding> findings = data.findings();
        String findingsHtml = findings(findings);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(data.title())).append("</title>\n<style>\n").append(Styles.CSS)
                .append("</style>\n</head>\n<body>\n");
        header(b, findings.size());
        b.append(findingsHtml);
        graph(b, data.graph());
        timeline(b);
        analyzers(b);
        lines(b);
        b.append("<footer>Written by Machlab <code>report:html</code>. The page is self-contained: no script, no"
                + " network.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private void header(StringBuilder b, int findings) {
        b.append("<header>\n<h1>").append(esc(data.title())).append("</h1>\n<ul class=\"summary\">\n");
        data.summary().forEach(s -> b.append("<li>").append(esc(s)).append("</li>\n"));
        b.append("<li>evidence: ").append(data.evidence().isEmpty() ? "none"
                : esc(data.evidence().stream().map(Enum::name).collect(Collectors.joining(", ")))).append("</li>\n");
        b.append("</ul>\n<nav><a href=\"#findings\">Findings (").append(findings).append(")</a>")
                .append("<a href=\"#graph\">Wait-for graph</a><a href=\"#timeline\">Timeline</a>")
                .append("<a href=\"#analyzers\">Analyzers</a><a href=\"#").append(linesId()).append("\">")
                .append(data.kind() == ReportData.SourceKind.TRANSCRIPT ? "Transcript" : "Schedule")
                .append("</a></nav>\n</header>\n");
    }

    private String linesId() {
        return data.kind() == ReportData.SourceKind.TRANSCRIPT ? "transcript" : "schedule";
    }

    private String findings(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            b.append("<p>No analyzer found anything in this state (see <a href=\"#analyzers\">which analyzers ran</a>).</p>\n");
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String id = "F" + (i + 1);
            b.append("<article class=\"finding ").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\" id=\"")
                    .append(id).append("\">\n<h3><span class=\"sev\">").append(f.severity()).append("</span>")
                    .append(esc(f.title())).append("</h3>\n<p class=\"by\">").append(id).append(" · ")
                    .append(esc(f.analyzer())).append("</p>\n<div class=\"detail\">").append(esc(f.detail()))
                    .append("</div>\n<p class=\"facts\">Rests on: ").append(facts(f, id)).append("</p>\n</article>\n");
        }
        return b.append("</section>\n").toString();
    }

    /**
     * Each fact's provenance, linked to its line or step when the page holds it. Transcript lines are
     * merged into ranges ({@code lines 21-24, 28-37}): a finding often rests on a run of adjacent lines.
     */
    private String facts(Finding f, String findingId) {
        if (f.evidence().isEmpty()) {
            return "no recorded facts";
        }
        List<int[]> ranges = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Provenance p : f.evidence()) {
            Optional<Integer> anchor = anchor(p);
            if (anchor.isEmpty()) {
                out.add(esc(p.toString()));
            } else if (p.kind() == Provenance.Kind.TRANSCRIPT) {
                ranges.add(new int[] {p.firstLine(), Math.min(p.lastLine(), data.lines().size())});
            } else {
                cite(anchor.get(), anchor.get(), findingId);
                String link = "<a href=\"#" + prefix + anchor.get() + "\">" + esc(words(p)) + "</a>";
                if (!out.contains(link)) {
                    out.add(link);
                }
            }
        }
        if (!ranges.isEmpty()) {
            ranges.sort(java.util.Comparator.comparingInt(r -> r[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : ranges) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(r.clone());
                }
            }
            List<String> links = new ArrayList<>();
            for (int[] r : merged) {
                cite(r[0], r[1], findingId);
                links.add("<a href=\"#" + prefix + r[0] + "\">" + r[0] + (r[1] > r[0] ? "-" + r[1] : "") + "</a>");
            }
            out.add(0, esc(data.source()) + (merged.size() == 1 && merged.get(0)[0] == merged.get(0)[1] ? " line "
                    : " lines ") + String.join(", ", links));
        }
        return String.join(", ", out);
    }

    /** Notes that finding {@code findingId} cites lines {@code first..last}, for the links back. */
    private void cite(int first, int last, String findingId) {
        for (int n = first; n <= last; n++) {
            List<String> by = citedBy.computeIfAbsent(n, k -> new ArrayList<>());
            if (!by.contains(findingId)) {
                by.add(findingId);
            }
        }
    }

    /** {@code mail.txt:12-14}, {@code step 19 (the state at the end)}. */
    private String words(Provenance p) {
        if (p.kind() == Provenance.Kind.EMULATOR) {
            return "step " + p.step() + (p.step() == data.lines().size() - 1 ? " (the state at the end)" : "");
        }
        return p.toString();
    }

    /** The line or step {@code p} points at, when it is one of this page's. */
    private Optional<Integer> anchor(Provenance p) {
        if (p.kind() == Provenance.Kind.TRANSCRIPT && data.kind() == ReportData.SourceKind.TRANSCRIPT
                && p.source().equals(data.source()) && p.firstLine() <= data.lines().size()) {
            return Optional.of(p.firstLine());
        }
        if (p.kind() == Provenance.Kind.EMULATOR && data.kind() == ReportData.SourceKind.LAB
                && p.source().equals(data.source()) && p.step() >= 0 && p.step() < data.lines().size()) {
            return Optional.of((int) p.step());
        }
        return Optional.empty();
    }

    private void graph(StringBuilder b, GraphView g) {
        b.append("<section id=\"graph\">\n<h2>Wait-for graph</h2>\n<p>An arrow goes from what waits to what it waits"
                + " for: a thread to the lock, page or reply it sleeps on, a map lock to the thread holding it, a busy"
                + " page to the pager port that must supply it, a port to the threads that can receive from it."
                + " Red: the cycle; orange: stuck (can never progress); dashed: outside the model, or a fact the state"
                + " does not show (drawn where it touches a lock, a page or a port; the others are listed below the picture)."
                + " Vertices with no arrow stand apart under the graph. Hover over a vertex or an arrow for its full"
                + " text.</p>\n");
        if (g.vertices().isEmpty()) {
            b.append("<p>The state shows no thread, lock or page to draw.</p>\n");
        } else {
            b.append("<div class=\"scroll\">\n").append(new GraphSvg(g).render()).append("</div>\n");
        }
        if (g.cycles().isEmpty()) {
            b.append("<p>No cycle: ").append(g.gaps().isEmpty() ? "no set of threads in this state waits on itself."
                    : "the state stops short of closing one (below: what it does not show).").append("</p>\n");
        }
        for (GraphView.CycleStory c : g.cycles()) {
            b.append("<div class=\"story\">\n<h3>Cycle</h3>\n<p class=\"chain\">").append(esc(c.chain())).append("</p>\n<ol>\n");
            List<String> sentences = c.story().lines().toList();
            for (String s : sentences) {
                String text = s.replaceFirst("^\\d+\\. ", "");
                if (s.matches("^\\d+\\. .*")) {
                    b.append("<li>").append(esc(text)).append("</li>\n");
                } else {
                    b.append("</ol>\n<p>").append(esc(text)).append("</p>\n<ol>\n");
                }
            }
            b.append("</ol>\n</div>\n");
        }
        if (!g.gaps().isEmpty()) {
            // many gaps are a ps listing's sleepers, drawn as lone threads: the list folds away
            boolean fold = g.gaps().size() > 5;
            b.append("<h3>Where the state stops</h3>\n").append(fold ? "<details><summary>" + g.gaps().size()
                    + " places: the threads and locks whose next fact the state does not show</summary>\n" : "")
                    .append("<ul>\n");
            for (GraphView.GapNote gap : g.gaps()) {
                b.append("<li>At ").append(esc(gap.at())).append(": not shown is ").append(esc(gap.missing()))
                        .append(". Ask ddb: ").append(gap.commands().stream().map(c -> "<code>" + esc(c) + "</code>")
                                .collect(Collectors.joining(", "))).append("</li>\n");
            }
            b.append("</ul>\n").append(fold ? "</details>\n" : "");
        }
        if (!g.edges().isEmpty()) {
            Map<String, String> labels = new LinkedHashMap<>();
            g.vertices().forEach(v -> labels.put(v.id(), v.label()));
            b.append("<details><summary>Every edge in words (").append(g.edges().size()).append(")</summary>\n<table>\n")
                    .append("<tr><th>from</th><th>to</th><th>why</th></tr>\n");
            for (GraphView.Arc a : g.edges()) {
                b.append("<tr").append(a.inCycle() ? " class=\"cycle\"" : "").append("><td>")
                        .append(esc(labels.get(a.from()))).append("</td><td>").append(esc(labels.get(a.to())))
                        .append("</td><td>").append(esc(a.words())).append("</td></tr>\n");
            }
            b.append("</table>\n</details>\n");
        }
        b.append("</section>\n");
    }

    private void timeline(StringBuilder b) {
        var t = data.timeline();
        b.append("<section id=\"timeline\">\n<h2>Timeline of lock holds and waits</h2>\n<p>").append(esc(upper(t.caption())))
                .append(".").append(t.instant() ? "" : " Step numbers link to the schedule.").append("</p>\n")
                .append("<p class=\"legend\"><span><i style=\"background:#3b82f6\"></i>holds for read</span>")
                .append("<span><i style=\"background:#1e3a8a\"></i>holds for write</span>")
                .append("<span><i style=\"background:#dc2626\"></i>sleeps (lock, page, reply)</span>")
                .append("<span><i style=\"background:#9ca3af\"></i>idle, waiting for work</span>")
                .append(t.instant() ? "" : "<span><i style=\"border:1px dashed black\"></i>still so at the end</span>")
                .append("</p>\n")
                .append("<div class=\"scroll\">\n")
                .append(new TimelineSvg(t, data.kind() == ReportData.SourceKind.LAB).render()).append("</div>\n</section>\n");
    }

    private static String upper(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void analyzers(StringBuilder b) {
        b.append("<section id=\"analyzers\">\n<h2>Analyzers</h2>\n<table>\n<tr><th>analyzer</th><th>outcome</th>"
                + "<th>ms</th></tr>\n");
        for (AnalysisResult r : data.results()) {
            String outcome = switch (r.status()) {
                case COMPLETED -> "completed, " + (r.findings().isEmpty() ? "nothing to find" : r.findings().size()
                        + (r.findings().size() == 1 ? " finding" : " findings"));
                case SKIPPED -> "skipped: " + r.reason();
                case FAILED -> "FAILED: " + r.reason();
            };
            b.append("<tr><td>").append(esc(r.analyzer())).append("</td><td>").append(esc(outcome)).append("</td><td>")
                    .append(r.millis()).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
    }

    private void lines(StringBuilder b) {
        boolean transcript = data.kind() == ReportData.SourceKind.TRANSCRIPT;
        b.append("<section id=\"").append(linesId()).append("\">\n<h2>")
                .append(transcript ? "Transcript: " + esc(data.source()) : "Schedule: the steps taken since boot")
                .append("</h2>\n");
        if (!transcript) {
            b.append("<p>One line per step: <code>[THREAD]</code> or <code>[THREAD:CHOICE]</code> as lab:schedule"
                    + " writes it, who ran, and the lock operations and sleeps of the step.</p>\n");
        }
        b.append("<div class=\"").append(transcript ? "lines" : "steps").append("\">\n");
        for (SourceLine l : data.lines()) {
            String id = prefix + l.number();
            List<String> by = citedBy.getOrDefault(l.number(), List.of());
            b.append("<div class=\"").append(transcript ? "line" : "step").append(by.isEmpty() ? "" : " cited")
                    .append("\" id=\"").append(id).append("\"><a class=\"ln\" href=\"#").append(id).append("\">")
                    .append(l.number()).append("</a>").append(esc(l.text()));
            for (String f : by) {
                b.append("<a class=\"cite\" href=\"#").append(f).append("\">").append(f).append("</a>");
            }
            b.append("</div>\n");
        }
        b.append("</div>\n</section>\n");
    }
}
