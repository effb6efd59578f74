package io.rset.core.build;

import io.rset.core.model.ResourceSetSpec;
import io.rset.core.model.ResourceSetStep;

/**
 * The two CRD rules the Flux Operator re-checks in code before building (spec §1.2.2), with the
 * code's wording. The other CRD rules belong to manifest reading.
 */
public final class SpecValidator {
  private SpecValidator() {}

  /**
   * @throws BuildException ({@link BuildException.Part#VALIDATION}) when {@code steps} is combined
   *     with {@code resources}/{@code resourcesTemplate}, or a step has neither
   */
  public static void validate(ResourceSetSpec spec) {
    if (!spec.steps().isEmpty()
        && (!spec.resources().isEmpty() || !isEmpty(spec.resourcesTemplate()))) {
      throw BuildException.validation(
          "spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate");
    }
    for (ResourceSetStep step : spec.steps()) {
      if (step.resources().isEmpty() && isEmpty(step.resourcesTemplate())) {
        BuildException e =
            BuildException.validation(
                "step "
                    + io.rset.gotemplate.fmt.GoStrconv.quote(step.name())
                    + ": at least one of resources or resourcesTemplate must be set");
        throw new BuildException(
            e.getMessage(),
            step.name(),
            BuildException.Part.VALIDATION,
            -1,
            null,
            0,
            -1,
            null,
            0,
            null);
      }
    }
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
