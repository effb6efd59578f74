package io.rset.gotemplate.flux;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.List;
import java.util.Map;

/** The functions the Flux Operator adds to slim-sprig: slugify, toYaml, mustToYaml and inputs. */
public final class FluxFunctions {
  private static final TypedNil NIL_MAP = new TypedNil(GoType.MAP_STRING_INTERFACE);

  private FluxFunctions() {}

  /** slugify, toYaml, mustToYaml with the default limits. */
  public static List<GoFunction> extras() {
    return extras(Limits.DEFAULT);
  }

  /**
   * slugify, toYaml, mustToYaml. toYaml and mustToYaml fail (both, unlike Go's toYaml which would
   * return "") when their result would exceed {@code limits.maxOutputBytes()}.
   */
  public static List<GoFunction> extras(Limits limits) {
    long max = limits.maxOutputBytes();
    return List.of(
        GoFunction.of(
            "slugify", GoType.STRING, List.of(GoType.STRING), args -> Slug.make((String) args[0])),
        GoFunction.of(
            "toYaml",
            GoType.STRING,
            List.of(GoType.INTERFACE),
            args -> toYaml("toYaml", args[0], max, false)),
        GoFunction.ofErr(
            "mustToYaml",
            GoType.STRING,
            List.of(GoType.INTERFACE),
            args -> toYaml("mustToYaml", args[0], max, true)));
  }

  /**
   * sigs.k8s.io/yaml's Marshal of v; a marshal error is the function's error when must is set, else
   * the result is "" (Flux's toYaml drops the error).
   */
  private static String toYaml(String name, Object v, long max, boolean must) throws FuncException {
    try {
      return SigsYaml.marshal(v, max);
    } catch (SigsYaml.MarshalException e) {
      if (must) {
        throw new FuncException(e.getMessage());
      }
      return "";
    } catch (YamlEmitter.TooLarge e) {
      throw tooLarge(name, max);
    }
  }

  private static FuncException tooLarge(String name, long max) {
    return new FuncException(name + " result exceeds the output limit of " + max + " bytes");
  }

  /**
   * The zero-argument function {@code inputs} returning the given input map (a nil {@code
   * map[string]interface {}} when inputs is null). The map is returned as is, not copied: like Go's
   * map it is shared by every call within an execution.
   */
  public static GoFunction inputs(Map<String, Object> inputs) {
    Object result = inputs == null ? NIL_MAP : inputs;
    return GoFunction.of("inputs", GoType.MAP_STRING_INTERFACE, List.of(), args -> result);
  }
}
