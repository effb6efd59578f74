package io.rset.cli;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.flux.FluxTemplates;

/** Runs one case the way the corpus README prescribes: parse, then execute with nil data. */
final class CaseRunner {
  private CaseRunner() {}

  static CaseOutcome run(TemplateCase c) {
    try {
      Template t = FluxTemplates.parse(c.template(), c.leftDelim(), c.rightDelim(), Limits.DEFAULT);
      return CaseOutcome.rendered(FluxTemplates.render(t, c.inputs()));
    } catch (TemplateException e) {
      return CaseOutcome.failed(e.getMessage());
    } catch (StackOverflowError e) {
      return CaseOutcome.crashed("stack overflow");
    } catch (RuntimeException e) {
      return CaseOutcome.crashed(ErrorHandler.describe(e));
    }
  }
}
