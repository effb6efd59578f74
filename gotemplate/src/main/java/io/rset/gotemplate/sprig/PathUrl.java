package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoStrconv;
import java.nio.charset.StandardCharsets;

/**
 * The parts of Go's net/url that urlParse and urlJoin use: Parse (with its error texts), the URL
 * fields, Hostname, Userinfo.String and URL.String. Escaping works on UTF-8 bytes as in Go.
 */
final class PathUrl {
  private PathUrl() {}

  /** A parse failure, with the text of Go's error. */
  static final class UrlError extends Exception {
    private static final long serialVersionUID = 1L;

    UrlError(String message) {
      super(message, null, false, false);
    }
  }

  /** Go's url.Userinfo. */
  record User(String username, String password, boolean passwordSet) {
    /** Userinfo.String: the escaped "username[:password]". */
    String encoded() {
      String s = escape(username, Mode.USER_PASSWORD);
      if (passwordSet) {
        s += ":" + escape(password, Mode.USER_PASSWORD);
      }
      return s;
    }
  }

  /** Go's url.URL, mutable as in Go while parsing. */
  static final class Url {
    String scheme = "";
    String opaque = "";
    User user;
    String host = "";
    String path = "";
    String rawPath = "";
    boolean forceQuery;
    String rawQuery = "";
    String fragment = "";
    String rawFragment = "";

    /** URL.Hostname: the host without a valid port and without IPv6 brackets. */
    String hostname() {
      String h = host;
      int colon = h.lastIndexOf(':');
      if (colon != -1 && validOptionalPort(h.substring(colon))) {
        h = h.substring(0, colon);
      }
      if (h.startsWith("[") && h.endsWith("]")) {
        h = h.substring(1, h.length() - 1);
      }
      return h;
    }

    /** URL.EscapedPath. */
    String escapedPath() {
      if (!rawPath.isEmpty() && validEncoded(rawPath, Mode.PATH)) {
        try {
          if (unescape(rawPath, Mode.PATH).equals(path)) {
            return rawPath;
          }
        } catch (UrlError e) {
          // fall through to computing the escaping
        }
      }
      if (path.equals("*")) {
        return "*";
      }
      return escape(path, Mode.PATH);
    }

    /** URL.EscapedFragment. */
    String escapedFragment() {
      if (!rawFragment.isEmpty() && validEncoded(rawFragment, Mode.FRAGMENT)) {
        try {
          if (unescape(rawFragment, Mode.FRAGMENT).equals(fragment)) {
            return rawFragment;
          }
        } catch (UrlError e) {
          // fall through
        }
      }
      return escape(fragment, Mode.FRAGMENT);
    }

