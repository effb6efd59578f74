package io.rset.platform.substitute;

import java.util.List;

/** The parse tree of an envsubst text (fluxcd/pkg/envsubst/parse). */
sealed interface EnvsubstNode {

  /** Literal text, escapes already removed. */
  record Text(String value) implements EnvsubstNode {}

  /**
   * A {@code ${...}} expression.
   *
   * @param param the variable name
   * @param name the operator ({@code ""} for {@code ${x}}, {@code ":-"}, {@code "#"}, {@code "//"},
   *     …)
   * @param args the operator's arguments
   * @param offset byte offset of the {@code $} in the original UTF-8 text
   */
  record Func(String param, String name, List<EnvsubstNode> args, int offset)
      implements EnvsubstNode {}

  /** Nodes evaluated one after the other. */
  record Sequence(List<EnvsubstNode> nodes) implements EnvsubstNode {}
}
