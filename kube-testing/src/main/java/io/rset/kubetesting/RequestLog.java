package io.rset.kubetesting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Every request the mock server received, in arrival order; thread-safe. */
public final class RequestLog {
  private final List<RecordedCall> calls = new ArrayList<>();

  synchronized void add(RecordedCall call) {
    calls.add(call);
  }

  /** The number of requests recorded so far; use it as a mark for {@link #since(long)}. */
  public synchronized long size() {
    return calls.size();
  }

  /** A snapshot of every request. */
  public synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  /** The requests recorded after {@code mark} (a value of {@link #size()}). */
  public synchronized List<RecordedCall> since(long mark) {
    return List.copyOf(calls.subList((int) Math.min(mark, calls.size()), calls.size()));
  }

  /** The requests matching a predicate. */
  public synchronized List<RecordedCall> matching(Predicate<RecordedCall> p) {
    return calls.stream().filter(p).toList();
  }

  /** The requests with this method (any when null) whose path matches the regular expression. */
  public List<RecordedCall> matching(String method, String pathRegex) {
    Pattern re = Pattern.compile(pathRegex);
    return matching(
        c ->
            (method == null || method.equalsIgnoreCase(c.method()))
                && re.matcher(c.path()).matches());
  }

  /** The state-changing requests ({@link RecordedCall#isWrite()}). */
  public List<RecordedCall> writes() {
    return matching(RecordedCall::isWrite);
  }

  /** Forgets everything recorded so far. */
  public synchronized void clear() {
    calls.clear();
  }
}
