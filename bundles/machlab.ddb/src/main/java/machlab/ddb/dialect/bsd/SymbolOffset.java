package machlab.ddb.dialect.bsd;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A code location as the BSDs' {@code db_printsym} prints it: {@code sym}, {@code sym+0x2b},
 * {@code netbsd:sym+0x5} (NetBSD's module prefix) or a bare {@code 0xffc031ef} when no symbol is near.
 *
 * @param module the module prefix ({@code netbsd}), when printed
 * @param symbol the symbol, absent for a bare address
 * @param offset the offset into the symbol, absent when printed without one
 * @param address the bare address, when no symbol was printed
 */
record SymbolOffset(Optional<String> module, Optional<String> symbol, OptionalLong offset, OptionalLong address) {

    static Optional<SymbolOffset> parse(String token) {
        OptionalLong bare = Text.prefixedHex(token);
        if (bare.isPresent()) {
            return Optional.of(new SymbolOffset(Optional.empty(), Optional.empty(), OptionalLong.empty(), bare));
        }
        String t = token;
        Optional<String> module = Optional.empty();
        int colon = t.indexOf(':');
        if (colon > 0) {
            module = Optional.of(t.substring(0, colon));
            t = t.substring(colon + 1);
            if (!Text.isSymbol(module.get())) {
                return Optional.empty();
            }
        }
        OptionalLong offset = OptionalLong.empty();
        int plus = t.lastIndexOf("+0x");
        if (plus >= 0) {
            offset = Text.hex(t.substring(plus + 1));
            if (offset.isEmpty()) {
                return Optional.empty();
            }
            t = t.substring(0, plus);
        }
        if (!Text.isSymbol(t)) {
            return Optional.empty();
        }
        return Optional.of(new SymbolOffset(module, Optional.of(t), offset, OptionalLong.empty()));
    }

    @Override
    public String toString() {
        if (symbol.isEmpty()) {
            return "0x" + Long.toHexString(address.orElse(0));
        }
        return module.map(m -> m + ":").orElse("") + symbol.get()
                + (offset.isPresent() ? "+0x" + Long.toHexString(offset.getAsLong()) : "");
    }
}
