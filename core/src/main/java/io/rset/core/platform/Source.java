package io.rset.core.platform;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of one file a build reads, already in memory.
 *
 * @param name the path as the user gave it ({@code -} for stdin), used in messages and positions
 * @param text the whole content
 */
public record Source(String name, String text) {
  public Source {
    if (name == null || text == null) {
      throw new IllegalArgumentException("source name and text must not be null");
    }
  }

  /**
   * Reads the ResourceSet manifest as {@code flux-operator build rset -f} does (spec §6.2 step 1).
   *
   * @throws BuildFailure {@code invalid filename '<path>', must point to an existing file} when it
   *     does not exist, {@code error reading file: …} when it cannot be read
   */
  public static Source readManifest(String path) {
    if (!Files.exists(Path.of(path))) {
      throw new BuildFailure(
          "invalid filename '" + path + "', must point to an existing file", null);
    }
    return readFile(path, "error reading file");
  }

  /**
   * Reads a file, failing with Go's {@code os.ReadFile} wording after {@code prefix}: {@code
   * <prefix>: open <path>: no such file or directory}, {@code <prefix>: read <path>: is a
   * directory}.
   */
  public static Source readFile(String path, String prefix) {
    Path p = Path.of(path);
    try {
      return new Source(path, decode(Files.readAllBytes(p)));
    } catch (NoSuchFileException e) {
      throw new BuildFailure(prefix + ": open " + path + ": no such file or directory", null);
    } catch (CharacterCodingException e) {
      throw new BuildFailure(prefix + ": " + path + ": not valid UTF-8 text", null);
    } catch (IOException e) {
      if (Files.isDirectory(p)) {
        throw new BuildFailure(prefix + ": read " + path + ": is a directory", null);
      }
      throw new BuildFailure(prefix + ": open " + path + ": " + e.getMessage(), null);
    }
  }

  /**
   * Standard input as {@code build rset -f -} takes it: trailing {@code \r} and {@code \n}
   * characters are removed.
   */
  public static Source stdin(byte[] bytes) {
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      throw new BuildFailure("error reading file: <stdin>: not valid UTF-8 text", null);
    }
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return new Source("-", text.substring(0, end));
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
