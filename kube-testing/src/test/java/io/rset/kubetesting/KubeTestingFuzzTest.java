package io.rset.kubetesting;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/**
 * Fuzzes the mock's request parsing: REST paths ({@link ApiPath#parse}) and query strings ({@link
 * RecordedCall#of}). Neither may throw; a parsed path rebuilds a path that parses to the same
 * value.
 *
 * <p>Fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl kube-testing test -Dtest=KubeTestingFuzzTest}.
 */
class KubeTestingFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void requestParsing(FuzzedDataProvider data) {
    String path = data.consumeString(300);
    ApiPath p = ApiPath.parse(path);
    if (p != null && p.name() != null && !p.name().isEmpty() && !p.plural().isEmpty()) {
      String rebuilt = p.object() + (p.subresource() == null ? "" : "/" + p.subresource());
      ApiPath again = ApiPath.parse(rebuilt);
      if (again == null || !again.object().equals(p.object())) {
        throw new AssertionError("path does not round-trip: " + path + " -> " + rebuilt);
      }
    }
    try {
      RecordedCall.of(0, "GET", "/x?" + data.consumeRemainingAsString(), Map.of(), "");
    } catch (IllegalArgumentException e) {
      // URLDecoder rejects malformed %-escapes, as servers reject such requests
      if (e.getMessage() == null) {
        throw new AssertionError(e);
      }
    }
  }
}
