package machlab.ddb.command;

import java.util.Objects;

/**
 * {@code db_error(s)} of {@code ddb/db_command.c}: ddb prints {@code s} (when not null), flushes the rest of
 * the input line and long-jumps back to the command loop. Commands after a {@code ;} on the same line are
 * therefore dropped. Code that has already printed its message (the {@code db_printf(...); db_error(0);}
 * idiom) throws with an empty message.
 */
public final class DdbAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String text;

    /** Aborts after printing {@code text} ({@code db_error(text)}); empty for {@code db_error(0)}. */
    public DdbAbort(String text) {
        super(text, null, false, false);
        this.text = Objects.requireNonNull(text, "text");
    }

    /** {@code db_error(0)}: the message was already printed. */
    public static DdbAbort silent() {
        return new DdbAbort("");
    }

    /** What {@code db_error} prints before jumping back. */
    public String text() {
        return text;
    }
}
