package io.rset.operator.resourceset;

/**
 * One line of a changeset (spec §4.4.5): {@code <Kind>/<ns>/<name> <action>}.
 *
 * @param action created, configured, unchanged, deleted, skipped or unknown
 */
record ChangeEntry(ObjectRef ref, String action) {
  static final String CREATED = "created";
  static final String CONFIGURED = "configured";
  static final String UNCHANGED = "unchanged";
  static final String DELETED = "deleted";
  static final String SKIPPED = "skipped";

  String line() {
    return ref.display() + " " + action;
  }

  boolean changed() {
    return action.equals(CREATED) || action.equals(CONFIGURED);
  }
}
