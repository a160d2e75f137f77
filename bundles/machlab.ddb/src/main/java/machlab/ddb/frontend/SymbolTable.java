package machlab.ddb.frontend;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The kernel symbol table ddb searches ({@code ddb/db_sym.c}): by name for expressions, by address for
 * {@code sym+0xoff} output. A {@link machlab.api.state.KernelState} carries no symbols, so the default
 * table is empty and addresses print as {@code 0x...}; the emulator can supply its own.
 */
public interface SymbolTable {

    /** {@code db_value_of_name}. */
    OptionalLong valueOf(String name);

    /**
     * {@code db_search_task_symbol(addr, DB_STGY_ANY, ...)}: the symbol with the largest value not above
     * {@code address} (unsigned), when there is one.
     */
    Optional<Symbol> nearest(long address);

    /** No symbols. */
    static SymbolTable empty() {
        return of(List.of());
    }

    /** A table of the given symbols. */
    static SymbolTable of(List<Symbol> symbols) {
        List<Symbol> sorted = symbols.stream()
                .sorted(Comparator.comparing(Symbol::value, Long::compareUnsigned)).toList();
        return new SymbolTable() {
            @Override
            public OptionalLong valueOf(String name) {
                return sorted.stream().filter(s -> s.name().equals(name)).mapToLong(Symbol::value).findFirst();
            }

            @Override
            public Optional<Symbol> nearest(long address) {
                Symbol best = null;
                for (Symbol s : sorted) {
                    if (Long.compareUnsigned(s.value(), address) <= 0) {
                        best = s;
                    }
                }
                return Optional.ofNullable(best);
            }
        };
    }
}
