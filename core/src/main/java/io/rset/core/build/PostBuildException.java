package io.rset.core.build;

/** A failure of copyFrom, convertKubeConfigFrom or checksumFrom; the message is Go's text. */
public final class PostBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PostBuildException(String message) {
    super(message);
  }

  public PostBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
