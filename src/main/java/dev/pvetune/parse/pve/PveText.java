package dev.pvetune.parse.pve;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small text conventions shared by every Proxmox file format (pve-common semantics). */
public final class PveText {
  /** {@code parse_storage_id}: letters, digits, {@code - _ .}, starts with a letter, ≥ 2 chars. */
  public static final Pattern STORAGE_ID =
      Pattern.compile("[a-z][a-z0-9\\-_.]*[a-z0-9]", Pattern.CASE_INSENSITIVE);

  /** {@code pve-configid}: section ids of jobs.cfg and friends, snapshot names. */
  public static final Pattern CONFIG_ID =
      Pattern.compile("[a-z][a-z0-9_\\-]+", Pattern.CASE_INSENSITIVE);

  /** {@code parse_volume_id}: storage id, then everything after the first colon. */
  static final Pattern VOLUME_ID =
      Pattern.compile(
          "([a-z][a-z0-9\\-_.]*[a-z0-9]):(.+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT](?:iB)?)?");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The character a lenient UTF-8 decoder puts where the input had an invalid byte. */
  static final char REPLACEMENT = '\uFFFD';

  private PveText() {}

  /**
   * Decodes a percent-encoded description or comment ({@code decode_text}): every {@code %XX}
   * becomes that byte, everything else stays, and the bytes are read as UTF-8. A raw {@code %} not
   * followed by two hex digits (written before libpve-common-perl 8.2.2) stays literal.
   */
  public static String decodeText(String encoded) {
    return new String(percentDecode(encoded), StandardCharsets.UTF_8);
  }

  /** Whether {@link #decodeText} gives the text without replacing invalid UTF-8 sequences. */
  static boolean decodesCleanly(String encoded) {
    return isValidUtf8(percentDecode(encoded));
  }

  private static byte[] percentDecode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    int i = 0;
    while (i < encoded.length()) {
      char c = encoded.charAt(i);
      if (c == '%'
          && i + 2 < encoded.length()
          && isHex(encoded.charAt(i + 1))
          && isHex(encoded.charAt(i + 2))) {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 3;
        continue;
      }
      int end = i + Character.charCount(encoded.codePointAt(i));
      byte[] raw = encoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
      bytes.write(raw, 0, raw.length);
      i = end;
    }
    return bytes.toByteArray();
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * {@code split_list}: a list separated by commas, semicolons or whitespace (or NUL, when the text
   * contains one). Empty items disappear.
   */
  public static List<String> splitList(String text) {
    List<String> out = new ArrayList<>();
    if (text.indexOf('\0') >= 0) {
      for (String item : text.split("\0", -1)) {
        if (!item.isEmpty()) {
          out.add(item);
        }
      }
      return List.copyOf(out);
    }
    String spaced = LIST_SEPARATORS.matcher(text).replaceAll(" ").strip();
    if (spaced.isEmpty()) {
      return List.of();
    }
    for (String item : WHITESPACE.split(spaced)) {
      out.add(item);
    }
    return List.copyOf(out);
  }

  /**
   * {@code parse_boolean}: {@code 1 on yes true} and {@code 0 off no false}, any case. Anything
   * else is not a boolean (empty result).
   */
  public static Optional<Boolean> parseBoolean(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "1":
      case "on":
      case "yes":
      case "true":
        return Optional.of(Boolean.TRUE);
      case "0":
      case "off":
      case "no":
      case "false":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }

  /**
   * SectionConfig booleans: only {@code 0} and {@code 1}; a key written without a value means 1.
   */
  static Optional<Boolean> parseSectionBoolean(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.of(Boolean.TRUE);
    }
    switch (value.get()) {
      case "1":
        return Optional.of(Boolean.TRUE);
      case "0":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }

  /**
   * {@code parse_size}: a decimal number with an optional binary unit {@code K M G T} (optionally
   * followed by {@code iB}); no unit means bytes; the result is truncated to whole bytes. Empty if
   * the text is not a size or does not fit in a long.
   */
  public static OptionalLong parseSize(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).substring(0, 1);
    int shift;
    switch (unit) {
      case "K":
        shift = 10;
        break;
      case "M":
        shift = 20;
        break;
      case "G":
        shift = 30;
        break;
      case "T":
        shift = 40;
        break;
      default:
        shift = 0;
    }
    BigDecimal bytes =
        number
            .multiply(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(shift)))
            .setScale(0, RoundingMode.DOWN);
    try {
      return OptionalLong.of(bytes.longValueExact());
    } catch (ArithmeticException tooBig) {
      return OptionalLong.empty();
    }
  }

  public static boolean isStorageId(String id) {
    return STORAGE_ID.matcher(id).matches();
  }

  public static boolean isConfigId(String id) {
    return CONFIG_ID.matcher(id).matches();
  }

  /** An unmodifiable sorted copy: sets read from files whose order means nothing. */
  static Set<String> sortedCopy(Collection<String> source) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(source));
  }

  /** An unmodifiable copy that keeps the iteration order of the source. */
  static <K, V> Map<K, V> orderedCopy(Map<K, V> source) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(source));
  }
}
