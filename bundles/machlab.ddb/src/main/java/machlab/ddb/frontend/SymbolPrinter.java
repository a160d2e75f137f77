package machlab.ddb.frontend;

import java.util.Objects;
import java.util.Optional;

/**
 * How ddb names addresses: {@code db_task_printsym} ({@code ddb/db_sym.c}) and
 * {@code db_find_task_sym_and_offset} ({@code ddb/db_sym.h}).
 */
final class SymbolPrinter {

    private final SymbolTable symbols;
    private final DdbVariables vars;

    SymbolPrinter(SymbolTable symbols, DdbVariables vars) {
        this.symbols = Objects.requireNonNull(symbols, "symbols");
        this.vars = Objects.requireNonNull(vars, "vars");
    }

    /**
     * {@code db_task_printsym}: {@code sym} or {@code sym+0xoff} when a symbol lies within {@code $maxoff}
     * below the address, else the address as {@code %#n} ({@code 0x...} in radix 16).
     */
    void print(DdbOutput out, long addr) {
        Optional<String> sym = symbolic(addr);
        if (sym.isPresent()) {
            out.printf("%s", sym.get());
        } else {
            out.printf("%#n", addr);
        }
    }

    /** The {@code sym[+0xoff]} form of {@code addr}, when {@code db_task_printsym} would print one. */
    Optional<String> symbolic(long addr) {
        Optional<Symbol> sym = symbols.nearest(addr);
        if (sym.isEmpty()) {
            return Optional.empty();
        }
        long d = addr - sym.get().value();
        if (Long.compareUnsigned(d, vars.maxOff()) >= 0 || sym.get().value() == 0 || sym.get().name().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(d == 0 ? sym.get().name() : sym.get().name() + Doprnt.sprintf(vars.radix(), "+0x%x", d));
    }

    /** {@code db_find_task_sym_and_offset} with offset 0: the symbol that starts exactly at {@code addr}. */
    Optional<String> exactly(long addr) {
        return symbols.nearest(addr).filter(s -> s.value() == addr).map(Symbol::name);
    }
}
