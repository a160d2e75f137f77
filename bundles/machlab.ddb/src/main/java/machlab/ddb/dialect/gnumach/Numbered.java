package machlab.ddb.dialect.gnumach;

/** A value read from one transcript line. */
record Numbered<T>(int line, T value) {
}
