package machlab.report.command;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code report:html} returns: the file it wrote and what the page shows, in numbers.
 *
 * @param file the page, an absolute path
 * @param bytes its size
 * @param title the page's title
 * @param findings the number of findings
 * @param critical how many of them are critical
 * @param vertices the vertices of the wait-for graph drawn
 * @param cycles the cycles found and told
 */
public record ReportWritten(Path file, long bytes, String title, int findings, int critical, int vertices, int cycles) {

    public ReportWritten {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
    }

    /** The text a person reads. */
    public String render() {
        return "wrote " + file + " (" + Math.max(1, (bytes + 512) / 1024) + " KB): " + title + "\n  "
                + findings + (findings == 1 ? " finding" : " findings") + (critical > 0 ? " (" + critical + " critical)" : "")
                + "; wait-for graph of " + vertices + (vertices == 1 ? " vertex" : " vertices") + ", "
                + (cycles == 0 ? "no cycle" : cycles == 1 ? "1 cycle" : cycles + " cycles")
                + "\n  open it in a browser: one file, no network needed";
    }

    @Override
    public String toString() {
        return render();
    }
}
