package io.rset.core.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.core.inputs.InputCollector;
import io.rset.core.inputs.InputException;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes YAML text → {@link ManifestReader} (→ input computation for the ResourceSets read): the
 * only allowed failures are {@link YamlException}, {@link ManifestException} and {@link
 * InputException}, each with a non-empty message; anything else is a finding.
 *
 * <p>Regression mode runs the seeds in {@code ManifestReaderFuzzTestInputs/}; fuzz mode: {@code
 * JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=ManifestReaderFuzzTest}.
 */
class ManifestReaderFuzzTest {
  private static final YamlReader READER =
      new YamlReader(new YamlReader.Limits(64 * 1024, 100, 100, 10_000));

  @FuzzTest(maxDuration = "5m")
  void readManifests(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      List<Manifest> all = ManifestReader.readAll(READER.readDocuments("fuzz.yaml", text));
      List<ResourceSetInputProvider> providers = new ArrayList<>();
      for (Manifest m : all) {
        if (m instanceof ResourceSetInputProvider p) {
          providers.add(p);
        }
      }
      for (Manifest m : all) {
        if (m instanceof ResourceSet r) {
          InputCollector.inputs(r, providers, InputCollector.StaticId.UID);
        }
      }
    } catch (YamlException | ManifestException | InputException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("empty message", e);
      }
    }
  }
}
