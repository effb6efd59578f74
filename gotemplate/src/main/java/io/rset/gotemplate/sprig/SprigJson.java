package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.util.ArrayList;
import java.util.List;

/**
 * slim-sprig's JSON functions (defaults.go): fromJson, toJson, toPrettyJson, toRawJson and their
 * must variants. The plain variants swallow errors (returning nil or ""), except toRawJson, which
 * panics in sprig and so fails like its must variant.
 */
final class SprigJson {
  private SprigJson() {}

  /** How a to*Json function encodes. */
  private record Style(String name, boolean escapeHtml, boolean indent) {}

  static List<GoFunction> functions(Limits limits) {
    long max = limits.maxOutputBytes();
    List<GoFunction> fns = new ArrayList<>();
    fns.add(
        GoFunction.of(
            "fromJson",
            GoType.INTERFACE,
            List.of(GoType.STRING),
            a -> JsonDecoder.unmarshal((String) a[0]).value()));
    fns.add(
        GoFunction.ofErr(
            "mustFromJson",
            GoType.INTERFACE,
            List.of(GoType.STRING),
            a -> JsonDecoder.unmarshalOrThrow((String) a[0])));
    for (Style st :
        List.of(
            new Style("Json", true, false),
            new Style("PrettyJson", true, true),
            new Style("RawJson", false, false))) {
      boolean panics = !st.escapeHtml(); // toRawJson panics on error
      fns.add(
          GoFunction.of(
              "to" + st.name(),
              GoType.STRING,
              List.of(GoType.INTERFACE),
              a -> {
                try {
                  return JsonEncoder.encode(a[0], st.escapeHtml(), st.indent(), max);
                } catch (FuncException e) {
                  if (panics) {
                    throw e;
                  }
                  return "";
                }
              }));
      fns.add(
          GoFunction.ofErr(
              "mustTo" + st.name(),
              GoType.STRING,
              List.of(GoType.INTERFACE),
              a -> JsonEncoder.encode(a[0], st.escapeHtml(), st.indent(), max)));
    }
    return List.copyOf(fns);
  }
}
