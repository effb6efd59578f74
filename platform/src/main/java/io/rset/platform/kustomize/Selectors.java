package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Patch targets ({@code types.Selector} with kustomize's SelectorRegex): group, version, kind, name
 * and namespace are anchored regular expressions (empty matches anything); name and namespace match
 * the original or the current value (namespaces by their effective value, "" being "default");
 * label and annotation selectors use the Kubernetes label selector syntax.
 */
final class Selectors {
  private Selectors() {}

  /** A selector that cannot be compiled. */
  static final class SelectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SelectorException(String message) {
      super(message, null, false, false);
    }
  }

  /** What {@link ResMap#select} needs. */
  interface Target {
    boolean matches(Res r);
  }

  /** Compiles a kustomization target. */
  static Target compile(Kustomization.Selector s) {
    Pattern group = regex(s.group());
    Pattern version = regex(s.version());
    Pattern kind = regex(s.kind());
    Pattern name = regex(s.name());
    Pattern namespace = regex(s.namespace());
    LabelSelector labels = LabelSelector.parse(s.labelSelector());
    LabelSelector annotations = LabelSelector.parse(s.annotationSelector());
    return r -> {
      if (r.node == null) {
        return false;
      }
      ResId cur = r.curId();
      ResId org = r.orgId();
      if (namespace != null
          && !namespace.matcher(org.effectiveNamespace()).matches()
          && !namespace.matcher(cur.effectiveNamespace()).matches()) {
        return false;
      }
      if (name != null
          && !name.matcher(org.name()).matches()
          && !name.matcher(cur.name()).matches()) {
        return false;
      }
      if (group != null && !group.matcher(cur.group()).matches()) {
        return false;
      }
      if (version != null && !version.matcher(cur.version()).matches()) {
        return false;
      }
      if (kind != null && !kind.matcher(cur.kind()).matches()) {
        return false;
      }
      return labels.matches(r.labels()) && annotations.matches(r.annotations());
    };
  }

  private static Pattern regex(String p) {
    if (p.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile("(?:" + p + ")");
    } catch (PatternSyntaxException e) {
      throw new SelectorException("error parsing regexp: " + e.getDescription() + ": `" + p + "`");
    }
  }

  /** A Kubernetes label selector (k8s.io/apimachinery labels.Parse). */
  record LabelSelector(List<Requirement> requirements) {
    /** One requirement: key, operator and values. */
    record Requirement(String key, String op, Set<String> values) {
      boolean matches(Map<String, String> labels) {
        boolean has = labels.containsKey(key);
        String v = labels.get(key);
        return switch (op) {
          case "=", "==", "in" -> has && values.contains(v);
          case "!=", "notin" -> !has || !values.contains(v);
          case "exists" -> has;
          case "!" -> !has;
          case "gt", "lt" -> {
            if (!has) {
              yield false;
            }
            Long lv = parseLong(v);
            Long rv = parseLong(values.iterator().next());
            yield lv != null && rv != null && (op.equals("gt") ? lv > rv : lv < rv);
          }
          default -> false;
        };
      }
    }

    boolean matches(Map<String, String> labels) {
      for (Requirement r : requirements) {
        if (!r.matches(labels)) {
          return false;
        }
      }
      return true;
    }

    private static Long parseLong(String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static final Pattern QUALIFIED_NAME =
        Pattern.compile(
            "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
                + "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final Pattern VALUE =
        Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    static LabelSelector parse(String s) {
      List<Requirement> reqs = new ArrayList<>();
      Lexer lx = new Lexer(s);
      if (lx.peek().isEmpty()) {
        return new LabelSelector(reqs);
      }
      while (true) {
        reqs.add(requirement(lx));
        String t = lx.peek();
        if (t.isEmpty()) {
          break;
        }
        if (!t.equals(",")) {
          throw new SelectorException(
              "unable to parse requirement: found '" + t + "', expected: ',' or 'end of string'");
        }
        lx.next();
      }
      return new LabelSelector(reqs);
    }

    private static Requirement requirement(Lexer lx) {
      String t = lx.next();
      boolean not = false;
      if (t.equals("!")) {
        not = true;
        t = lx.next();
      }
      String key = key(t);
      if (not) {
        return new Requirement(key, "!", Set.of());
      }
      String op = lx.peek();
      if (op.isEmpty() || op.equals(",")) {
        return new Requirement(key, "exists", Set.of());
      }
      lx.next();
      switch (op) {
        case "=", "==", "!=", ">", "<" -> {
          String v = lx.peek();
          if (v.isEmpty() || v.equals(",") || isOperator(v)) {
            v = "";
          } else {
            lx.next();
          }
          value(v);
          if (op.equals(">") || op.equals("<")) {
            if (parseLong(v) == null) {
              throw new SelectorException(
                  "unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an"
                      + " integer");
            }
            return new Requirement(key, op.equals(">") ? "gt" : "lt", Set.of(v));
          }
          return new Requirement(key, op, Set.of(v));
        }
        case "in", "notin" -> {
          if (!lx.next().equals("(")) {
            throw new SelectorException(
                "unable to parse requirement: found '" + op + "', expected: '('");
          }
          Set<String> values = new TreeSet<>();
          while (true) {
            String v = lx.peek();
            if (v.equals(")")) {
              lx.next();
              values.add("");
              break;
            }
            if (v.equals(",")) {
              values.add("");
              lx.next();
              continue;
            }
            lx.next();
            values.add(value(v));
            String sep = lx.next();
            if (sep.equals(")")) {
              break;
            }
            if (!sep.equals(",")) {
              throw new SelectorException(
                  "unable to parse requirement: found '" + sep + "', expected: ',' or ')'");
            }
          }
          return new Requirement(key, op, values);
        }
        default ->
            throw new SelectorException(
                "unable to parse requirement: found '"
                    + op
                    + "', expected: in, notin, =, ==, !=, gt, lt");
      }
    }

    private static boolean isOperator(String t) {
      return Set.of("=", "==", "!=", ">", "<", "(", ")", "!").contains(t);
    }

    private static String key(String k) {
      if (k.equals("in") || k.equals("notin")) {
        throw new SelectorException(
            "unable to parse requirement: found '"
                + k
                + "', expected: !, identifier, or 'end of"
                + " string'");
      }
      if (k.isEmpty() || !QUALIFIED_NAME.matcher(k).matches() || k.length() > 316) {
        throw new SelectorException("unable to parse requirement: invalid label key \"" + k + "\"");
      }
      return k;
    }

    private static String value(String v) {
      if (v.length() > 63 || !VALUE.matcher(v).matches()) {
        throw new SelectorException("invalid label value: \"" + v + "\"");
      }
      return v;
    }
  }

  /** The label selector lexer: identifiers, operators, parentheses and commas. */
  private static final class Lexer {
    private final String s;
    private int pos;
    private String peeked;

    Lexer(String s) {
      this.s = s;
    }

    String peek() {
      if (peeked == null) {
        peeked = scan();
      }
      return peeked;
    }

    String next() {
      String t = peek();
      peeked = null;
      return t;
    }

    private String scan() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        return "";
      }
      char c = s.charAt(pos);
      if (c == '(' || c == ')' || c == ',') {
        pos++;
        return String.valueOf(c);
      }
      if (c == '=' || c == '!' || c == '>' || c == '<') {
        int start = pos++;
        if (pos < s.length() && s.charAt(pos) == '=' && (c == '=' || c == '!')) {
          pos++;
        }
        return s.substring(start, pos);
      }
      int start = pos;
      while (pos < s.length()) {
        char d = s.charAt(pos);
        if (Character.isWhitespace(d) || "(),=!><".indexOf(d) >= 0) {
          break;
        }
        pos++;
      }
      return s.substring(start, pos);
    }
  }
}
