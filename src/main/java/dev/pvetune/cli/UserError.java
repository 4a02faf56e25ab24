package dev.pvetune.cli;

/** An error caused by the user's input, shown as one line and exit status 2. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
