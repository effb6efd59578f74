package io.rset.core.inputs;

import io.rset.core.model.LabelSelector;
import io.rset.gotemplate.fmt.GoStrconv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Kubernetes label selectors ({@code metav1.LabelSelectorAsSelector}): validation with the
 * apimachinery error texts, then matching. An empty selector matches everything.
 */
public final class LabelSelectors {
  private static final String QNAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern QNAME = Pattern.compile("^" + QNAME_FMT + "$");
  private static final String QNAME_MSG =
      "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character";
  private static final String LABEL_VALUE_FMT = "(" + QNAME_FMT + ")?";
  private static final Pattern LABEL_VALUE = Pattern.compile("^" + LABEL_VALUE_FMT + "$");
  private static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
          + " '.', and must start and end with an alphanumeric character";
  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN_FMT =
      DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
  private static final String DNS1123_SUBDOMAIN_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
          + " '.', and must start and end with an alphanumeric character";

  private LabelSelectors() {}

  /**
   * Validates {@code selector} and returns its matcher over label maps.
   *
   * @throws InputException with the apimachinery message, e.g. {@code "Foo" is not a valid label
   *     selector operator}
   */
  public static Predicate<Map<String, String>> compile(LabelSelector selector) {
    if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
      return labels -> true;
    }
    List<Predicate<Map<String, String>>> reqs = new ArrayList<>();
    // Go iterates the map in random order; sorted keys make the first error deterministic
    for (Map.Entry<String, String> e : new TreeMap<>(selector.matchLabels()).entrySet()) {
      reqs.add(requirement(e.getKey(), "=", List.of(e.getValue())));
    }
    for (LabelSelector.Requirement r : selector.matchExpressions()) {
      String op =
          switch (r.operator()) {
            case "In" -> "in";
            case "NotIn" -> "notin";
            case "Exists" -> "exists";
            case "DoesNotExist" -> "!";
            default ->
                throw new InputException(
                    GoStrconv.quote(r.operator()) + " is not a valid label selector operator");
          };
      reqs.add(requirement(r.key(), op, r.values()));
    }
    return labels -> reqs.stream().allMatch(p -> p.test(labels));
  }

  private static Predicate<Map<String, String>> requirement(
      String key, String op, List<String> values) {
    List<String> errors = new ArrayList<>();
    List<String> keyErrs = qualifiedNameErrors(key);
    if (!keyErrs.isEmpty()) {
      errors.add("key: Invalid value: " + GoStrconv.quote(key) + ": " + String.join("; ", keyErrs));
    }
    switch (op) {
      case "in", "notin" -> {
        if (values.isEmpty()) {
          errors.add(
              "values: Invalid value: "
                  + goSyntax(values)
                  + ": for 'in', 'notin' operators, values set can't be empty");
        }
      }
      case "=" -> {
        if (values.size() != 1) {
          errors.add(
              "values: Invalid value: "
                  + goSyntax(values)
                  + ": exact-match compatibility requires one single value");
        }
      }
      default -> {
        if (!values.isEmpty()) {
          errors.add(
              "values: Invalid value: "
                  + goSyntax(values)
                  + ": values set must be empty for exists and does not exist");
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      List<String> valueErrs = labelValueErrors(values.get(i));
      if (!valueErrs.isEmpty()) {
        errors.add(
            "values["
                + i
                + "]["
                + key
                + "]: Invalid value: "
                + GoStrconv.quote(values.get(i))
                + ": "
                + String.join("; ", valueErrs));
      }
    }
    if (!errors.isEmpty()) {
      throw new InputException(aggregate(errors));
    }
    Set<String> set = Set.copyOf(values);
    return switch (op) {
      case "=", "in" -> labels -> labels.containsKey(key) && set.contains(labels.get(key));
      case "notin" -> labels -> !labels.containsKey(key) || !set.contains(labels.get(key));
      case "exists" -> labels -> labels.containsKey(key);
      default -> labels -> !labels.containsKey(key);
    };
  }

  /** apimachinery's aggregate error text: one message as is, several as {@code [a, b]}. */
  private static String aggregate(List<String> errors) {
    Set<String> unique = new LinkedHashSet<>(errors);
    return unique.size() == 1 ? errors.get(0) : "[" + String.join(", ", unique) + "]";
  }

  /**
   * The values as Go's {@code %#v} prints a {@code []string}: {@code []string(nil)} when empty (the
   * selector conversion drops empty lists), else {@code []string{"a", "b"}}.
   */
  private static String goSyntax(List<String> values) {
    if (values.isEmpty()) {
      return "[]string(nil)";
    }
    StringBuilder sb = new StringBuilder("[]string{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(GoStrconv.quote(values.get(i)));
    }
    return sb.append('}').toString();
  }

  private static int byteLength(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String regexError(String msg, String fmt, String... examples) {
    StringBuilder sb = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        sb.append(" or ");
      }
      sb.append('\'').append(examples[i]).append("', ");
    }
    return sb.append("regex used for validation is '").append(fmt).append("')").toString();
  }

  /** apimachinery validation.IsQualifiedName. */
  static List<String> qualifiedNameErrors(String value) {
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errs.add("prefix part must be non-empty");
      } else {
        if (byteLength(prefix) > 253) {
          errs.add("prefix part must be no more than 253 characters");
        }
        if (!DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
          errs.add(
              "prefix part "
                  + regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
        }
      }
    } else {
      errs.add(
          "a qualified name "
              + regexError(QNAME_MSG, QNAME_FMT, "MyName", "my.name", "123-abc")
              + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    if (name.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (byteLength(name) > 63) {
      errs.add("name part must be no more than 63 characters");
    }
    if (!QNAME.matcher(name).matches()) {
      errs.add("name part " + regexError(QNAME_MSG, QNAME_FMT, "MyName", "my.name", "123-abc"));
    }
    return errs;
  }

  /** apimachinery validation.IsValidLabelValue. */
  static List<String> labelValueErrors(String value) {
    List<String> errs = new ArrayList<>();
    if (byteLength(value) > 63) {
      errs.add("must be no more than 63 characters");
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errs.add(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errs;
  }
}
