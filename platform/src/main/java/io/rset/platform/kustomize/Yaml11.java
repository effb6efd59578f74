package io.rset.platform.kustomize;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import java.util.Set;
import java.util.regex.Pattern;

/** kyaml's IsValueNonString: whether a text read as a YAML 1.1 document is not a string. */
final class Yaml11 {
  private Yaml11() {}

  private static final YamlReader READER = new YamlReader();

  /** Texts that cannot be anything but a string: a letter, then name characters. */
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z][A-Za-z0-9_./-]*");

  private static final Set<String> WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE", "n", "N", "no",
          "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE", "null", "Null", "NULL");

  static boolean isNonString(String value) {
    if (value.isEmpty() || value.indexOf('\n') >= 0) {
      return false;
    }
    if (SIMPLE.matcher(value).matches()) {
      return WORDS.contains(value);
    }
    try {
      YamlNode n = READER.readSingle("value", value);
      return !(n instanceof YamlScalar s && s.value() instanceof String);
    } catch (YamlException e) {
      return false;
    }
  }
}
