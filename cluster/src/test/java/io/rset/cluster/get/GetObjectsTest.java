package io.rset.cluster.get;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.testing.Golden;
import io.rset.cluster.testing.MockCluster;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GetObjectsTest {
  private static MockCluster cluster;
  private static GetObjects get;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().fixture("resourcesets.yaml").fixture("inputproviders.yaml");
    get = new GetObjects(cluster.objects(), ZoneId.of("UTC"));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void resourceSetsOfANamespace() {
    Golden.assertMatches(
        "get-rset-flux-system.txt",
        get.render(FluxKind.RESOURCE_SET, "flux-system", null, OutputFormat.TABLE));
  }

  @Test
  void resourceSetsOfAllNamespaces() {
    Golden.assertMatches(
        "get-rset-all.txt", get.render(FluxKind.RESOURCE_SET, null, null, OutputFormat.TABLE));
  }

  @Test
  void oneByNameAndNoMatchIsJustTheHeader() {
    Golden.assertMatches(
        "get-rset-one.txt",
        get.render(FluxKind.RESOURCE_SET, "flux-system", "apps", OutputFormat.TABLE));
    assertThat(get.render(FluxKind.RESOURCE_SET, "flux-system", "nope", OutputFormat.TABLE))
        .isEqualTo("NAME\tRESOURCES\tREADY\tMESSAGE\tLAST RECONCILED \n");
  }

  @Test
  void disabledIsSuspendedAndMissingStatusIsUnknown() {
    String all = get.render(FluxKind.RESOURCE_SET, null, null, OutputFormat.TABLE);
    assertThat(all).containsPattern("tenants\\s*\\t0\\s*\\tSuspended");
    assertThat(all).containsPattern("dashboards\\s*\\t0\\s*\\tUnknown\\s*\\t\\s*\\tUnknown");
  }

  @Test
  void inputProviders() {
    Golden.assertMatches(
        "get-rsip.txt",
        get.render(FluxKind.RESOURCE_SET_INPUT_PROVIDER, "flux-system", null, OutputFormat.TABLE));
  }

  @Test
  void yamlOfOneByNameIsTheObjectWithoutManagedFields() {
    Golden.assertMatches(
        "get-rset-apps.yaml",
        Golden.withoutCreationTimestamps(
            get.render(FluxKind.RESOURCE_SET, "flux-system", "apps", OutputFormat.YAML)));
  }

  @Test
  void jsonOfSeveralIsAList() {
    String json = get.render(FluxKind.RESOURCE_SET, "monitoring", null, OutputFormat.JSON);
    assertThat(json).startsWith("{\n").endsWith("}\n").contains("\"kind\": \"List\"");
    assertThat(json).contains("\"name\": \"dashboards\"");
    assertThat(json).doesNotContain("managedFields");
  }

  @Test
  void unknownOutputFormat() {
    assertThatThrownBy(() -> OutputFormat.parse("wide"))
        .isInstanceOf(ClusterException.class)
        .hasMessage("invalid output format 'wide', must be one of: table, yaml, json");
  }
}
