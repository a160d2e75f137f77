package machlab.ddb.frontend;

/**
 * {@code x/m}: {@code db_xcdump} of GNU Mach {@code ddb/db_examine.c} (master 40166870). Lines of
 * {@code DB_XCDUMP_NC} (16) bytes: the address in {@code 2 * sizeof(db_addr_t)} hex digits and a colon (and a
 * blank unless the size is 1), the units in hex with a blank before every fourth byte and after each unit,
 * padding to a full line, then the bytes as characters between {@code *}s ({@code .} when not printable). A
 * symbol's name goes on a line of its own at the start and before the line where the next symbol starts;
 * a line stops early there.
 *
 * <p>Simplification: {@code db_read_bytes} of a kernel address does not fail on this machine, it faults
 * ({@link MemoryReader}), so the {@code *} line of an unreadable range is never printed; a line that crosses
 * into an unreadable page stops at the page ({@code DB_CHECK_ACCESS}), as in the source.
 */
final class HexCharDump {

    /** {@code DB_XCDUMP_NC}. */
    private static final int NC = 16;
    /** {@code 2 * sizeof(db_addr_t)} on x86_64. */
    private static final int ADDRESS_DIGITS = 16;
    private static final long PAGE_SIZE = 4096;

    private HexCharDump() {
    }

    /** Dumps {@code count} units of {@code size} bytes from {@code addr}; returns the next address. */
    static long dump(DdbContext ddb, long addr, int size, long count) {
        DdbOutput out = ddb.out();
        boolean atSymbol = ddb.symbolAt(addr).isPresent();
        boolean stop = false; // off == 0 in the source: the next unit starts a symbol
        // count * size bytes, saturated: a count near 2^63 runs until memory faults, as ddb's would
        for (long n = count > Long.MAX_VALUE / size ? Long.MAX_VALUE : count * size; n > 0;) {
            ddb.prev = addr;
            if (atSymbol) {
                out.printf("%s:\n", ddb.symbolAt(addr).orElseThrow());
                atSymbol = false;
                stop = false;
            }
            out.printf("%0*X:%s", ADDRESS_DIGITS, addr, size != 1 ? " " : "");
            int bcount = (int) Math.min(n, NC);
            long lastPage = truncPage(addr + bcount - 1);
            if (truncPage(addr) != lastPage && !ddb.readable(lastPage, 4)) {
                bcount = (int) (lastPage - addr);
            }
            byte[] data = new byte[bcount];
            for (int i = 0; i < bcount; i++) {
                data[i] = (byte) ddb.readValue(addr + i, 1, false);
            }
            int i = 0;
            for (; i < bcount && !stop; i += size) {
                if (i % 4 == 0) {
                    out.printf(" ");
                }
                out.printf("%0*x ", size * 2, ddb.readValue(addr, size, false));
                addr += size;
                stop = ddb.symbolAt(addr).isPresent();
                atSymbol = stop;
            }
            out.printf("%*s", ((NC - i) / size) * (size * 2 + 1) + (NC - i) / 4, "");
            out.printf("%s*", size != 1 ? " " : "");
            for (int k = 0; k < Math.min(i, bcount); k++) {
                int v = data[k] & 0xff;
                out.printf("%c", v >= ' ' && v <= '~' ? (char) v : '.');
            }
            out.printf("*\n");
            n -= i;
            if (i == 0) {
                break; // a page boundary at the start of a line: nothing more can be read
            }
        }
        return addr;
    }

    private static long truncPage(long addr) {
        return addr & -PAGE_SIZE;
    }
}
