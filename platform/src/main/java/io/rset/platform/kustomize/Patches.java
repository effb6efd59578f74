package io.rset.platform.kustomize;

/** Placeholder, replaced below. */
final class Patches {
  Patches(Kustomization k, Loader loader, KustTarget.Build build) {}

  void legacyStrategicMerge(ResMap m) {}

  void patches(ResMap m) {}

  void legacyJson6902(ResMap m) {}
}
