package io.rset.platform.validate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Rule#DUPLICATE_YAML_KEY}: every {@code *.yaml}/{@code *.yml} file under the platform
 * directory (hidden directories such as {@code .git} skipped) through {@link DuplicateKeyScanner}.
 */
final class DuplicateKeyCheck implements Check {
  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    for (Path file : yamlFiles(ctx.dir())) {
      SourceFile f = ctx.source(file);
      if (f == null) {
        continue;
      }
      for (DuplicateKeyScanner.Duplicate d : DuplicateKeyScanner.scan(f.text())) {
        out.add(
            Finding.of(
                Rule.DUPLICATE_YAML_KEY,
                new Location(file, d.line(), d.column()),
                "duplicate key \""
                    + d.key()
                    + "\" (first at line "
                    + d.firstLine()
                    + ":"
                    + d.firstColumn()
                    + "); Flux's strict decoder rejects the file: key \""
                    + d.key()
                    + "\" already set in map",
                "remove one of the two entries (lines "
                    + d.firstLine()
                    + " and "
                    + d.line()
                    + ") or merge them"));
      }
    }
  }

  /** The YAML files under {@code dir}, sorted; hidden directories are not entered. */
  static List<Path> yamlFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
              return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              String n = f.getFileName().toString();
              if (a.isRegularFile() && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
                out.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // an unreadable directory has no files to check
    }
    out.sort(null);
    return out;
  }
}
