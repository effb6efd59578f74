package io.rset.gotemplate.sprig;

import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's reflect.DeepEqual over template values: identical dynamic types, and recursively equal
 * contents; floats compare with == (NaN differs from itself), nil and empty slices and maps differ.
 * Works with a worklist, so deep or cyclic values neither overflow the stack nor loop.
 */
final class ReflectDeepEqual {
  private ReflectDeepEqual() {}

  /** A pair of containers under comparison, by identity. */
  private record Visit(Object a, Object b) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Visit v && v.a == a && v.b == b;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(a) * 31 + System.identityHashCode(b);
    }
  }

  static boolean deepEqual(Object x, Object y) {
    if (x == null || y == null) {
      return x == y;
    }
    Deque<Object[]> work = new ArrayDeque<>();
    Set<Visit> visited = new HashSet<>();
    work.push(new Object[] {x, y});
    while (!work.isEmpty()) {
      Object[] p = work.pop();
      Object a = p[0];
      Object b = p[1];
      // Values inside []interface {} and map[string]interface {} are interfaces: nil only
      // equals nil.
      if (a == null || b == null) {
        if (a != b) {
          return false;
        }
        continue;
      }
      GoType ta = GoType.of(a);
      if (!ta.equals(GoType.of(b))) {
        return false;
      }
      switch (ta.kind()) {
        case SLICE -> {
          if ((a instanceof TypedNil) != (b instanceof TypedNil)) {
            return false;
          }
          List<Object> la = Values.asList(a);
          List<Object> lb = Values.asList(b);
          if (la.size() != lb.size()) {
            return false;
          }
          if (la == lb || !visited.add(new Visit(la, lb))) {
            continue;
          }
          for (int i = la.size() - 1; i >= 0; i--) {
            work.push(new Object[] {la.get(i), lb.get(i)});
          }
        }
        case MAP -> {
          if ((a instanceof TypedNil) != (b instanceof TypedNil)) {
            return false;
          }
          Map<String, Object> ma = Values.asMap(a);
          Map<String, Object> mb = Values.asMap(b);
          if (ma.size() != mb.size()) {
            return false;
          }
          if (ma == mb || !visited.add(new Visit(ma, mb))) {
            continue;
          }
          for (Map.Entry<String, Object> e : ma.entrySet()) {
            if (!mb.containsKey(e.getKey())) {
              return false;
            }
            work.push(new Object[] {e.getValue(), mb.get(e.getKey())});
          }
        }
        default -> {
          if (!scalarEqual(a, b)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Equality of two non-container values of the same type. */
  private static boolean scalarEqual(Object a, Object b) {
    if (a instanceof Double da) {
      return da.doubleValue() == (Double) b;
    }
    if (a instanceof GoInt ia) {
      return ia.value() == ((GoInt) b).value();
    }
    if (a instanceof GoComplex ca) {
      GoComplex cb = (GoComplex) b;
      return ca.real() == cb.real() && ca.imag() == cb.imag();
    }
    if (a instanceof GoTime ta) {
      return timeEqual(ta, (GoTime) b);
    }
    if (a instanceof TypedNil) {
      return b instanceof TypedNil;
    }
    return a.equals(b);
  }

  /**
   * Go compares a Time's fields: the instant and the location pointer. UTC and Local are shared
   * locations; every parsed fixed zone is a location of its own.
   */
  private static boolean timeEqual(GoTime a, GoTime b) {
    if (a == b) {
      return true;
    }
    if (!a.value().toInstant().equals(b.value().toInstant())) {
      return false;
    }
    ZoneId zone = a.value().getZone();
    boolean shared = zone.equals(ZoneOffset.UTC) || zone.equals(DateZones.LOCAL);
    return shared && zone.equals(b.value().getZone());
  }
}
