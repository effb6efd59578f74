package io.rset.operator.resourceset;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.core.time.GoDuration;
import java.time.Duration;

/**
 * Fuzzes the operator's own parsers: Go durations (annotations, step timeouts), inventory ids and
 * CEL readyExpr parsing. Allowed failures: {@link IllegalArgumentException} from {@link
 * GoDuration#parse} and {@link ReadyExpression.ParseException}, each with a message; an id either
 * parses and round-trips or is rejected with null.
 *
 * <p>Fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl operator test -Dtest=ParsersFuzzTest}.
 */
class ParsersFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void parsers(FuzzedDataProvider data) {
    String text = data.consumeString(200);
    try {
      Duration d = GoDuration.parse(text);
      String formatted = GoDuration.format(d);
      if (!GoDuration.parse(formatted).equals(d)) {
        throw new AssertionError("format does not round-trip: " + text + " -> " + formatted);
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("time: ")) {
        throw new AssertionError("bad message", e);
      }
    }
    ObjectRef ref = ObjectRef.parseId(text, "v1");
    if (ref != null
        && !ref.name().contains("_")
        && !ref.namespace().contains("_")
        && !ref.group().contains("_")
        && !ref.kind().contains("_")
        && !text.contains(":")) {
      if (!ObjectRef.parseId(ref.id(), "v1").equals(ref)) {
        throw new AssertionError("id does not round-trip: " + text);
      }
    }
    try {
      ReadyExpression.parse(text);
    } catch (ReadyExpression.ParseException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("empty message", e);
      }
    }
  }
}
