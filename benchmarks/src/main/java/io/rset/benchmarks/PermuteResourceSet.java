package io.rset.benchmarks;

/**
 * A Permute ResourceSet with N inline input sets and a three-document {@code resourcesTemplate}
 * (ConfigMap, ServiceAccount, RoleBinding per set), for the build benchmark. {@code main} prints it
 * so that Go can build the same file: {@code java -cp benchmarks/target/benchmarks.jar
 * io.rset.benchmarks.PermuteResourceSet 1000 > permute-1000.yaml}.
 */
public final class PermuteResourceSet {
  private PermuteResourceSet() {}

  /** The manifest with n input sets. */
  public static String text(int n) {
    StringBuilder b = new StringBuilder(n * 80 + 1024);
    b.append(
        """
        apiVersion: fluxcd.controlplane.io/v1
        kind: ResourceSet
        metadata:
          name: tenants
          namespace: flux-system
        spec:
          inputStrategy:
            name: Permute
          inputs:
        """);
    for (int i = 0; i < n; i++) {
      b.append("    - tenant: tenant-")
          .append(i)
          .append("\n      replicas: ")
          .append(i % 5 + 1)
          .append("\n      admin: ")
          .append(i % 2 == 0)
          .append('\n');
    }
    b.append(
        """
          resourcesTemplate: |
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: << inputs.tenants.tenant >>
              namespace: flux-system
              annotations:
                permutation-id: << inputs.id | quote >>
            data:
              replicas: << inputs.tenants.replicas | quote >>
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: << inputs.tenants.tenant >>
              namespace: flux-system
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: << inputs.tenants.tenant >>
              namespace: flux-system
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: << if inputs.tenants.admin >>admin<< else >>view<< end >>
            subjects:
              - kind: ServiceAccount
                name: << inputs.tenants.tenant >>
                namespace: flux-system
        """);
    return b.toString();
  }

  /** Prints the manifest with {@code args[0]} input sets. */
  public static void main(String[] args) {
    System.out.print(text(Integer.parseInt(args[0])));
  }
}
