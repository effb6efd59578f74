package io.rset.platform.substitute;

import io.rset.gotemplate.fmt.GoStrconv;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An env file read the way kustomize reads {@code configMapGenerator.envs} (kubectl v1.32,
 * kustomize api {@code kv.keyValuesFromLines}), which is how a {@code versions.env} reaches Flux
 * through a generated ConfigMap: lines split on {@code \n} (a trailing {@code \r} dropped), a UTF-8
 * BOM dropped from the first line, leading white space trimmed, empty lines and lines starting with
 * {@code #} skipped, then split at the first {@code =}: the key is everything before it (not
 * trimmed), the value everything after (not trimmed, quotes kept); a line without {@code =} is a
 * key with an empty value.
 */
public final class EnvFile {
  private EnvFile() {}

  /**
   * Reads the variables of {@code file} in order.
   *
   * @throws VarsException naming the file (and line for invalid UTF-8)
   */
  public static List<VarEntry> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new VarsException("open " + file + ": no such file or directory", file, 0);
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "is a directory" : String.valueOf(e.getMessage());
      throw new VarsException("read " + file + ": " + why, file, 0);
    }
    return parse(bytes, file);
  }

  /** Parses env-file bytes; {@code file} is only used in entries and messages. */
  public static List<VarEntry> parse(byte[] bytes, Path file) {
    List<VarEntry> out = new ArrayList<>();
    int lineNo = 0;
    int i = 0;
    while (i < bytes.length) {
      int nl = indexOf(bytes, (byte) '\n', i);
      int end = nl < 0 ? bytes.length : nl;
      int contentEnd = end > i && bytes[end - 1] == '\r' ? end - 1 : end;
      int from = i;
      i = nl < 0 ? bytes.length : nl + 1;
      lineNo++;
      if (lineNo == 1
          && contentEnd - from >= 3
          && (bytes[from] & 0xFF) == 0xEF
          && (bytes[from + 1] & 0xFF) == 0xBB
          && (bytes[from + 2] & 0xFF) == 0xBF) {
        from += 3;
      }
      String line;
      try {
        line =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, contentEnd - from))
                .toString();
      } catch (CharacterCodingException e) {
        throw new VarsException("line " + (lineNo - 1) + " has invalid utf8 bytes", file, lineNo);
      }
      line = trimLeftSpace(line);
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      String value = eq < 0 ? "" : line.substring(eq + 1);
      out.add(new VarEntry(key, value, file, lineNo));
    }
    return out;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Go's {@code TrimLeftFunc(line, unicode.IsSpace)}. */
  private static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      int r = s.codePointAt(i);
      if (!GoStrconv.isSpace(r)) {
        break;
      }
      i += Character.charCount(r);
    }
    return s.substring(i);
  }
}
