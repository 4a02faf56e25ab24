package dev.pvetune.bundle;

/** A bundle that cannot be read as a whole: the message is one line naming what and where. */
public final class BundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BundleException(String message) {
    super(message);
  }

  public BundleException(String message, Throwable cause) {
    super(message, cause);
  }
}
