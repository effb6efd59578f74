package io.rset.cluster.why;

/**
 * One object of the chain from the asked object to the root cause. {@code via} is null for the
 * first link; {@code ready} is null when the object has no Ready condition (or does not exist).
 */
public record Link(ObjectRef ref, Via via, State state, Condition ready) {

  /** What {@code rset why} found at this link. */
  public enum State {
    READY("Ready"),
    NOT_READY("NotReady"),
    SUSPENDED("Suspended"),
    MISSING("NotFound"),
    /** The object closes a dependency cycle (it is already earlier in the chain). */
    CYCLE("Cycle");

    private final String json;

    State(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }
}
