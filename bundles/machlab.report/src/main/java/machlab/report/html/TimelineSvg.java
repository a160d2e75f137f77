package machlab.report.html;

import static machlab.report.html.Html.cut;
import static machlab.report.html.Html.esc;
import static machlab.report.html.Html.num;

import java.util.Locale;
import machlab.report.model.Timeline;
import machlab.report.model.Timeline.Kind;
import machlab.report.model.Timeline.Span;

/**
 * The timeline as inline SVG: one row per thread, holds in its upper lane and waits in its lower one,
 * one column per step (or a single column for the instant a transcript shows). Step numbers on the axis
 * link to the schedule's steps when {@code stepAnchors} is set.
 */
final class TimelineSvg {

    static final int LABEL_W = 300;
    static final int ROW_H = 40;
    static final int LANE_H = 15;
    static final int AXIS_H = 26;
    static final double PLOT_W = 760;

    private final Timeline timeline;
    private final boolean stepAnchors;

    TimelineSvg(Timeline timeline, boolean stepAnchors) {
        this.timeline = timeline;
        this.stepAnchors = stepAnchors;
    }

    String render() {
        int columns = Math.max(1, timeline.columns());
        double cw = timeline.instant() ? PLOT_W / 2 : Math.max(3, Math.min(40, PLOT_W / columns));
        double plot = cw * columns;
        double width = LABEL_W + plot + 20;
        double height = AXIS_H + timeline.rows().size() * ROW_H + 8;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"lock holds and waits per thread\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" width=\"").append(num(width))
                .append("\">\n");
        axis(b, columns, cw, height);
        for (int r = 0; r < timeline.rows().size(); r++) {
            row(b, timeline.rows().get(r), AXIS_H + r * ROW_H, cw);
        }
        return b.append("</svg>\n").toString();
    }

    private void axis(StringBuilder b, int columns, double cw, double height) {
        if (timeline.instant()) {
            b.append("<text class=\"axis\" x=\"").append(num(LABEL_W + 4)).append("\" y=\"16\">at the instant of the"
                    + " transcript</text>\n");
            return;
        }
        int every = 1;
        while (every * cw < 36) {
            every = every < 5 ? 5 : every * 2;
        }
        for (int s = 0; s <= columns; s += every) {
            double x = LABEL_W + s * cw;
            b.append("<line class=\"tick\" x1=\"").append(num(x)).append("\" y1=\"").append(AXIS_H - 6)
                    .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(height - 4)).append("\"/>");
            String label = "<text class=\"axis\" x=\"" + num(x + 2) + "\" y=\"14\">" + s + "</text>";
            // the anchor of the step that starts at this tick; the last tick is the state at the end
            b.append(stepAnchors ? "<a href=\"#S" + s + "\">" + label + "</a>" : label).append('\n');
        }
    }

    private void row(StringBuilder b, Timeline.Row row, double top, double cw) {
        b.append("<g class=\"row\" data-thread=\"").append(esc(row.thread())).append("\">");
        b.append("<text class=\"thread\" x=\"4\" y=\"").append(num(top + 16)).append("\">").append(esc(row.thread()))
                .append("</text>");
        b.append("<text class=\"note\" x=\"4\" y=\"").append(num(top + 31)).append("\">")
                .append(esc(cut(row.name(), 40))).append("</text>");
        b.append("<line class=\"rowline\" x1=\"0\" y1=\"").append(num(top + ROW_H - 2)).append("\" x2=\"")
                .append(num(LABEL_W + cw * Math.max(1, timeline.columns()))).append("\" y2=\"")
                .append(num(top + ROW_H - 2)).append("\"/>");
        if (row.spans().isEmpty()) {
            b.append("<text class=\"none\" x=\"").append(LABEL_W + 4).append("\" y=\"").append(num(top + 22))
                    .append("\">").append(timeline.instant() ? "holds and waits on nothing the state shows"
                            : "no lock held, never asleep").append("</text>");
        }
        long holds = row.spans().stream().filter(TimelineSvg::hold).count();
        long waits = row.spans().size() - holds;
        int holdsDrawn = 0;
        int waitsDrawn = 0;
        for (Span s : row.spans()) {
            boolean hold = hold(s);
            double laneTop = top + 3 + (hold ? 0 : LANE_H + 2);
            double x = LABEL_W + s.from() * cw;
            double width = Math.max(2, (s.to() - s.from()) * cw);
            if (timeline.instant()) {
                // at an instant the holds (or the waits) of a thread share the one column side by side
                long k = hold ? holds : waits;
                int i = hold ? holdsDrawn++ : waitsDrawn++;
                width = cw / k;
                x = LABEL_W + i * width;
            }
            b.append("<g class=\"span ").append(s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append(s.open() ? " open" : "").append("\"><title>").append(esc(s.detail())).append("</title>")
                    .append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(laneTop)).append("\" width=\"")
                    .append(num(width)).append("\" height=\"").append(LANE_H).append("\"/>");
            String text = (hold ? (s.kind() == Kind.HOLD_READ ? "read " : "write ") : "") + s.target();
            int fits = (int) ((width - 6) / 6.6);
            if (fits >= 4) {
                b.append("<text x=\"").append(num(x + 3)).append("\" y=\"").append(num(laneTop + 11)).append("\">")
                        .append(esc(cut(text, fits))).append("</text>");
            }
            b.append("</g>");
        }
        b.append("</g>\n");
    }

    private static boolean hold(Span s) {
        return s.kind() == Kind.HOLD_READ || s.kind() == Kind.HOLD_WRITE;
    }
}
