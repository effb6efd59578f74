package io.rset.cli.cluster;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import java.util.List;
import java.util.stream.Collectors;

/** Resolves the KIND argument of a cluster command among the kinds that command supports. */
final class KindArgument {
  private KindArgument() {}

  /**
   * The kind named by text (kind, plural or short name, any case); a user error naming the accepted
   * kinds when it is unknown or not one of allowed.
   */
  static FluxKind resolve(String text, String command, List<FluxKind> allowed) {
    FluxKind kind =
        FluxKind.parse(text)
            .orElseThrow(
                () ->
                    new ClusterException(
                        "unknown kind '" + text + "' for " + command + ", " + expected(allowed)));
    if (!allowed.contains(kind)) {
      throw new ClusterException(
          command + " does not support " + kind.kind() + ", " + expected(allowed));
    }
    return kind;
  }

  private static String expected(List<FluxKind> allowed) {
    return "expected one of: "
        + allowed.stream().map(KindArgument::display).collect(Collectors.joining(", "));
  }

  /** The long and short name users type, e.g. {@code resourceset (rset)}. */
  static String display(FluxKind kind) {
    return switch (kind) {
      case RESOURCE_SET -> "resourceset (rset)";
      case RESOURCE_SET_INPUT_PROVIDER -> "inputprovider (rsip)";
      case HELM_RELEASE -> "helmrelease (hr)";
      case KUSTOMIZATION -> "kustomization (ks)";
      default -> kind.kind().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
