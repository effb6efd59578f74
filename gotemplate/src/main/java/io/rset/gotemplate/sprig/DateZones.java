package io.rset.gotemplate.sprig;

import io.rset.gotemplate.value.GoTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How Go's time locations map onto Java zones in {@link GoTime} values. Go tells its {@code UTC}
 * location (the zero Time's, and the one "Z" and "UTC" parse to) apart from {@code Local} (here UTC
 * too, as the engine runs with TZ=UTC): both print as {@code UTC}, but reflect.DeepEqual sees
 * different locations. So:
 *
 * <ul>
 *   <li>Go's {@code time.UTC} is {@link ZoneOffset#UTC};
 *   <li>Go's {@code time.Local} is the region {@code ZoneId.of("UTC")};
 *   <li>a fixed zone without a name ({@code FixedZone("", off)}) is a {@link ZoneOffset}; Go names
 *       it by its offset ({@code +0200});
 *   <li>the fixed zone {@code GMT} is the region-like {@code ZoneId.of("GMT")}; other named fixed
 *       zones cannot be represented and keep only their offset.
 * </ul>
 */
final class DateZones {
  private DateZones() {}

  /** Go's time.UTC. */
  static final ZoneId UTC = ZoneOffset.UTC;

  /** Go's time.Local under TZ=UTC. */
  static final ZoneId LOCAL = ZoneId.of("UTC");

  /** Go's zero Time, {@code 0001-01-01 00:00:00 +0000 UTC}. */
  static final GoTime ZERO = new GoTime(ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, UTC));

  /** Go's FixedZone(name, offsetSeconds), as far as Java can represent it. */
  static ZoneId fixedZone(String name, int offsetSeconds) {
    if (offsetSeconds == 0 && name.equals("GMT")) {
      return ZoneId.of("GMT");
    }
    if (offsetSeconds < -18 * 3600 || offsetSeconds > 18 * 3600) {
      return null; // beyond java.time's offsets
    }
    return ZoneOffset.ofTotalSeconds(offsetSeconds);
  }
}
