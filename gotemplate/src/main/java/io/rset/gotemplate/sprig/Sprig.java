package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncMap;

/**
 * slim-sprig v3's hermetic function set (HermeticTxtFuncMap), as the Flux Operator registers it.
 * Each family lives in its own class.
 */
public final class Sprig {
  private Sprig() {}

  /** All hermetic slim-sprig functions, bounded by limits. */
  public static FuncMap hermetic(Limits limits) {
    return FuncMap.builder()
        .addAll(SprigStrings.functions(limits))
        .addAll(SprigRegex.functions(limits))
        .addAll(SprigEncoding.functions(limits))
        .addAll(SprigPathsUrls.functions(limits))
        .addAll(SprigMath.functions(limits))
        .addAll(SprigLists.functions(limits))
        .addAll(SprigDicts.functions(limits))
        .addAll(SprigDefaults.functions(limits))
        .addAll(SprigJson.functions(limits))
        .addAll(SprigReflect.functions(limits))
        .addAll(SprigDates.functions(limits))
        .build();
  }
}
