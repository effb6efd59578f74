package io.rset.core.model;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Test scaffolding: builds positioned YamlNode trees from YAML text with a simplified YAML 1.1
 * scalar resolution (enough for manifests in tests). Not the product reader.
 */
public final class TestYaml {
  private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9]*([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+");
  private static final Pattern BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");

  private TestYaml() {}

  /** All documents of {@code text}. */
  public static List<YamlNode> docs(String file, String text) {
    LoadSettings settings = LoadSettings.builder().build();
    Composer c = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
    List<YamlNode> out = new ArrayList<>();
    while (c.hasNext()) {
      out.add(convert(file, c.next()));
    }
    return out;
  }

  /** The first document of {@code text}. */
  public static YamlNode doc(String file, String text) {
    return docs(file, text).get(0);
  }

  private static Position pos(String file, Node n) {
    var m = n.getStartMark().orElseThrow();
    return new Position(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private static YamlNode convert(String file, Node n) {
    if (n instanceof MappingNode m) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Position> keys = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        YamlScalar k = (YamlScalar) convert(file, t.getKeyNode());
        String key = String.valueOf(k.value());
        entries.put(key, convert(file, t.getValueNode()));
        keys.put(key, k.pos());
      }
      return new YamlMap(pos(file, n), entries, keys);
    }
    if (n instanceof SequenceNode s) {
      List<YamlNode> items = new ArrayList<>();
      s.getValue().forEach(i -> items.add(convert(file, i)));
      return new YamlSeq(pos(file, n), items);
    }
    ScalarNode s = (ScalarNode) n;
    String v = s.getValue();
    Object value = v;
    if (s.isPlain()) {
      if (v.isEmpty()
          || v.equals("~")
          || v.equals("null")
          || v.equals("Null")
          || v.equals("NULL")) {
        value = null;
      } else if (BOOL.matcher(v).matches()) {
        value = "yYtTOo".indexOf(v.charAt(0)) >= 0 && !v.equalsIgnoreCase("off");
      } else if (INT.matcher(v).matches()) {
        try {
          value = Long.parseLong(v);
        } catch (NumberFormatException e) {
          value = Double.parseDouble(v);
        }
      } else if (FLOAT.matcher(v).matches() && !v.equals(".")) {
        double d = Double.parseDouble(v.replace("_", ""));
        value = d == Math.rint(d) && Math.abs(d) < 9.2e18 ? (Object) (long) d : (Object) d;
      }
    }
    return new YamlScalar(pos(file, n), value, v);
  }
}
