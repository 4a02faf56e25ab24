package dev.pvetune.parse;

/** Input that cannot be read at all (not one bad line, but a file whose structure is wrong). */
public final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public ParseException(String file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** One line for a person: where and what. */
  public String describe() {
    return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
  }
}
