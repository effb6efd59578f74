package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.value.GoType.BOOL;
import static io.rset.gotemplate.value.GoType.MAP_STRING_INTERFACE;
import static io.rset.gotemplate.value.GoType.STRING;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * slim-sprig's path functions (Go's path package; the os* variants are path/filepath, identical on
 * Linux) and urlParse / urlJoin (net/url).
 */
final class SprigPathsUrls {
  private SprigPathsUrls() {}

  static List<GoFunction> functions(Limits limits) {
    List<GoType> s = List.of(STRING);
    List<GoFunction> fns = new ArrayList<>();
    for (String prefix : List.of("", "os")) {
      fns.add(GoFunction.of(name(prefix, "base"), STRING, s, a -> PathGo.base((String) a[0])));
      fns.add(GoFunction.of(name(prefix, "clean"), STRING, s, a -> PathGo.clean((String) a[0])));
      fns.add(GoFunction.of(name(prefix, "dir"), STRING, s, a -> PathGo.dir((String) a[0])));
      fns.add(GoFunction.of(name(prefix, "ext"), STRING, s, a -> PathGo.ext((String) a[0])));
      fns.add(GoFunction.of(name(prefix, "isAbs"), BOOL, s, a -> PathGo.isAbs((String) a[0])));
    }
    fns.add(GoFunction.of("urlParse", MAP_STRING_INTERFACE, s, a -> urlParse((String) a[0])));
    fns.add(
        GoFunction.of("urlJoin", STRING, List.of(MAP_STRING_INTERFACE), a -> urlJoin(asMap(a[0]))));
    return fns;
  }

  private static String name(String prefix, String fn) {
    return prefix.isEmpty() ? fn : prefix + Character.toUpperCase(fn.charAt(0)) + fn.substring(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  static Map<String, Object> urlParse(String v) throws FuncException {
    PathUrl.Url u;
    try {
      u = PathUrl.parse(v);
    } catch (PathUrl.UrlError e) {
      throw new FuncException("unable to parse url: " + e.getMessage());
    }
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("scheme", u.scheme);
    dict.put("host", u.host);
    dict.put("hostname", u.hostname());
    dict.put("path", u.path);
    dict.put("query", u.rawQuery);
    dict.put("opaque", u.opaque);
    dict.put("fragment", u.fragment);
    dict.put("userinfo", u.user == null ? "" : u.user.encoded());
    return dict;
  }

  static String urlJoin(Map<String, Object> d) throws FuncException {
    PathUrl.Url u = new PathUrl.Url();
    u.scheme = dictGetOrEmpty(d, "scheme");
    u.host = dictGetOrEmpty(d, "host");
    u.path = dictGetOrEmpty(d, "path");
    u.rawQuery = dictGetOrEmpty(d, "query");
    u.opaque = dictGetOrEmpty(d, "opaque");
    u.fragment = dictGetOrEmpty(d, "fragment");
    String userinfo = dictGetOrEmpty(d, "userinfo");
    if (!userinfo.isEmpty()) {
      try {
        u.user = PathUrl.parse("proto://" + userinfo + "@host").user;
      } catch (PathUrl.UrlError e) {
        throw new FuncException("unable to parse userinfo in dict: " + e.getMessage());
      }
    }
    return u.toString();
  }

  private static String dictGetOrEmpty(Map<String, Object> dict, String key) throws FuncException {
    if (!dict.containsKey(key)) {
      return "";
    }
    Object value = dict.get(key);
    if (!(value instanceof String str)) {
      throw new FuncException(
          "unable to parse "
              + key
              + " key, must be of type string, but "
              + kindName(value)
              + " found");
    }
    return str;
  }

  /** reflect.TypeOf(value).Kind().String(); a nil value makes Go panic with a nil dereference. */
  private static String kindName(Object value) throws FuncException {
    if (value == null) {
      throw new FuncException("runtime error: invalid memory address or nil pointer dereference");
    }
    return GoType.of(value).kind().goName();
  }
}
