package io.rset.platform.substitute;

/**
 * fluxcd/pkg/envsubst/path's {@code Match} (Go's {@code path.Match} with a trailing {@code *} that
 * matches anything, slashes included), over UTF-8 bytes.
 */
final class GlobMatch {
  /** Go's {@code ErrBadPattern}. */
  static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern() {
      super("syntax error in pattern", null, false, false);
    }
  }

  private GlobMatch() {}

  /** A byte range of an array. */
  private record Slice(byte[] b, int from, int to) {
    int length() {
      return to - from;
    }

    boolean isEmpty() {
      return from >= to;
    }

    byte at(int i) {
      return b[from + i];
    }

    Slice from(int n) {
      return new Slice(b, from + n, to);
    }
  }

  /** The result of matching one chunk: the rest of the name, or no match. */
  private record ChunkMatch(Slice rest, boolean ok) {}

  static boolean match(byte[] pattern, byte[] name) throws BadPattern {
    return match(new Slice(pattern, 0, pattern.length), new Slice(name, 0, name.length));
  }

  private static boolean match(Slice pattern, Slice name) throws BadPattern {
    pattern:
    while (!pattern.isEmpty()) {
      boolean star = false;
      while (!pattern.isEmpty() && pattern.at(0) == '*') {
        pattern = pattern.from(1);
        star = true;
      }
      int i = chunkEnd(pattern);
      Slice chunk = new Slice(pattern.b(), pattern.from(), pattern.from() + i);
      pattern = pattern.from(i);
      if (star && chunk.isEmpty()) {
        return true;
      }
      ChunkMatch m;
      BadPattern err = null;
      try {
        m = matchChunk(chunk, name);
      } catch (BadPattern e) {
        m = new ChunkMatch(null, false);
        err = e;
      }
      if (m.ok() && (m.rest().isEmpty() || !pattern.isEmpty())) {
        name = m.rest();
        continue;
      }
      if (err != null) {
        throw err;
      }
      if (star) {
        for (int j = 0; j < name.length(); j++) {
          ChunkMatch mm;
          try {
            mm = matchChunk(chunk, name.from(j + 1));
          } catch (BadPattern e) {
            throw e;
          }
          if (mm.ok()) {
            if (pattern.isEmpty() && !mm.rest().isEmpty()) {
              continue;
            }
            name = mm.rest();
            continue pattern;
          }
        }
      }
      return false;
    }
    return name.isEmpty();
  }

  /** scanChunk: the length of the next non-star segment. */
  private static int chunkEnd(Slice p) {
    boolean inRange = false;
    int i;
    scan:
    for (i = 0; i < p.length(); i++) {
      switch (p.at(i)) {
        case '\\':
          if (i + 1 < p.length()) {
            i++;
          }
          break;
        case '[':
          inRange = true;
          break;
        case ']':
          inRange = false;
          break;
        case '*':
          if (!inRange) {
            break scan;
          }
          break;
        default:
          break;
      }
    }
    return i;
  }

  /**
   * matchChunk. Go returns a match result and an error separately and the caller looks at the
   * result first; an error only ever comes with "no match", so throwing is equivalent.
   */
  private static ChunkMatch matchChunk(Slice chunk, Slice s) throws BadPattern {
    while (!chunk.isEmpty()) {
      if (s.isEmpty()) {
        return new ChunkMatch(null, false);
      }
      switch (chunk.at(0)) {
        case '[' -> {
          long d = Utf8.decode(s.b(), s.from(), s.to());
          int r = Utf8.rune(d);
          s = s.from(Utf8.width(d));
          chunk = chunk.from(1);
          boolean notNegated = true;
          if (!chunk.isEmpty() && chunk.at(0) == '^') {
            notNegated = false;
            chunk = chunk.from(1);
          }
          boolean match = false;
          int nrange = 0;
          while (true) {
            if (!chunk.isEmpty() && chunk.at(0) == ']' && nrange > 0) {
              chunk = chunk.from(1);
              break;
            }
            long[] lo = getEsc(chunk);
            chunk = chunk.from((int) lo[1]);
            int hi = (int) lo[0];
            if (chunk.at(0) == '-') {
              long[] h = getEsc(chunk.from(1));
              hi = (int) h[0];
              chunk = chunk.from(1 + (int) h[1]);
            }
            if (lo[0] <= r && r <= hi) {
              match = true;
            }
            nrange++;
          }
          if (match != notNegated) {
            return new ChunkMatch(null, false);
          }
        }
        case '?' -> {
          long d = Utf8.decode(s.b(), s.from(), s.to());
          s = s.from(Utf8.width(d));
          chunk = chunk.from(1);
        }
        case '\\' -> {
          chunk = chunk.from(1);
          if (chunk.isEmpty()) {
            throw new BadPattern();
          }
          if (chunk.at(0) != s.at(0)) {
            return new ChunkMatch(null, false);
          }
          s = s.from(1);
          chunk = chunk.from(1);
        }
        default -> {
          if (chunk.at(0) != s.at(0)) {
            return new ChunkMatch(null, false);
          }
          s = s.from(1);
          chunk = chunk.from(1);
        }
      }
    }
    return new ChunkMatch(s, true);
  }

  /**
   * getEsc: a possibly escaped character of a class; returns {rune, bytes consumed}. Go reports
   * ErrBadPattern also when nothing follows the character (the class is unterminated).
   */
  private static long[] getEsc(Slice chunk) throws BadPattern {
    if (chunk.isEmpty() || chunk.at(0) == '-' || chunk.at(0) == ']') {
      throw new BadPattern();
    }
    int used = 0;
    if (chunk.at(0) == '\\') {
      chunk = chunk.from(1);
      used = 1;
      if (chunk.isEmpty()) {
        throw new BadPattern();
      }
    }
    long d = Utf8.decode(chunk.b(), chunk.from(), chunk.to());
    int r = Utf8.rune(d);
    int n = Utf8.width(d);
    if (r == Utf8.RUNE_ERROR && n == 1) {
      throw new BadPattern();
    }
    if (chunk.length() - n == 0) {
      throw new BadPattern();
    }
    return new long[] {r, used + n};
  }
}
