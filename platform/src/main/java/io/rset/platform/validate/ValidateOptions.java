package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link PlatformValidator#validate} checks and how.
 *
 * @param dir the platform directory
 * @param varsFiles the env files every cluster substitutes with, merged in order (later files win),
 *     as {@code rset platform build --vars}; null means the conventional {@code *.env} files of
 *     {@code dir}
 * @param clusterVarsFiles one env file per cluster, each merged over {@code varsFiles}; a {@code
 *     ${var}} must be defined for every cluster. Empty: one cluster with {@code varsFiles} alone
 * @param providerFiles ResourceSetInputProvider manifests for the ResourceSets' {@code inputsFrom};
 *     null means the conventional {@code dir/.static-provider.yaml} when it exists
 * @param strict every warning counts as an error
 */
public record ValidateOptions(
    Path dir,
    List<Path> varsFiles,
    List<Path> clusterVarsFiles,
    List<Path> providerFiles,
    boolean strict) {
  public ValidateOptions {
    varsFiles = varsFiles == null ? null : List.copyOf(varsFiles);
    clusterVarsFiles = clusterVarsFiles == null ? List.of() : List.copyOf(clusterVarsFiles);
    providerFiles = providerFiles == null ? null : List.copyOf(providerFiles);
  }

  /** {@code dir} with the conventional vars and provider files, not strict. */
  public static ValidateOptions of(Path dir) {
    return new ValidateOptions(dir, null, List.of(), null, false);
  }

  /** The variable sets to check, one per cluster: each a list of env files merged in order. */
  List<List<Path>> varsSets(List<Path> conventional) {
    List<Path> common = varsFiles != null ? varsFiles : conventional;
    if (clusterVarsFiles.isEmpty()) {
      return List.of(common);
    }
    List<List<Path>> out = new ArrayList<>();
    for (Path c : clusterVarsFiles) {
      List<Path> set = new ArrayList<>(common);
      set.add(c);
      out.add(List.copyOf(set));
    }
    return out;
  }
}
