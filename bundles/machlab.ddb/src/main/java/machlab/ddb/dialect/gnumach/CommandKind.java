package machlab.ddb.dialect.gnumach;

/** The commands whose output this dialect reads, by the ddb function that prints it. */
enum CommandKind {
    /** {@code trace}, {@code trace/t}, {@code trace/u}: {@code i386/i386/db_trace.c}, {@code db_stack_trace_cmd}. */
    TRACE,
    /** {@code print}: {@code ddb/db_examine.c}, {@code db_print_cmd}. */
    PRINT,
    /** {@code x}, {@code examine}: {@code ddb/db_examine.c}, {@code db_examine_cmd}. */
    EXAMINE,
    /** {@code show all threads}, {@code show task}: {@code ddb/db_print.c}, {@code db_print_task}. */
    SHOW_THREADS,
    /** {@code show thread}: {@code ddb/db_print.c}, {@code db_show_one_thread}. */
    SHOW_THREAD,
    /** {@code show all tasks}: {@code ddb/db_print.c}, {@code db_show_all_tasks}. */
    SHOW_TASKS,
    /** {@code show all slocks}: {@code kern/lock_mon.c}, {@code db_show_all_slocks}. */
    SHOW_SLOCKS,
    /** {@code show map}: {@code vm/vm_map.c}, {@code vm_map_print}. */
    SHOW_MAP,
    /** {@code show object}: {@code vm/vm_object.c}, {@code vm_object_print}. */
    SHOW_OBJECT,
    /** {@code show page}: {@code vm/vm_resident.c}, {@code vm_page_print}. */
    SHOW_PAGE,
    /** A bare prompt: ddb repeats the last command, or nothing. */
    EMPTY,
    /** Any other command: its output is read as console text. */
    OTHER;

    /** The VM printers, whose lines {@link VmPrintReader} reads. */
    boolean isVmPrint() {
        return this == SHOW_MAP || this == SHOW_OBJECT || this == SHOW_PAGE;
    }

    static CommandKind of(CommandLine c) {
        if (c.name().isEmpty() && c.argument().isEmpty()) {
            return EMPTY;
        }
        // the /u, /l and /s listings have other columns, not read here
        boolean plainListing = !c.hasModifier('u') && !c.hasModifier('l') && !c.hasModifier('s');
        return switch (c.name()) {
            case "trace", "t" -> TRACE;
            case "print", "p" -> PRINT;
            case "x", "examine" -> EXAMINE;
            case "show all threads", "show task" -> plainListing ? SHOW_THREADS : OTHER;
            case "show thread" -> plainListing ? SHOW_THREAD : OTHER;
            case "show all tasks" -> SHOW_TASKS;
            case "show all slocks" -> SHOW_SLOCKS;
            case "show map" -> SHOW_MAP;
            case "show object" -> SHOW_OBJECT;
            case "show page" -> SHOW_PAGE;
            default -> OTHER;
        };
    }
}
