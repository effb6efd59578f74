package io.rset.platform.kustomize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps track of which generator entry produced which data key of which generated resource, across
 * merges and replacements, so the final {@link GeneratorEntry} list names the object and key as
 * they appear in the output.
 */
final class Generated {
  /** One data key of one generator, pointing at the resource currently holding it. */
  private static final class Entry {
    final String kind;
    final String generatorName;
    final String key;
    final Path sourceFile;
    final Path kustomizationFile;
    final int line;
    final int column;
    Res res;

    Entry(
        String kind,
        String generatorName,
        String key,
        Path sourceFile,
        Path kustomizationFile,
        int line,
        int column,
        Res res) {
      this.kind = kind;
      this.generatorName = generatorName;
      this.key = key;
      this.sourceFile = sourceFile;
      this.kustomizationFile = kustomizationFile;
      this.line = line;
      this.column = column;
      this.res = res;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  void add(
      String kind,
      String generatorName,
      String key,
      Path sourceFile,
      Path kustomizationFile,
      int line,
      int column,
      Res res) {
    entries.add(
        new Entry(kind, generatorName, key, sourceFile, kustomizationFile, line, column, res));
  }

  /**
   * A generated resource replaced {@code old}: with merge, the old keys the new one does not set
   * move to it; with replace, they are gone.
   */
  void replaced(Res old, Res neu, boolean merge) {
    Set<String> newKeys = new java.util.HashSet<>();
    for (Entry e : entries) {
      if (e.res == neu) {
        newKeys.add(e.key);
      }
    }
    entries.removeIf(e -> e.res == old && (!merge || newKeys.contains(e.key)));
    for (Entry e : entries) {
      if (e.res == old) {
        e.res = neu;
      }
    }
  }

  /** Resources deep-copied by a patch keep their entries. */
  void moved(Res from, Res to) {
    for (Entry e : entries) {
      if (e.res == from) {
        e.res = to;
      }
    }
  }

  /** The entries of resources in the final output, with their final names and namespaces. */
  List<GeneratorEntry> finish(List<Res> output) {
    Map<Res, Boolean> present = new IdentityHashMap<>();
    for (Res r : output) {
      present.put(r, true);
    }
    List<GeneratorEntry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!present.containsKey(e.res)) {
        continue;
      }
      String ns = e.res.namespace();
      out.add(
          new GeneratorEntry(
              e.kind,
              e.generatorName,
              e.res.name(),
              ns.isEmpty() ? null : ns,
              e.key,
              e.sourceFile,
              e.kustomizationFile,
              e.line,
              e.column));
    }
    return out;
  }
}
