package io.rset.cli;

import java.util.Map;

/**
 * One case of a case file in the conformance-corpus format.
 *
 * @param file the case file as given on the command line (for messages)
 * @param name the case name, unique within its file
 * @param template the template source
 * @param leftDelim left delimiter, null for {@code <<}
 * @param rightDelim right delimiter, null for {@code >>}
 * @param inputs the inputs map, null when the case has no inputs
 * @param want expected output, or null when an error is expected
 * @param wantError expected exact error text, or null
 * @param wantErrorPrefix expected prefix of the error text, or null; compared instead of wantError
 */
record TemplateCase(
    String file,
    String name,
    String template,
    String leftDelim,
    String rightDelim,
    Map<String, Object> inputs,
    String want,
    String wantError,
    String wantErrorPrefix) {

  /** {@code file:name}, how a case is named in reports. */
  String id() {
    return file + ":" + name;
  }
}
