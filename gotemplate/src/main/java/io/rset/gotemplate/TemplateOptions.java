package io.rset.gotemplate;

/**
 * How a template is parsed and executed.
 *
 * @param leftDelim left action delimiter; Go's default is {@code {{}
 * @param rightDelim right action delimiter
 * @param missingKey what an absent map key yields
 * @param limits resource bounds
 */
public record TemplateOptions(
    String leftDelim, String rightDelim, MissingKey missingKey, Limits limits) {

  /** Go's defaults: {@code {{ }}}, missingkey=default. */
  public static final TemplateOptions GO_DEFAULTS =
      new TemplateOptions("{{", "}}", MissingKey.DEFAULT, Limits.DEFAULT);

  /** The Flux Operator's ResourceSet set-up: {@code << >>}, missingkey=error. */
  public static final TemplateOptions RESOURCE_SET =
      new TemplateOptions("<<", ">>", MissingKey.ERROR, Limits.DEFAULT);

  public TemplateOptions {
    // Go: an empty delimiter means the default one.
    leftDelim = leftDelim == null || leftDelim.isEmpty() ? "{{" : leftDelim;
    rightDelim = rightDelim == null || rightDelim.isEmpty() ? "}}" : rightDelim;
    if (missingKey == null) {
      missingKey = MissingKey.DEFAULT;
    }
    if (limits == null) {
      limits = Limits.DEFAULT;
    }
  }

  public TemplateOptions withDelims(String left, String right) {
    return new TemplateOptions(left, right, missingKey, limits);
  }

  public TemplateOptions withMissingKey(MissingKey mk) {
    return new TemplateOptions(leftDelim, rightDelim, mk, limits);
  }

  public TemplateOptions withLimits(Limits l) {
    return new TemplateOptions(leftDelim, rightDelim, missingKey, l);
  }
}
