package io.rset.gotemplate.value;

/**
 * An integer of a Go type other than int64 (which is a plain {@link Long}): {@code int} above all
 * (template literals, len, atoi), also {@code int32} (runes), {@code uint8} (bytes) and friends.
 * The value is kept in a long; unsigned 64-bit values use the long's bits.
 */
public record GoInt(GoType goType, long value) implements GoValue {

  private static final GoInt[] SMALL_INTS = new GoInt[1024 + 128];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = new GoInt(GoType.INT, i - 128);
    }
  }

  /** A Go {@code int}. */
  public static GoInt of(long value) {
    if (value >= -128 && value < 1024) {
      return SMALL_INTS[(int) value + 128];
    }
    return new GoInt(GoType.INT, value);
  }

  /** An integer of the given integer type. */
  public static GoInt of(GoType type, long value) {
    return type == GoType.INT ? of(value) : new GoInt(type, value);
  }

  @Override
  public String toString() {
    return goType.kind() == GoType.Kind.UINT64 || goType.kind() == GoType.Kind.UINT
        ? Long.toUnsignedString(value)
        : Long.toString(value);
  }
}
