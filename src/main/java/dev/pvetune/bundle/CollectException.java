package dev.pvetune.bundle;

/** Collecting a bundle failed; the message is one line for a person. */
public final class CollectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CollectException(String message) {
    super(message);
  }

  public CollectException(String message, Throwable cause) {
    super(message, cause);
  }
}
