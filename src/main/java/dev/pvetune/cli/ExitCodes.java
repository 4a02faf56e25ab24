package dev.pvetune.cli;

/** The documented exit statuses. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE_OR_INPUT = 2;

  private ExitCodes() {}
}
