package io.rset.core.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.model.Manifest;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ObjectMeta;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.model.TestYaml;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole input computations compared with the Go oracle's {@code -rset} output (see README). */
class OracleInputsTest {
  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(OracleInputsTest.class.getResource("oracle").toURI());
    return Files.list(dir).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesOracle(Path dir) throws IOException {
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));
    String actual;
    try {
      actual = String.join("\n", compute(dir));
    } catch (InputException e) {
      actual = "error: " + e.getMessage();
    }
    assertThat(actual).isEqualTo(String.join("\n", expected));
  }

  @SuppressWarnings("unchecked")
  private static List<String> compute(Path dir) throws IOException {
    ResourceSet rset =
        ManifestReader.readResourceSet(
            TestYaml.doc("rset.yaml", Files.readString(dir.resolve("rset.yaml"))));
    ObjectMeta m = rset.metadata();
    if (m.namespace() == null) {
      rset =
          new ResourceSet(
              rset.source(),
              new ObjectMeta(
                  m.name(), "default", m.uid(), m.generation(), m.labels(), m.annotations()),
              rset.spec(),
              rset.status());
    }
    List<ResourceSetInputProvider> providers = null;
    if (Files.exists(dir.resolve("providers.yaml"))) {
      providers = new ArrayList<>();
      for (Manifest p :
          ManifestReader.readAll(
              TestYaml.docs("providers.yaml", Files.readString(dir.resolve("providers.yaml"))))) {
        providers.add((ResourceSetInputProvider) p);
      }
    }
    List<Map<String, Object>> inputs = null;
    if (Files.exists(dir.resolve("inputs.yaml"))) {
      inputs =
          (List<Map<String, Object>>)
              TestYaml.doc("inputs.yaml", Files.readString(dir.resolve("inputs.yaml"))).toValue();
    }
    InputResult result = OfflineInputs.compute(rset, inputs, providers);
    if (result.rendersOnceWithoutInputs()) {
      return List.of("null");
    }
    return result.values().stream().map(Json::write).toList();
  }
}
