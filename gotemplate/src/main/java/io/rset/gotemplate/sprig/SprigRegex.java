package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.value.GoType.BOOL;
import static io.rset.gotemplate.value.GoType.INT;
import static io.rset.gotemplate.value.GoType.SLICE_STRING;
import static io.rset.gotemplate.value.GoType.STRING;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import java.util.ArrayList;
import java.util.List;

/**
 * slim-sprig's regular expression functions over {@link RegexGo}, a Go RE2-compatible engine. The
 * plain variants panic on a bad pattern as Go's regexp.MustCompile does (regexMatch returns false);
 * the must variants return the compile error.
 */
final class SprigRegex {
  private SprigRegex() {}

  static List<GoFunction> functions(Limits limits) {
    int max = limits.maxListSize();
    List<GoFunction> fns = new ArrayList<>();
    var two = List.of(STRING, STRING);
    var three = List.of(STRING, STRING, STRING);
    var withN = List.of(STRING, STRING, INT);

    fns.add(
        GoFunction.of(
            "regexMatch",
            BOOL,
            two,
            a -> {
              try {
                return RegexGo.compile(str(a[0])).matches(str(a[1]));
              } catch (RegexSyntaxError e) {
                return false;
              }
            }));
    fns.add(GoFunction.ofErr("mustRegexMatch", BOOL, two, a -> compile(a[0]).matches(str(a[1]))));
    fns.add(
        GoFunction.of(
            "regexFindAll",
            SLICE_STRING,
            withN,
            a -> strings(mustCompile(a[0]).findAllString(str(a[1]), count(a[2])))));
    fns.add(
        GoFunction.ofErr(
            "mustRegexFindAll",
            SLICE_STRING,
            withN,
            a -> strings(compile(a[0]).findAllString(str(a[1]), count(a[2])))));
    fns.add(GoFunction.of("regexFind", STRING, two, a -> mustCompile(a[0]).findString(str(a[1]))));
    fns.add(
        GoFunction.ofErr("mustRegexFind", STRING, two, a -> compile(a[0]).findString(str(a[1]))));
    fns.add(
        GoFunction.of(
            "regexReplaceAll",
            STRING,
            three,
            a -> mustCompile(a[0]).replaceAll(str(a[1]), str(a[2]), false, max)));
    fns.add(
        GoFunction.ofErr(
            "mustRegexReplaceAll",
            STRING,
            three,
            a -> compile(a[0]).replaceAll(str(a[1]), str(a[2]), false, max)));
    fns.add(
        GoFunction.of(
            "regexReplaceAllLiteral",
            STRING,
            three,
            a -> mustCompile(a[0]).replaceAll(str(a[1]), str(a[2]), true, max)));
    fns.add(
        GoFunction.ofErr(
            "mustRegexReplaceAllLiteral",
            STRING,
            three,
            a -> compile(a[0]).replaceAll(str(a[1]), str(a[2]), true, max)));
    fns.add(
        GoFunction.of(
            "regexSplit",
            SLICE_STRING,
            withN,
            a -> strings(mustCompile(a[0]).split(str(a[1]), count(a[2])))));
    fns.add(
        GoFunction.ofErr(
            "mustRegexSplit",
            SLICE_STRING,
            withN,
            a -> strings(compile(a[0]).split(str(a[1]), count(a[2])))));
    fns.add(
        GoFunction.of(
            "regexQuoteMeta", STRING, List.of(STRING), a -> RegexGo.quoteMeta(str(a[0]))));
    return fns;
  }

  private static String str(Object o) {
    return (String) o;
  }

  /** A Go int count; beyond the int range it behaves as "all". */
  private static int count(Object o) {
    long n = ((GoInt) o).value();
    return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
  }

  /** A []string result; null stands for Go's nil slice. */
  private static Object strings(List<String> l) {
    return l == null ? null : GoSlice.ofStrings(l);
  }

  /** regexp.Compile: the error is returned (must variants). */
  private static RegexGo compile(Object pattern) throws FuncException {
    try {
      return RegexGo.compile(str(pattern));
    } catch (RegexSyntaxError e) {
      throw new FuncException(e.getMessage());
    }
  }

  /** regexp.MustCompile: the panic text names the pattern. */
  private static RegexGo mustCompile(Object pattern) throws FuncException {
    String expr = str(pattern);
    try {
      return RegexGo.compile(expr);
    } catch (RegexSyntaxError e) {
      throw new FuncException("regexp: Compile(" + quote(expr) + "): " + e.getMessage());
    }
  }

  /** regexp's quote: backquoted when strconv.CanBackquote, else strconv.Quote. */
  private static String quote(String s) {
    boolean canBackquote = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < ' ' && c != '\t') || c == '`' || c == 0x7F || c == '\uFEFF') {
        canBackquote = false;
        break;
      }
    }
    return canBackquote ? "`" + s + "`" : GoStrconv.quote(s);
  }
}
