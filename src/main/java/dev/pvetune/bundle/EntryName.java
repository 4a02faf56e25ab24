package dev.pvetune.bundle;

/** Validates and normalises the name of an entry inside a bundle. */
final class EntryName {
  private EntryName() {}

  /**
   * Returns the entry name relative to the bundle root, or throws when the name could escape it
   * (absolute, "..", empty segments with backslashes or NUL).
   */
  static String check(String raw, String origin) {
    String name = raw;
    while (name.startsWith("./")) {
      name = name.substring(2);
    }
    if (name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
      throw new BundleException(origin + ": entry '" + printable(raw) + "' has an absolute or unsafe name; refusing the bundle");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        throw new BundleException(origin + ": entry '" + printable(raw) + "' points outside the bundle (..); refusing the bundle");
      }
    }
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.length() > 200 ? out.substring(0, 200) + "..." : out.toString();
  }
}
