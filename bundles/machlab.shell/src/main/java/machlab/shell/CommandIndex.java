package machlab.shell;

import java.util.List;

/** What {@code help} lists: every command with what it does, by scope. */
public record CommandIndex(List<Entry> commands) implements Report {

    /**
     * One command.
     *
     * @param scope its scope ({@code lab})
     * @param name its name ({@code boot})
     * @param summary the first line of its description, or "" when it has none
     * @param bundle the bundle that offers it
     */
    public record Entry(String scope, String name, String summary, String bundle) {

        public String qualified() {
            return scope + ":" + name;
        }
    }

    public CommandIndex {
        commands = List.copyOf(commands);
    }

    @Override
    public String render() {
        int width = commands.stream().mapToInt(e -> e.qualified().length()).max().orElse(10);
        StringBuilder b = new StringBuilder();
        String scope = null;
        for (Entry e : commands) {
            if (!e.scope().equals(scope)) {
                scope = e.scope();
                b.append(b.length() == 0 ? "" : "\n").append(scope).append(":\n");
            }
            b.append(String.format("  %-" + width + "s  %s%n", e.qualified(), e.summary()).stripTrailing()).append('\n');
        }
        b.append("\n'help NAME' shows a command's options and parameters, e.g. help lab:boot");
        return b.toString();
    }
}