    /** URL.String. */
    @Override
    public String toString() {
      StringBuilder buf = new StringBuilder();
      if (!scheme.isEmpty()) {
        buf.append(scheme).append(':');
      }
      if (!opaque.isEmpty()) {
        buf.append(opaque);
      } else {
        if (!scheme.isEmpty() || !host.isEmpty() || user != null) {
          if (!host.isEmpty() || !path.isEmpty() || user != null) {
            buf.append("//");
          }
          if (user != null) {
            buf.append(user.encoded()).append('@');
          }
          if (!host.isEmpty()) {
            buf.append(escape(host, Mode.HOST));
          }
        }
        String p = escapedPath();
        if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
          buf.append('/');
        }
        if (buf.length() == 0) {
          int slash = p.indexOf('/');
          String segment = slash < 0 ? p : p.substring(0, slash);
          if (segment.contains(":")) {
            buf.append("./");
          }
        }
        buf.append(p);
      }
      if (forceQuery || !rawQuery.isEmpty()) {
        buf.append('?').append(rawQuery);
      }
      if (!fragment.isEmpty()) {
        buf.append('#').append(escapedFragment());
      }
      return buf.toString();
    }
  }

  enum Mode {
    PATH,
    PATH_SEGMENT,
    HOST,
    ZONE,
    USER_PASSWORD,
    QUERY_COMPONENT,
    FRAGMENT
  }

  /** url.Parse, errors formatted as Go's *url.Error ({@code parse "URL": cause}). */
  static Url parse(String rawUrl) throws UrlError {
    int hash = rawUrl.indexOf('#');
    String u = hash < 0 ? rawUrl : rawUrl.substring(0, hash);
    String frag = hash < 0 ? "" : rawUrl.substring(hash + 1);
    Url url;
    try {
      url = parseNoFragment(u);
    } catch (UrlError e) {
      throw new UrlError("parse " + GoStrconv.quote(u) + ": " + e.getMessage());
    }
    if (frag.isEmpty()) {
      return url;
    }
    try {
      url.fragment = unescape(frag, Mode.FRAGMENT);
      url.rawFragment = escape(url.fragment, Mode.FRAGMENT).equals(frag) ? "" : frag;
    } catch (UrlError e) {
      throw new UrlError("parse " + GoStrconv.quote(rawUrl) + ": " + e.getMessage());
    }
    return url;
  }

  private static Url parseNoFragment(String rawUrl) throws UrlError {
    for (int i = 0; i < rawUrl.length(); i++) {
      char b = rawUrl.charAt(i);
      if (b < ' ' || b == 0x7f) {
        throw new UrlError("net/url: invalid control character in URL");
      }
    }
    Url url = new Url();
    if (rawUrl.equals("*")) {
      url.path = "*";
      return url;
    }
    String rest = rawUrl;
    // getScheme
    for (int i = 0; i < rawUrl.length(); i++) {
      char c = rawUrl.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          break;
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          throw new UrlError("missing protocol scheme");
        }
        url.scheme = rawUrl.substring(0, i);
        rest = rawUrl.substring(i + 1);
      }
      break;
    }
    url.scheme = asciiLower(url.scheme);

    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      url.forceQuery = true;
      rest = rest.substring(0, rest.length() - 1);
    } else {
      int q = rest.indexOf('?');
      if (q >= 0) {
        url.rawQuery = rest.substring(q + 1);
        rest = rest.substring(0, q);
      }
    }

    if (!rest.startsWith("/")) {
      if (!url.scheme.isEmpty()) {
        url.opaque = rest;
        return url;
      }
      int slash = rest.indexOf('/');
      String segment = slash < 0 ? rest : rest.substring(0, slash);
      if (segment.contains(":")) {
        throw new UrlError("first path segment in URL cannot contain colon");
      }
    }

    if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
      String authority = rest.substring(2);
      rest = "";
      int i = authority.indexOf('/');
      if (i >= 0) {
        rest = authority.substring(i);
        authority = authority.substring(0, i);
      }
      parseAuthority(url, authority);
    }
    url.path = unescape(rest, Mode.PATH);
    url.rawPath = escape(url.path, Mode.PATH).equals(rest) ? "" : rest;
    return url;
  }

  private static void parseAuthority(Url url, String authority) throws UrlError {
    int i = authority.lastIndexOf('@');
    url.host = parseHost(i < 0 ? authority : authority.substring(i + 1));
    if (i < 0) {
      return;
    }
    String userinfo = authority.substring(0, i);
    if (!validUserinfo(userinfo)) {
      throw new UrlError("net/url: invalid userinfo");
    }
    int colon = userinfo.indexOf(':');
    if (colon < 0) {
      url.user = new User(unescape(userinfo, Mode.USER_PASSWORD), "", false);
    } else {
      url.user =
          new User(
              unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD),
              unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD),
              true);
    }
  }

  private static String parseHost(String host) throws UrlError {
    if (host.startsWith("[")) {
      int i = host.lastIndexOf(']');
      if (i < 0) {
        throw new UrlError("missing ']' in host");
      }
      String colonPort = host.substring(i + 1);
      if (!validOptionalPort(colonPort)) {
        throw new UrlError("invalid port " + GoStrconv.quote(colonPort) + " after host");
      }
      int zone = host.substring(0, i).indexOf("%25");
      if (zone >= 0) {
        String host1 = unescape(host.substring(0, zone), Mode.HOST);
        String host2 = unescape(host.substring(zone, i), Mode.ZONE);
        String host3 = unescape(host.substring(i), Mode.HOST);
        return host1 + host2 + host3;
      }
    } else {
      int i = host.lastIndexOf(':');
      if (i != -1) {
        String colonPort = host.substring(i);
        if (!validOptionalPort(colonPort)) {
          throw new UrlError("invalid port " + GoStrconv.quote(colonPort) + " after host");
        }
      }
    }
    return unescape(host, Mode.HOST);
  }

  static boolean validOptionalPort(String port) {
    if (port.isEmpty()) {
      return true;
    }
    if (port.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < port.length(); i++) {
      char b = port.charAt(i);
      if (b < '0' || b > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean validUserinfo(String s) {
    for (int i = 0; i < s.length(); i++) {
      char r = s.charAt(i);
      if ((r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
        continue;
      }
      if ("-._:~!$&'()*+,;=%@".indexOf(r) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }

  static boolean shouldEscape(int c, Mode mode) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return false;
    }
    if (mode == Mode.HOST || mode == Mode.ZONE) {
      switch (c) {
        case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
          return false;
        default:
          break;
      }
    }
    switch (c) {
      case '-', '_', '.', '~':
        return false;
      case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
        switch (mode) {
          case PATH:
            return c == '?';
          case PATH_SEGMENT:
            return c == '/' || c == ';' || c == ',' || c == '?';
          case USER_PASSWORD:
            return c == '@' || c == '/' || c == '?' || c == ':';
          case QUERY_COMPONENT:
            return true;
          case FRAGMENT:
            return false;
          default:
            break;
        }
        break;
      default:
        break;
    }
    if (mode == Mode.FRAGMENT) {
      switch (c) {
        case '!', '(', ')', '*':
          return false;
        default:
          break;
      }
    }
    return true;
  }

  private static final String UPPERHEX = "0123456789ABCDEF";

  /** Go's escape over the UTF-8 bytes of s. */
  static String escape(String s, Mode mode) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    boolean any = false;
    for (byte x : b) {
      if (shouldEscape(x & 0xff, mode)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return s;
    }
    StringBuilder t = new StringBuilder(b.length * 3);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
        t.append('+');
      } else if (shouldEscape(c, mode)) {
        t.append('%').append(UPPERHEX.charAt(c >> 4)).append(UPPERHEX.charAt(c & 15));
      } else {
        t.append((char) c);
      }
    }
    return t.toString();
  }

  private static boolean ishex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int unhex(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return 0;
  }

  /** Go's unescape over the UTF-8 bytes of s, with its EscapeError / InvalidHostError texts. */
  static String unescape(String str, Mode mode) throws UrlError {
    byte[] s = str.getBytes(StandardCharsets.UTF_8);
    int n = 0;
    boolean hasPlus = false;
    for (int i = 0; i < s.length; ) {
      int c = s[i] & 0xff;
      if (c == '%') {
        n++;
        if (i + 2 >= s.length || !ishex(s[i + 1]) || !ishex(s[i + 2])) {
          int end = Math.min(s.length, i + 3);
          throw new UrlError("invalid URL escape " + GoStrconv.quote(StrBytes.decode(s, i, end)));
        }
        if (mode == Mode.HOST && unhex(s[i + 1]) < 8 && !isPercent25(s, i)) {
          throw new UrlError("invalid URL escape " + GoStrconv.quote(StrBytes.decode(s, i, i + 3)));
        }
        if (mode == Mode.ZONE) {
          int v = unhex(s[i + 1]) << 4 | unhex(s[i + 2]);
          if (!isPercent25(s, i) && v != ' ' && shouldEscape(v, Mode.HOST)) {
            throw new UrlError(
                "invalid URL escape " + GoStrconv.quote(StrBytes.decode(s, i, i + 3)));
          }
        }
        i += 3;
      } else if (c == '+') {
        hasPlus = mode == Mode.QUERY_COMPONENT;
        i++;
      } else {
        if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
          throw new UrlError(
              "invalid character " + GoStrconv.quote(String.valueOf((char) c)) + " in host name");
        }
        i++;
      }
    }
    if (n == 0 && !hasPlus) {
      return str;
    }
    byte[] t = new byte[s.length];
    int w = 0;
    for (int i = 0; i < s.length; i++) {
      int c = s[i] & 0xff;
      if (c == '%') {
        t[w++] = (byte) (unhex(s[i + 1]) << 4 | unhex(s[i + 2]));
        i += 2;
      } else if (c == '+') {
        t[w++] = (byte) (mode == Mode.QUERY_COMPONENT ? ' ' : '+');
      } else {
        t[w++] = (byte) c;
      }
    }
    return StrBytes.decode(t, 0, w);
  }

  private static boolean isPercent25(byte[] s, int i) {
    return s[i] == '%' && s[i + 1] == '2' && s[i + 2] == '5';
  }

  private static boolean validEncoded(String s, Mode mode) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("!$&'()*+,;=:@[]%".indexOf(c) >= 0) {
        continue;
      }
      if (c >= 0x80 || shouldEscape(c, mode)) {
        return false;
      }
    }
    return true;
  }
}
