package io.rset.gotemplate.value;

import java.time.ZonedDateTime;

/** A Go {@code time.Time}. */
public record GoTime(ZonedDateTime value) implements GoValue {
  @Override
  public GoType goType() {
    return GoType.TIME;
  }
}
