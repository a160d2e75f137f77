package machlab.ddb.dialect.bsd;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import machlab.ddb.parser.MailQuoting;
import machlab.ddb.parser.PromptScanner;

/**
 * The shapes in the first lines of a transcript that tell the BSDs (and GNU Mach) apart: prompts, trace
 * formats, banners, table headers. Detection weighs them per dialect; no version string is looked at.
 */
public final class Shapes {

    /** One shape. */
    public enum Shape {
        /** {@code db>} / {@code db{N}>}: FreeBSD, NetBSD (and GNU Mach). */
        DB_PROMPT,
        /** {@code ddb>} / {@code ddb{N}>}: OpenBSD. */
        DDB_PROMPT,
        /** {@code func(args) at sym+0x..}: a BSD frame. */
        BSD_FRAME,
        /** {@code at sym+0x../frame 0x...}: FreeBSD 10 and later. */
        FRAME_SUFFIX,
        /** {@code at netbsd:sym+0x..}: NetBSD's module prefix. */
        NETBSD_PREFIX,
        /** {@code Tracing pid N tid N td 0x...}: FreeBSD. */
        TRACING_PID,
        /** {@code KDB: enter:} / {@code KDB: stack backtrace:}: FreeBSD. */
        KDB,
        /** {@code [thread pid N tid N ]}: FreeBSD. */
        THREAD_BANNER,
        /** {@code Stopped in pid P.L (name) at}: NetBSD. */
        STOPPED_IN,
        /** {@code curlwp 0x... pid P.L}: NetBSD. */
        CURLWP,
        /** {@code end trace frame:} / {@code end of kernel}: OpenBSD. */
        END_TRACE,
        /** OpenBSD's {@code https://www.openbsd.org/ddb.html describes...}. */
        OPENBSD_NOTICE,
        /** A FreeBSD {@code ps} header. */
        FREEBSD_PS,
        /** An OpenBSD {@code ps} or entry table header. */
        OPENBSD_PS,
        /** A NetBSD {@code ps} header. */
        NETBSD_PS,
        /** {@code --- trap 0x..} / {@code --- syscall (N, FreeBSD ELF..}: FreeBSD's separators. */
        FREEBSD_SEPARATOR,
        /** {@code --- syscall (number N) ---}: NetBSD and OpenBSD. */
        NUMBERED_SYSCALL,
        /** WITNESS output: {@code witness:}, {@code lock order reversal:}, {@code show all locks} lines. */
        WITNESS
    }

    private static final PromptScanner DB = new PromptScanner(List.of("db"));
    private static final PromptScanner DDB = new PromptScanner(List.of("ddb"));

    private Shapes() {
    }

    /** The shapes found in {@code head}. */
    public static Set<Shape> of(List<String> head) {
        Set<Shape> s = EnumSet.noneOf(Shape.class);
        for (String raw : head) {
            String line = MailQuoting.strip(raw).text();
            String t = line.strip();
            if (DB.scan(line).isPresent()) {
                s.add(Shape.DB_PROMPT);
            }
            if (DDB.scan(line).isPresent()) {
                s.add(Shape.DDB_PROMPT);
            }
            FrameLine.parse(line).ifPresent(f -> frame(f, s));
            ConsoleLine.classify(line).ifPresent(c -> console(c, s));
            PsTable.header(line).ifPresent(p -> s.add(switch (p) {
                case FREEBSD, FREEBSD_PROC_THREADS, FREEBSD_THREADS -> Shape.FREEBSD_PS;
                case OPENBSD, OPENBSD_ENTRY -> Shape.OPENBSD_PS;
                case NETBSD -> Shape.NETBSD_PS;
            }));
            if (LockLine.classify(line).isPresent() || t.startsWith("witness: ")) {
                s.add(Shape.WITNESS);
            }
        }
        return s;
    }

    private static void frame(FrameLine f, Set<Shape> s) {
        switch (f.kind()) {
            case CALL -> {
                s.add(Shape.BSD_FRAME);
                if (f.frame().isPresent()) {
                    s.add(Shape.FRAME_SUFFIX);
                }
                if (f.at().flatMap(SymbolOffset::module).isPresent()) {
                    s.add(Shape.NETBSD_PREFIX);
                }
            }
            case TRAP -> s.add(f.function().startsWith("--- trap 0x") || f.function().contains(", rip = ")
                    || f.function().contains(", eip = ") ? Shape.FREEBSD_SEPARATOR : Shape.NUMBERED_SYSCALL);
            case SYSCALL -> s.add(f.function().contains("(number ") ? Shape.NUMBERED_SYSCALL
                    : Shape.FREEBSD_SEPARATOR);
            case END_FRAME, END_OF_KERNEL -> s.add(Shape.END_TRACE);
            default -> {
            }
        }
    }

    private static void console(ConsoleLine c, Set<Shape> s) {
        switch (c.kind()) {
            case TRACING -> s.add(Shape.TRACING_PID);
            case KDB_ENTER, BACKTRACE_HEADER -> s.add(Shape.KDB);
            case THREAD_BANNER -> s.add(Shape.THREAD_BANNER);
            case STOPPED_IN -> s.add(Shape.STOPPED_IN);
            case CURLWP -> s.add(Shape.CURLWP);
            case NOTICE -> s.add(Shape.OPENBSD_NOTICE);
            default -> {
            }
        }
    }

    /** The sum of {@code weights} over the shapes found, clamped to 0..100. */
    public static int score(Set<Shape> found, java.util.Map<Shape, Integer> weights) {
        int score = 0;
        for (Shape sh : found) {
            score += weights.getOrDefault(sh, 0);
        }
        return Math.max(0, Math.min(100, score));
    }
}
