package dev.pvetune.settings;

import java.util.regex.Pattern;

/**
 * A shell-style pattern over resource strings and guest names: {@code *} matches within one
 * path segment, {@code **} across segments, {@code ?} one character of a segment, {@code [abc]}
 * / {@code [a-z]} / {@code [!abc]} one character of a set. A trailing {@code /**} also matches
 * the part before it, so {@code node/pve1/qemu/104/**} covers the guest and each of its disks.
 */
public final class Glob {
  private final String text;
  private final Pattern regex;

  private Glob(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /** Compiles a pattern; the message of the exception says what is wrong with it. */
  public static Glob compile(String text, boolean ignoreCase) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    boolean subtree = text.endsWith("/**");
    String body = subtree ? text.substring(0, text.length() - 3) : text;
    StringBuilder re = new StringBuilder();
    translate(text, body, re);
    if (subtree) {
      re.append("(?:/.*)?");
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return new Glob(text, Pattern.compile(re.toString(), flags | Pattern.DOTALL));
  }

  private static void translate(String whole, String body, StringBuilder re) {
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '*') {
        int run = 1;
        while (i + run < body.length() && body.charAt(i + run) == '*') {
          run++;
        }
        if (run > 2) {
          throw new IllegalArgumentException("'" + whole + "': use * within a path segment or ** across segments, not " + "*".repeat(run));
        }
        re.append(run == 2 ? ".*" : "[^/]*");
        i += run;
      } else if (c == '?') {
        re.append("[^/]");
        i++;
      } else if (c == '[') {
        i = charClass(whole, body, i, re);
      } else if (c == ']') {
        throw new IllegalArgumentException("'" + whole + "': ']' without '['");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
  }

  /** Translates the set starting at body[open] == '['; returns the index after its ']'. */
  private static int charClass(String whole, String body, int open, StringBuilder re) {
    int i = open + 1;
    boolean negated = i < body.length() && (body.charAt(i) == '!' || body.charAt(i) == '^');
    if (negated) {
      i++;
    }
    StringBuilder set = new StringBuilder();
    int start = i;
    while (i < body.length() && (body.charAt(i) != ']' || i == start)) {
      char c = body.charAt(i);
      if (c == '-' && i > start && i + 1 < body.length() && body.charAt(i + 1) != ']') {
        char from = body.charAt(i - 1);
        char to = body.charAt(i + 1);
        if (to < from) {
          throw new IllegalArgumentException("'" + whole + "': range " + from + "-" + to + " is backwards");
        }
        set.append('-');
      } else if (c == '/') {
        throw new IllegalArgumentException("'" + whole + "': a [set] cannot contain '/'");
      } else {
        set.append(c == '\\' || c == '[' || c == ']' || c == '^' || c == '&' || c == '-' ? "\\" + c : String.valueOf(c));
      }
      i++;
    }
    if (i >= body.length()) {
      throw new IllegalArgumentException("'" + whole + "': '[' is not closed by ']'");
    }
    re.append(negated ? "[^/" : "[").append(set).append(']');
    return i + 1;
  }

  public boolean matches(String value) {
    return regex.matcher(value).matches();
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && g.text.equals(text) && g.regex.flags() == regex.flags();
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
