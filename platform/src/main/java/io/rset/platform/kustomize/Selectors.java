package io.rset.platform.kustomize;

/** Placeholder, replaced below. */
final class Selectors {
  interface Target {
    boolean matches(Res r);
  }
}
