package io.rset.core.inputs;

/** Inputs that cannot be computed; the message is the user-facing text, worded as Flux words it. */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  /** This error wrapped as Go's {@code fmt.Errorf("<prefix>: %w", err)}. */
  public InputException wrap(String prefix) {
    InputException e = new InputException(prefix + ": " + getMessage());
    e.initCause(this);
    return e;
  }
}
