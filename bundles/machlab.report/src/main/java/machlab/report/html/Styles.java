package machlab.report.html;

/**
 * The page's only style sheet, inlined: system fonts only (no {@code @font-face}, no {@code @import}, no
 * {@code url()}), so the file looks the same from disk with no network.
 */
final class Styles {

    private Styles() {
    }

    static final String CSS = """
            :root { --cycle: #c0392b; --stuck: #d35400; --read: #3b82f6; --write: #1e3a8a; --wait: #dc2626;
                    --idle: #9ca3af; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; }
            body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink);
                   margin: 0 auto; max-width: 1200px; padding: 0 1.2em 3em; line-height: 1.4; }
            h1 { font-size: 1.5em; margin: .8em 0 .3em; }
            h2 { font-size: 1.2em; border-bottom: 2px solid var(--line); padding-bottom: .2em; margin-top: 1.8em; }
            h3 { font-size: 1em; margin: .2em 0; }
            code, pre, .lines, .steps { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
                   font-size: 12.5px; }
            nav a { margin-right: 1em; }
            .summary { margin: .2em 0; padding-left: 1.2em; color: var(--muted); }
            .finding { border-left: 6px solid var(--idle); background: #f9fafb; padding: .5em .9em; margin: .8em 0; }
            .finding.critical { border-color: var(--cycle); }
            .finding.warn { border-color: #f59e0b; }
            .finding.info { border-color: var(--read); }
            .sev { font-size: .8em; font-weight: bold; padding: .1em .4em; border-radius: 3px; color: white;
                   background: var(--idle); margin-right: .5em; }
            .critical .sev { background: var(--cycle); } .warn .sev { background: #f59e0b; } .info .sev { background: var(--read); }
            .by { color: var(--muted); font-size: .85em; margin: 0; }
            .detail { white-space: pre-wrap; margin: .4em 0; }
            .facts { margin: .2em 0; font-size: .9em; }
            svg.graph, svg.timeline { max-width: 100%; height: auto; }
            .scroll { overflow-x: auto; border: 1px solid var(--line); padding: 4px; background: white; }
            svg text { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
            svg.graph .node rect { fill: #f3f4f6; stroke: #4b5563; stroke-width: 1.2; }
            svg.graph .node.thread rect { fill: #eef2ff; }
            svg.graph .node.map rect { fill: #e0f2fe; }
            svg.graph .node.page rect { fill: #fef9c3; }
            svg.graph .node.port rect { fill: #dcfce7; }
            svg.graph .node.queue rect { fill: #f0fdf4; stroke-dasharray: 2 2; }
            svg.graph .node.outside rect { fill: white; stroke-dasharray: 5 3; stroke: var(--muted); }
            svg.graph .node.gap rect { fill: white; stroke-dasharray: 4 3; stroke: var(--stuck); }
            svg.graph .node.stuck rect { stroke: var(--stuck); stroke-width: 2; }
            svg.graph .node.cycle rect { stroke: var(--cycle); stroke-width: 3; }
            svg.graph .node .label { font-weight: bold; }
            svg.graph .node .note, svg.timeline .note { fill: var(--muted); font-size: 11px; }
            svg.graph .edge path { fill: none; stroke: #6b7280; stroke-width: 1.4; }
            svg.graph .edge text { fill: #374151; font-size: 11px; paint-order: stroke; stroke: white; stroke-width: 3px; }
            svg.graph .edge.cycle path { stroke: var(--cycle); stroke-width: 3; }
            svg.graph .edge.cycle text { fill: var(--cycle); font-weight: bold; }
            svg.graph .edge.gap path, svg.graph .edge.queue path { stroke-dasharray: 4 3; }
            svg .arrowhead { fill: #6b7280; } svg .arrowhead.cycle { fill: var(--cycle); }
            svg.timeline .tick { stroke: var(--line); } svg.timeline .rowline { stroke: var(--line); }
            svg.timeline .axis { fill: var(--muted); font-size: 11px; }
            svg.timeline .thread { font-weight: bold; }
            svg.timeline .none { fill: var(--muted); font-size: 11px; }
            svg.timeline .span text { fill: white; font-size: 11px; }
            svg.timeline .hold-read rect { fill: var(--read); } svg.timeline .hold-write rect { fill: var(--write); }
            svg.timeline .wait rect { fill: var(--wait); } svg.timeline .idle rect { fill: var(--idle); }
            svg.timeline .open rect { stroke: black; stroke-width: 1; stroke-dasharray: 3 2; }
            .legend span { display: inline-block; margin-right: 1.2em; font-size: .9em; }
            .legend i { display: inline-block; width: 1.4em; height: .8em; margin-right: .3em; vertical-align: middle; }
            .story { background: #fef2f2; border: 1px solid #fecaca; padding: .5em .9em; margin: .8em 0; }
            .story .chain { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--cycle); font-weight: bold; }
            table { border-collapse: collapse; font-size: .9em; }
            td, th { border: 1px solid var(--line); padding: .2em .5em; text-align: left; vertical-align: top; }
            .lines, .steps { border: 1px solid var(--line); background: #fafafa; padding: .3em 0; }
            .line, .step { white-space: pre-wrap; padding: 0 .5em; }
            .ln { display: inline-block; width: 4.5em; color: var(--muted); text-decoration: none; user-select: none; }
            .cited { background: #fff7ed; }
            .cite { margin-left: 1em; font-size: .85em; }
            .line:target, .step:target, .finding:target { background: #fde68a; }
            footer { margin-top: 2em; color: var(--muted); font-size: .85em; }
            """;
}
