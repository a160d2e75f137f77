package machlab.ddb.dialect.gnumach;

import java.util.Optional;

/**
 * The formats ddb remembers between commands: {@code x} keeps its last modifiers
 * ({@code ddb/db_examine.c}, {@code db_examine_cmd} copies them into {@code db_examine_format}) and
 * {@code print} its last format letter ({@code db_print_cmd}, {@code db_print_format}).
 */
final class StickyFormats {

    private String examine = "x";
    private char print = 'x';

    /** The format of an {@code x} with these modifiers; remembers them. Empty when not numeric. */
    Optional<ExamineFormat> examine(String modifiers) {
        if (!modifiers.isEmpty()) {
            examine = modifiers;
        }
        return ExamineFormat.parse(examine);
    }

    /** The {@code x} modifiers in force: the last ones typed, {@code x} before any. */
    String examineModifiers() {
        return examine;
    }

    /**
     * Whether the remembered {@code x} format prints an empty line per unit: {@code u} and {@code t} fall into
     * {@code db_examine}'s default branch, which prints only an address label and ends the line.
     */
    boolean examinePrintsEmptyLines() {
        return examine.indexOf('u') >= 0 || examine.indexOf('t') >= 0;
    }

    /** The format letter of a {@code print} with these modifiers; remembers it. */
    char print(String modifiers) {
        if (!modifiers.isEmpty()) {
            print = modifiers.charAt(modifiers.length() - 1);
        }
        return print;
    }
}
