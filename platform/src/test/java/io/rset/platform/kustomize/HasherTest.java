package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kustomize's own hasher test vectors (api/hasher/hasher_test.go). */
class HasherTest {
  private static KNode node(String yaml) {
    return new KyamlReader().read(Path.of("h.yaml"), yaml.replace("\\n", "\n")).get(0).root();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          cm empty data        | apiVersion: v1\\nkind: ConfigMap                                         | 6ct58987ht
          cm one key           | apiVersion: v1\\nkind: ConfigMap\\ndata:\\n  one: ""                     | 9g67k2htb6
          cm three keys        | apiVersion: v1\\nkind: ConfigMap\\ndata:\\n  two: 2\\n  one: ""\\n  three: 3 | 7757f9kkct
          cm binary one key    | apiVersion: v1\\nkind: ConfigMap\\nbinaryData:\\n  one: ""               | 6mtk2m274t
          cm binary three keys | apiVersion: v1\\nkind: ConfigMap\\nbinaryData:\\n  two: 2\\n  one: ""\\n  three: 3 | 9th7kc28dg
          cm one each          | apiVersion: v1\\nkind: ConfigMap\\ndata:\\n  one: ""\\nbinaryData:\\n  two: "" | 698h7c7t9m
          secret empty         | apiVersion: v1\\nkind: Secret\\ntype: my-type                            | 5gmgkf8578
          secret one key       | apiVersion: v1\\nkind: Secret\\ntype: my-type\\ndata:\\n  one: ""        | 74bd68bm66
          secret three keys    | apiVersion: v1\\nkind: Secret\\ntype: my-type\\ndata:\\n  two: 2\\n  one: ""\\n  three: 3 | 4gf75c7476
          secret stringData    | apiVersion: v1\\nkind: Secret\\ntype: my-type\\ndata:\\n  one: ""\\nstringData:\\n  two: 2 | c4h4264gdb
          """)
  void kustomizeVectors(String name, String yaml, String hash) {
    assertThat(Hasher.hash(node(yaml))).isEqualTo(hash);
  }

  @ParameterizedTest
  @CsvSource({"'',e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
  void sha256(String in, String hex) {
    assertThat(Hasher.hex256(in)).isEqualTo(hex);
  }

  @ParameterizedTest
  @CsvSource({"0123456789abcdef,gh2k456789", "aeaeaeaeae,mtmtmtmtmt"})
  void encodeReplacesConfusableCharacters(String hex, String encoded) {
    assertThat(Hasher.encode(hex)).isEqualTo(encoded);
  }

  @ParameterizedTest
  @CsvSource({"1,1", "2.5,2.5", "1e21,1e+21", "0.000001,0.000001", "0.0000001,1e-7", "-3,-3"})
  void goFloatFormatting(double in, String out) {
    assertThat(Hasher.goFloat(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a<b>&c        | "a\\u003cb\\u003e\\u0026c"
          quote"back\\  | "quote\\"back\\\\"
          """)
  void jsonEscapesLikeGo(String in, String out) {
    assertThat(Hasher.json(in)).isEqualTo(out);
  }
}
