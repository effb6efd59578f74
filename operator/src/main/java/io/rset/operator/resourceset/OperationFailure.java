package io.rset.operator.resourceset;

import java.util.List;

/**
 * An apply, garbage-collection or job-recreation failure, with the entries completed before it
 * (they still go into the inventory).
 */
final class OperationFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ChangeEntry> completed;

  OperationFailure(String message, List<ChangeEntry> completed) {
    super(message);
    this.completed = List.copyOf(completed);
  }

  List<ChangeEntry> completed() {
    return completed;
  }
}
