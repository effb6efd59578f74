package io.rset.platform.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A text file of the platform directory, read whole: its path relative to the directory (used in
 * messages and diffs) and, for YAML, its documents as plain values (read as Flux reads them) and as
 * position trees.
 */
final class PlatformFile {
  private final Path path;
  private final TextDoc doc;
  private List<Object> values;
  private List<Node> nodes;

  private PlatformFile(Path path, TextDoc doc) {
    this.path = path;
    this.doc = doc;
  }

  /**
   * Reads {@code dir/relative}.
   *
   * @return null when the file does not exist
   * @throws EditException when it cannot be read or is not UTF-8
   */
  static PlatformFile readIfExists(Path dir, String relative) {
    Path p = dir.resolve(relative);
    if (!Files.exists(p)) {
      return null;
    }
    return new PlatformFile(p, new TextDoc(relative, readText(p, relative)));
  }

  /** Reads {@code dir/relative}, which must exist. */
  static PlatformFile read(Path dir, String relative, String why) {
    PlatformFile f = readIfExists(dir, relative);
    if (f == null) {
      throw new EditException(dir.resolve(relative) + ": no such file (" + why + ")");
    }
    return f;
  }

  /** A file's text, strictly UTF-8. */
  static String readText(Path p, String shown) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new EditException(shown + ": no such file");
    } catch (CharacterCodingException e) {
      throw new EditException(shown + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new EditException(shown + ": cannot read: " + e.getMessage(), e);
    }
  }

  Path path() {
    return path;
  }

  String name() {
    return doc.name();
  }

  TextDoc doc() {
    return doc;
  }

  String text() {
    return doc.text();
  }

  /** The YAML documents as plain values (read as Flux reads them; errors name file:line:col). */
  List<Object> values() {
    if (values == null) {
      values = EditCheck.read(doc.name(), doc.text());
    }
    return values;
  }

  /** The YAML documents as position trees, one per value of {@link #values()}. */
  List<Node> nodes() {
    if (nodes == null) {
      List<Node> n = YamlTree.read(doc);
      if (n.size() != values().size()) {
        throw new EditException(
            doc.name()
                + ": the file has "
                + values().size()
                + " YAML documents for Flux but "
                + n.size()
                + " for the YAML 1.2 parser; edit it by hand");
      }
      nodes = n;
    }
    return nodes;
  }
}
