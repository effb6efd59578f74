package io.rset.gotemplate;

import io.rset.gotemplate.func.FuncMap;

/** Walks a parsed template (Go's exec.go); one instance per execution. */
final class Executor {
  Executor(Template template, StringBuilder out, FuncMap execFuncs) {}

  void execute(String templateName, Object data) {
    throw new UnsupportedOperationException("TODO(exec)");
  }
}
