package io.rset.core.yaml;

/**
 * The Kubernetes JSON number rule applied to a float64 that went through Go's encoding/json: an
 * integral value inside int64's range is written without fraction or exponent and read back as
 * int64; every other value stays float64.
 */
final class KubeNumbers {
  private KubeNumbers() {}

  private static final double TWO_63 = 9.223372036854775808E18;

  /** A finite double as the Kubernetes decoder sees it after a JSON round trip. */
  static Object normalize(double d) {
    if (d == Math.rint(d) && d >= -TWO_63 && d < TWO_63) {
      return (long) d;
    }
    return d;
  }
}
