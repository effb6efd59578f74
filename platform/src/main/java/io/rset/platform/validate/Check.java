package io.rset.platform.validate;

import java.util.List;

/** One group of rules over a built platform. Implementations are stateless. */
interface Check {
  /** Adds the findings of this check to {@code out}. */
  void run(ValidationContext ctx, List<Finding> out);
}
