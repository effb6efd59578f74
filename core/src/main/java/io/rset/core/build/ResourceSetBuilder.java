package io.rset.core.build;

import io.rset.core.build.BuildException.Part;
import io.rset.core.model.ResourceSetSpec;
import io.rset.core.model.ResourceSetStep;
import io.rset.gotemplate.ExecException;
import io.rset.gotemplate.Limits;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.flux.FluxTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a ResourceSet's objects from its spec and combined inputs exactly as the Flux Operator's
 * builder does (spec §3.1–§3.8), with errors worded as §3.10 says.
 *
 * <p>Pure: no cluster access, clock or environment. Each template is parsed once per build and
 * rendered once per input set (Go re-parses per input set; the results are identical because
 * parsing does not depend on the inputs).
 */
public final class ResourceSetBuilder {
  private ResourceSetBuilder() {}

  /**
   * Validates the spec (§1.2.2 code checks) and builds it.
   *
   * @return one result per step in spec order (steps with zero objects included), or a single
   *     anonymous result (name null) for a steps-less spec
   * @throws BuildException with Go's message and our location data
   */
  public static List<StepResult> build(ResourceSetSpec spec, CombinedInputs inputs) {
    return build(spec, inputs, Limits.DEFAULT);
  }

  /**
   * {@link #build(ResourceSetSpec, CombinedInputs)} with the template engine bounded by {@code
   * limits} (execution depth, output size per render, list sizes): the operator uses it to keep one
   * ResourceSet from exhausting its memory.
   */
  public static List<StepResult> build(ResourceSetSpec spec, CombinedInputs inputs, Limits limits) {
    SpecValidator.validate(spec);
    if (spec.steps().isEmpty()) {
      return List.of(
          new StepResult(
              null, buildObjects(spec.resources(), spec.resourcesTemplate(), inputs, limits)));
    }
    List<StepResult> results = new ArrayList<>(spec.steps().size());
    Map<String, String> stepOf = new HashMap<>();
    for (ResourceSetStep step : spec.steps()) {
      List<Map<String, Object>> objects;
      try {
        objects = buildObjects(step.resources(), step.resourcesTemplate(), inputs, limits);
      } catch (BuildException e) {
        throw e.inStep(step.name());
      }
      for (Map<String, Object> o : objects) {
        String k = KubeObjects.key(o);
        String prev = stepOf.putIfAbsent(k, step.name());
        if (prev != null && !prev.equals(step.name())) {
          throw new BuildException(
              "duplicate resource "
                  + KubeObjects.display(o)
                  + " in step "
                  + quote(step.name())
                  + ", already defined in step "
                  + quote(prev),
              step.name(),
              Part.DUPLICATE,
              -1,
              null,
              0,
              -1,
              null,
              0,
              null);
        }
      }
      results.add(new StepResult(step.name(), objects));
    }
    return results;
  }

