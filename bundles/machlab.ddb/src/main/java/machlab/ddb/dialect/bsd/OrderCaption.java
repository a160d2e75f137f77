package machlab.ddb.dialect.bsd;

import java.util.Optional;

/**
 * The caption WITNESS prints above the stack of an order it knew ({@code witness_checkorder} in
 * {@code sys/kern/subr_witness.c}): OpenBSD's {@code lock order "&ip->i_lock"(rrwlock) -> "netlock"(rwlock)
 * first seen at:} (types quoted, classes in parentheses) and FreeBSD's {@code lock order ufs -> devfs
 * established at:} / {@code attempted at:} (names bare, no class).
 *
 * @param from the first lock's type (or name)
 * @param fromClass its class, when printed
 * @param to the second lock's type (or name)
 * @param toClass its class, when printed
 * @param seen the caption's ending: {@code first seen at}, {@code established at}, {@code attempted at}
 */
record OrderCaption(String from, Optional<String> fromClass, String to, Optional<String> toClass, String seen) {

    private static final String[] ENDINGS = {"first seen at", "established at", "attempted at"};

    static Optional<OrderCaption> parse(String line) {
        String t = line.strip();
        if (!t.startsWith("lock order ") || !t.endsWith(":")) {
            return Optional.empty();
        }
        String body = t.substring(11, t.length() - 1);
        for (String ending : ENDINGS) {
            if (body.endsWith(" " + ending)) {
                String pair = body.substring(0, body.length() - ending.length() - 1);
                int arrow = pair.indexOf(" -> ");
                if (arrow <= 0) {
                    return Optional.empty();
                }
                Optional<Side> a = Side.of(pair.substring(0, arrow).strip());
                Optional<Side> b = Side.of(pair.substring(arrow + 4).strip());
                if (a.isEmpty() || b.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new OrderCaption(a.get().name, a.get().lockClass, b.get().name, b.get().lockClass,
                        ending));
            }
        }
        return Optional.empty();
    }

    /** {@code "netlock"(rwlock)} or a bare {@code ufs}. */
    private record Side(String name, Optional<String> lockClass) {
        static Optional<Side> of(String s) {
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (!s.startsWith("\"")) {
                return Optional.of(new Side(s, Optional.empty()));
            }
            int close = s.indexOf('"', 1);
            if (close < 0) {
                return Optional.empty();
            }
            String rest = s.substring(close + 1);
            Optional<String> cls = rest.startsWith("(") && rest.endsWith(")")
                    ? Optional.of(rest.substring(1, rest.length() - 1)) : Optional.empty();
            if (!rest.isEmpty() && cls.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Side(s.substring(1, close), cls));
        }
    }
}
