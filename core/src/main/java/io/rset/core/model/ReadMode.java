package io.rset.core.model;

/** How strictly {@link ManifestReader} checks a document. */
public enum ReadMode {
  /**
   * As the API server admits it: the CRD schema (unknown fields, types, required fields, enums,
   * patterns) and the CRD's CEL rules with their messages (spec §1.2.2, §1.4).
   */
  API_SERVER,
  /**
   * As {@code flux-operator build rset} reads files: the same schema checks but no CEL rules; the
   * builder's own code checks ({@code SpecValidator}) then report with Go's code texts, e.g. {@code
   * spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate}.
   */
  CLI
}
