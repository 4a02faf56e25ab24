package dev.pvetune.parse.pve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A composite value such as {@code local-zfs:vm-101-disk-0,discard=on,size=32G} ({@code
 * parse_property_string}): parts separated by {@code ,}, each {@code key=value} or a bare value for
 * the schema's default key. There is no quoting; lists inside a value use {@code ;}.
 *
 * @param defaultValue the part written without {@code key=} (the volume of a disk, for example)
 * @param options the {@code key=value} parts in the order written
 */
public record PropertyString(Optional<String> defaultValue, Map<String, String> options) {
  private static final Pattern KEY_VALUE = Pattern.compile("([^=]+)=(.+)", Pattern.DOTALL);

  public PropertyString {
    options = PveText.orderedCopy(options);
  }

  /**
   * Reads a property string the way Proxmox does: whitespace-only parts are skipped; a second value
   * without a key, a repeated key or a key with an empty value make the whole string invalid.
   */
  public static PropertyString parse(String text) throws PropertyStringException {
    String defaultValue = null;
    Map<String, String> options = new LinkedHashMap<>();
    for (String part : text.split(",", -1)) {
      if (part.isBlank()) {
        continue;
      }
      Matcher kv = KEY_VALUE.matcher(part);
      if (kv.matches()) {
        String key = kv.group(1);
        if (options.containsKey(key)) {
          throw new PropertyStringException("key '" + key + "' is given twice");
        }
        options.put(key, kv.group(2));
      } else if (part.indexOf('=') < 0) {
        if (defaultValue != null) {
          throw new PropertyStringException(
              "two values without a key ('" + defaultValue + "' and '" + part + "')");
        }
        defaultValue = part;
      } else {
        throw new PropertyStringException("'" + part + "' has no key or no value");
      }
    }
    return new PropertyString(Optional.ofNullable(defaultValue), options);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /** A boolean option in any spelling Proxmox accepts; empty if absent or not a boolean. */
  public Optional<Boolean> flag(String key) {
    return get(key).flatMap(PveText::parseBoolean);
  }

  /** A {@code disk-size} option in bytes; empty if absent or not a size. */
  public OptionalLong size(String key) {
    String value = options.get(key);
    return value == null ? OptionalLong.empty() : PveText.parseSize(value);
  }
}
