package io.rset.platform.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The build fixtures under {@code src/test/resources/build} and helpers over results. */
final class Fixtures {
  static final Path DIR = Path.of("src/test/resources/build");

  private Fixtures() {}

  static Path dir(String name) {
    return DIR.resolve(name);
  }

  static PlatformBuildOptions options(
      String name, boolean strict, boolean recursive, boolean lenient) {
    Path d = dir(name);
    return new PlatformBuildOptions(d, null, null, strict, recursive, lenient);
  }

  static PlatformBuildResult lenient(String name, boolean strict, boolean recursive) {
    return PlatformBuild.run(options(name, strict, recursive, true));
  }

  static Predicate<PlatformObject> kind(String kind, String name) {
    return o -> kind.equals(o.object().get("kind")) && name.equals(BuildRun.name(o.object()));
  }

  static PlatformObject find(PlatformBuildResult r, String kind, String name) {
    return r.objects().stream()
        .filter(kind(kind, name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> o, Object... path) {
    Object v = o;
    for (Object p : path) {
      v = p instanceof Integer i ? ((List<Object>) v).get(i) : ((Map<String, Object>) v).get(p);
    }
    return v;
  }
}