  /** All objects of all steps in build order. */
  public static List<Map<String, Object>> flatten(List<StepResult> steps) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StepResult s : steps) {
      out.addAll(s.objects());
    }
    return out;
  }

  /** §3.1 for one step: JSON resources first, then the template, deduplicated. */
  static List<Map<String, Object>> buildObjects(
      List<Map<String, Object>> resources,
      String resourcesTemplate,
      CombinedInputs inputs,
      Limits limits) {
    List<Map<String, Object>> objects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<InputSet> sets = inputs.list();
    for (int i = 0; i < resources.size(); i++) {
      ResourceTemplate t = new ResourceTemplate(i, resources.get(i), limits);
      if (sets.isEmpty()) {
        Map<String, Object> o = t.render(null, "failed to build resource: ");
        seen.add(KubeObjects.key(o));
        objects.add(o);
        continue;
      }
      for (InputSet in : sets) {
        Map<String, Object> o = t.render(in, "failed to build resources[" + i + "]: ");
        if (KubeObjects.excluded(o)) {
          continue;
        }
        if (seen.add(KubeObjects.key(o))) {
          objects.add(o);
        }
      }
    }
    if (resourcesTemplate != null && !resourcesTemplate.isEmpty()) {
      MultiDocTemplate t = new MultiDocTemplate(resourcesTemplate, limits);
      List<Map<String, Object>> docs = new ArrayList<>();
      if (sets.isEmpty()) {
        docs.addAll(t.render(null, "failed to build resource: "));
      }
      for (InputSet in : sets) {
        docs.addAll(t.render(in, "failed to build resources: "));
      }
      for (Map<String, Object> o : docs) {
        if (!KubeObjects.excluded(o) && seen.add(KubeObjects.key(o))) {
          objects.add(o);
        }
      }
    }
    return objects;
  }

  /** One {@code resources[i]} item: its intermediate YAML text, parsed on first use. */
  private static final class ResourceTemplate {
    private final int index;
    private final Map<String, Object> item;
    private String text;
    private Template template;

    private final Limits limits;

    ResourceTemplate(int index, Map<String, Object> item, Limits limits) {
      this.index = index;
      this.item = item;
      this.limits = limits;
    }

    Map<String, Object> render(InputSet in, String prefix) {
      if (template == null) {
        try {
          text = GoText.yaml(item);
        } catch (GoText.MarshalException e) {
          throw error(prefix + "failed to convert template to YAML: " + e.getMessage(), null, e);
        }
        try {
          template = FluxTemplates.parse(text, null, null, limits);
        } catch (TemplateException e) {
          throw templateError(
              prefix + "failed to parse template: ", e, Part.RESOURCE, index, null, text);
        }
      }
      String out;
      try {
        out = FluxTemplates.render(template, in == null ? null : in.values());
      } catch (TemplateException e) {
        throw templateError(
            prefix + "failed to execute template: ", e, Part.RESOURCE, index, in, text);
      }
      try {
        return KubeObjects.readObject(out);
      } catch (KubeObjects.ReadException e) {
        throw readError(prefix + "failed to read object: ", e, Part.RESOURCE, index, in, out);
      }
    }

    private BuildException error(String message, InputSet in, Throwable cause) {
      return new BuildException(message, null, Part.RESOURCE, index, in, 0, -1, null, 0, cause);
    }
  }

  /** The {@code resourcesTemplate}, parsed on first use. */
  private static final class MultiDocTemplate {
    private final String text;
    private Template template;

    private final Limits limits;

    MultiDocTemplate(String text, Limits limits) {
      this.text = text;
      this.limits = limits;
    }

    List<Map<String, Object>> render(InputSet in, String prefix) {
      if (template == null) {
        try {
          template = FluxTemplates.parse(text, null, null, limits);
        } catch (TemplateException e) {
          throw templateError(
              prefix + "failed to parse multi-doc YAML template: ",
              e,
              Part.TEMPLATE,
              -1,
              null,
              text);
        }
      }
      String out;
      try {
        out = FluxTemplates.render(template, in == null ? null : in.values());
      } catch (TemplateException e) {
        throw templateError(
            prefix + "failed to execute multi-doc YAML template: ", e, Part.TEMPLATE, -1, in, text);
      }
      try {
        return KubeObjects.readObjects(out);
      } catch (KubeObjects.ReadException e) {
        throw readError(
            prefix + "failed to read objects from multi-doc YAML: ", e, Part.TEMPLATE, -1, in, out);
      }
    }
  }

  private static BuildException templateError(
      String prefix, TemplateException e, Part part, int index, InputSet in, String source) {
    int line = e.line();
    int column = e instanceof ExecException x ? x.column() : -1;
    return new BuildException(
        prefix + e.getMessage(), null, part, index, in, line, column, lineText(source, line), 0, e);
  }

  private static BuildException readError(
      String prefix, KubeObjects.ReadException e, Part part, int index, InputSet in, String out) {
    return new BuildException(
        prefix + e.getMessage(),
        null,
        part,
        index,
        in,
        0,
        -1,
        lineText(out, e.line()),
        e.line(),
        e);
  }

  /** The 1-based line of text, or null when out of range. */
  static String lineText(String text, int line) {
    if (line <= 0 || text == null) {
      return null;
    }
    int start = 0;
    for (int n = 1; n < line; n++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return null;
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  private static String quote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }
}
