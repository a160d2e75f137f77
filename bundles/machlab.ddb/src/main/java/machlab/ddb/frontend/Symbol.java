package machlab.ddb.frontend;

import java.util.Objects;

/**
 * A kernel symbol: a name and its address.
 *
 * @param name the symbol name
 * @param value its address
 */
public record Symbol(String name, long value) {

    public Symbol {
        Objects.requireNonNull(name, "name");
    }
}
