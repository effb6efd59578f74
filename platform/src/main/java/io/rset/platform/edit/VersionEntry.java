package io.rset.platform.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versions.env side of a release whose version is written as {@code ${var}}: the variable
 * (named by {@link VersionVariable}'s learned rule) and the entry that sets it, found in the
 * platform directory or its parent. An entry that already sets the variable to the same version is
 * reused; to another version it is refused.
 *
 * @param change the versions.env change, or null when the entry exists already
 */
record VersionEntry(String variable, FileChange change) {

  static VersionEntry of(Path dir, Releases releases, AddRequest r) {
    List<Map<String, Object>> inputs = releases.inputs();
    String variable = VersionVariable.rule(inputs).apply(r.name(), r.chart());
    if (!VersionVariable.validName(variable)) {
      throw new EditException(
          "cannot name the version variable of \""
              + r.name()
              + "\": "
              + variable
              + " is not a valid variable name; give --version as ${name} yourself");
    }
    PlatformFile file = PlatformFile.readIfExists(dir, PlatformAdd.VERSIONS);
    if (file == null) {
      file = PlatformFile.readIfExists(dir, "../" + PlatformAdd.VERSIONS);
    }
    if (file == null) {
      throw new EditException(
          Releases.FILE
              + " writes versions as ${var} but there is no "
              + PlatformAdd.VERSIONS
              + " in "
              + dir
              + " or its parent; give --version as ${name} yourself");
    }
    VersionsEnv env = new VersionsEnv(file.doc());
    VersionsEnv.Entry existing = env.find(variable);
    if (existing != null) {
      if (existing.value().equals(r.version())) {
        return new VersionEntry(variable, null);
      }
      throw new EditException(
          file.doc().where(existing.line(), 0)
              + ": "
              + variable
              + " is already "
              + existing.value()
              + "; use --version "
              + existing.value()
              + " or change it there");
    }
    List<VersionComment.Known> known = new ArrayList<>();
    for (Map<String, Object> in : inputs) {
      if (in.get("chart") instanceof Map<?, ?> c) {
        VersionVariable.variableOf(ResourceSetDoc.str(c, "version"))
            .ifPresent(
                v ->
                    known.add(
                        new VersionComment.Known(
                            ResourceSetDoc.str(in, "name"),
                            ResourceSetDoc.str(c, "name"),
                            ResourceSetDoc.str(c, "url"),
                            v)));
      }
    }
    List<String> comment = VersionComment.forRelease(env, known, r.name(), r.chart(), r.url());
    String after = env.add(variable, r.version(), comment);
    env.requireAdded(after, variable, r.version());
    return new VersionEntry(
        variable,
        new FileChange(file.name(), file.text(), after, "added " + variable + "=" + r.version()));
  }
}
