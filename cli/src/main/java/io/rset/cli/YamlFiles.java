package io.rset.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads UTF-8 text files and YAML/JSON documents, turning every failure into a {@link CliException}
 * that names the file (and line and column for YAML syntax errors).
 *
 * <p>YAML is read with the YAML 1.2 core schema (snakeyaml-engine): {@code yes}/{@code on} are
 * strings, integers are Integer/Long/BigInteger, floats Double; JSON is valid YAML 1.2.
 */
final class YamlFiles {
  /** Largest YAML document accepted, in code points. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private YamlFiles() {}

  /** Reads a whole file as UTF-8 text; {@code -} reads stdin. */
  static String readText(String path, InputStream stdin) {
    try {
      byte[] bytes = path.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(path));
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new CliException(displayName(path) + ": no such file");
    } catch (CharacterCodingException e) {
      throw new CliException(displayName(path) + ": not valid UTF-8 text");
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (Files.isDirectory(Path.of(path))) {
        why = "is a directory";
      }
      throw new CliException(displayName(path) + ": cannot read: " + why);
    }
  }

  /** The name shown for path in messages. */
  static String displayName(String path) {
    return path.equals("-") ? "<stdin>" : path;
  }

  /** Parses one YAML (or JSON) document; an empty document is null. */
  static Object parse(String text, String displayName) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(displayName).setCodePointLimit(MAX_CODE_POINTS).build();
    try {
      return new Load(settings).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      throw new CliException(describe(e, displayName), e);
    } catch (YamlEngineException e) {
      throw new CliException(displayName + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code FILE:LINE:COL: problem}, followed by the context that explains it ({@code while parsing
   * a flow sequence started at 4:12}) when it is elsewhere; line and column are 1-based.
   */
  private static String describe(MarkedYamlEngineException e, String displayName) {
    Mark problemMark = e.getProblemMark().orElse(null);
    Mark contextMark = e.getContextMark().orElse(null);
    String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
    StringBuilder sb = new StringBuilder(displayName);
    Mark at = problemMark != null ? problemMark : contextMark;
    if (at != null) {
      sb.append(':').append(position(at));
    }
    sb.append(": ").append(problem);
    if (e.getProblem() != null && e.getContext() != null) {
      sb.append(" (").append(e.getContext());
      if (contextMark != null && !position(contextMark).equals(position(at))) {
        sb.append(" started at ").append(position(contextMark));
      }
      sb.append(')');
    }
    return sb.toString();
  }

  private static String position(Mark m) {
    return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
  }
}
