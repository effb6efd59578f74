package io.rset.operator.provider;

import java.util.List;

/** The ResourceSetInputProvider types of the CRD (spec §5.2) and which of them rset serves. */
final class ProviderTypes {
  static final String STATIC = "Static";

  /** Every value of the CRD's {@code spec.type} enum. */
  static final List<String> ALL =
      List.of(
          "Static",
          "GitHubPullRequest",
          "GitHubBranch",
          "GitHubTag",
          "GiteaPullRequest",
          "GiteaBranch",
          "GiteaTag",
          "GitLabMergeRequest",
          "GitLabBranch",
          "GitLabTag",
          "GitLabEnvironment",
          "AzureDevOpsPullRequest",
          "AzureDevOpsBranch",
          "AzureDevOpsTag",
          "AWSCodeCommitPullRequest",
          "AWSCodeCommitBranch",
          "AWSCodeCommitTag",
          "OCIArtifactTag",
          "ACRArtifactTag",
          "ECRArtifactTag",
          "GARArtifactTag",
          "ExternalService",
          "ExternalArtifact");

  private ProviderTypes() {}

  /** Whether rset can export inputs for the type: only {@code Static} so far. */
  static boolean supported(String type) {
    return STATIC.equals(type);
  }
}
