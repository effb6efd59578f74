package io.rset.gotemplate.flux;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.MissingKey;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateOptions;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.sprig.Sprig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template set-up of the Flux Operator's ResourceSet builder: template name {@code
 * resourceset}, {@code << >>} delimiters, {@code missingkey=error}, nil data, slim-sprig's hermetic
 * functions (its {@code slice} replacing Go's) plus {@code slugify}, {@code toYaml}, {@code
 * mustToYaml} and {@code inputs}.
 */
public final class FluxTemplates {
  /** The template name Flux uses; it appears in every error message. */
  public static final String NAME = "resourceset";

  private FluxTemplates() {}

  /** The ResourceSet function map; {@code inputs} returns a nil map until bound per execution. */
  public static FuncMap functions(Limits limits) {
    return FUNCTIONS.computeIfAbsent(limits, FluxTemplates::buildFunctions);
  }

  /** Function maps are immutable; one per distinct Limits is built and shared. */
  private static final java.util.concurrent.ConcurrentMap<Limits, FuncMap> FUNCTIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static FuncMap buildFunctions(Limits limits) {
    return FuncMap.builder()
        .addAll(Sprig.hermetic(limits))
        .addAll(FluxFunctions.extras(limits))
        .add(FluxFunctions.inputs(null))
        .build();
  }

  /** Parses a ResourceSet template with the given delimiters (null for {@code << >>}). */
  public static Template parse(String text, String leftDelim, String rightDelim, Limits limits) {
    TemplateOptions options =
        new TemplateOptions(
            leftDelim == null ? "<<" : leftDelim,
            rightDelim == null ? ">>" : rightDelim,
            MissingKey.ERROR,
            limits);
    return Template.parse(NAME, text, options, functions(limits));
  }

  /** Parses a ResourceSet template with the default delimiters and limits. */
  public static Template parse(String text) {
    return parse(text, null, null, Limits.DEFAULT);
  }

  /**
   * Executes a parsed ResourceSet template with nil data and the given input map bound to {@code
   * inputs} (null: no inputs).
   */
  public static String render(Template template, Map<String, Object> inputs) {
    return template.render(null, FuncMap.of(FluxFunctions.inputs(inputs)));
  }

  /**
   * Converts a JSON- or YAML-decoded Java value to the template value model with the Kubernetes
   * number rule: an integer that fits int64 becomes int64 ({@link Long}), any other number float64
   * ({@link Double}); lists and maps are copied recursively.
   *
   * @throws IllegalArgumentException for a value JSON cannot hold
   */
  public static Object toTemplateValue(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
    }
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(toTemplateValue(item));
      }
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("map key is not a string: " + e.getKey());
        }
        out.put(key, toTemplateValue(e.getValue()));
      }
      return out;
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getSimpleName());
  }
}
