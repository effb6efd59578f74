package io.rset.gotemplate.parse;

/**
 * A numeric constant, with each representation it fits (Go's NumberNode); uint64 holds the unsigned
 * bits.
 */
public record NumberNode(
    int pos,
    boolean isInt,
    boolean isUint,
    boolean isFloat,
    boolean isComplex,
    long int64,
    long uint64,
    double float64,
    double complexReal,
    double complexImag,
    String text)
    implements Node {
  /** Prints the node back as template source, exactly as Go's {@code String()} does. */
  @Override
  public String toString() {
    return NodePrinter.print(this);
  }
}
