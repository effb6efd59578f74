package io.rset.cluster.tree;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the two parsers of tree data from the cluster: inventory ids and Helm release Secret
 * values. Neither may throw; a parsed id must print back to a {@code Kind/...} line.
 *
 * <p>Fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl cluster test -Dtest=TreeParsersFuzzTest}.
 */
class TreeParsersFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void parseInputs(FuzzedDataProvider data) {
    String id = data.consumeString(200);
    String secret = data.consumeRemainingAsString();
    InventoryEntry.parse(id, "v1")
        .ifPresent(
            e -> {
              if (!e.display().startsWith(e.kind() + "/")) {
                throw new AssertionError("bad display " + e.display());
              }
            });
    HelmStorage.manifest(secret);
  }
}
