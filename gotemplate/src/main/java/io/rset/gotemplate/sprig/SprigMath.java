package io.rset.gotemplate.sprig;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.GoFunction;
import java.util.List;

/** slim-sprig functions of one family. */
final class SprigMath {
  private SprigMath() {}

  static List<GoFunction> functions(Limits limits) {
    return List.of(); // TODO
  }
}
