package machlab.ddb.dialect.bsd;

/** A value read on a transcript line. */
record At<T>(int line, T value) {
}
