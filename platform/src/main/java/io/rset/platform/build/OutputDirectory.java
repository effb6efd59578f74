package io.rset.platform.build;

import io.rset.core.yaml.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code rset platform build --out DIR}: one YAML file per object.
 *
 * <p>Names: {@code <kind>-<namespace>-<name>.yaml}, or {@code <kind>-<name>.yaml} for an object
 * without namespace; the kind is lower-cased and every character other than {@code a-z0-9._-}
 * becomes {@code _}. When two objects get the same name (the same kind, namespace and name in two
 * API groups, or an object rendered twice), the later ones get {@code -2}, {@code -3}, … before
 * {@code .yaml}.
 *
 * <p>Safety: the directory must be missing, empty, or hold a {@value #MARKER} file from an earlier
 * run; then the files listed in the marker are replaced and nothing else in the directory is
 * touched. Each file is written to a temporary file in the directory and moved into place
 * atomically; the marker is written last.
 */
public final class OutputDirectory {
  /** Lists the files an earlier run wrote. */
  public static final String MARKER = ".rset-platform-build";

  private OutputDirectory() {}

  /** A directory that cannot be written. */
  public static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Writes the objects.
   *
   * @return the file names written, in object order
   * @throws OutputException when the directory holds unrelated files or cannot be written
   */
  public static List<String> write(Path dir, List<PlatformObject> objects) {
    try {
      Files.createDirectories(dir);
      Path marker = dir.resolve(MARKER);
      Set<String> previous = new HashSet<>();
      if (Files.exists(marker)) {
        previous.addAll(Files.readAllLines(marker, StandardCharsets.UTF_8));
      } else {
        try (Stream<Path> s = Files.list(dir)) {
          if (s.findAny().isPresent()) {
            throw new OutputException(
                dir
                    + ": directory is not empty and was not written by rset platform build (no "
                    + MARKER
                    + "); refusing to write into it",
                null);
          }
        }
      }
      List<String> names = new ArrayList<>(objects.size());
      Set<String> used = new HashSet<>();
      for (PlatformObject o : objects) {
        String base = fileBase(o.object());
        String name = base + ".yaml";
        for (int i = 2; !used.add(name); i++) {
          name = base + "-" + i + ".yaml";
        }
        names.add(name);
        writeAtomically(dir, name, YamlWriter.toYaml(o.object()));
      }
      for (String old : previous) {
        if (!old.isBlank() && !used.contains(old) && isPlainName(old)) {
          Files.deleteIfExists(dir.resolve(old));
        }
      }
      writeAtomically(dir, MARKER, String.join("\n", names) + "\n");
      return names;
    } catch (IOException e) {
      throw new OutputException(dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code <kind>-<namespace>-<name>} or {@code <kind>-<name>}, sanitised. */
  static String fileBase(Map<String, Object> o) {
    String kind = String.valueOf(o.get("kind")).toLowerCase(Locale.ROOT);
    String ns = BuildRun.namespace(o);
    String name = BuildRun.name(o);
    return sanitize(ns.isEmpty() ? kind + "-" + name : kind + "-" + ns + "-" + name);
  }

  private static String sanitize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
      b.append(ok ? c : '_');
    }
    return b.toString();
  }

  private static boolean isPlainName(String name) {
    return !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
  }

  private static void writeAtomically(Path dir, String name, String text) throws IOException {
    Path tmp = Files.createTempFile(dir, ".rset-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp,
            dir.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
