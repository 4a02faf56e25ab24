package dev.pvetune.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a gzip-compressed tar archive into memory, accepting only regular files and directories.
 * Links, devices and names that leave the archive root make the whole bundle invalid.
 */
final class TarGzReader {
  private static final int BLOCK = 512;

  private final String origin;
  private final BundleLimits limits;

  TarGzReader(String origin, BundleLimits limits) {
    this.origin = origin;
    this.limits = limits;
  }

  Map<String, byte[]> read(InputStream raw) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
      long total = 0;
      String longName = null;
      byte[] header = new byte[BLOCK];
      while (true) {
        if (!readBlock(in, header)) {
          throw truncated();
        }
        if (isZero(header)) {
          return entries;
        }
        verifyChecksum(header);
        char type = (char) header[156];
        long size = octal(header, 124, 12);
        if (size < 0 || size > limits.maxEntryBytes()) {
          throw new BundleException(origin + ": an entry of " + size + " bytes exceeds the limit of " + limits.maxEntryBytes() + " bytes");
        }
        total += size;
        if (total > limits.maxTotalBytes()) {
          throw new BundleException(origin + ": the bundle holds more than " + limits.maxTotalBytes() + " bytes; refusing it");
        }
        String name = longName != null ? longName : headerName(header);
        longName = null;
        switch (type) {
          case 'L' -> longName = trimNul(new String(readData(in, size), StandardCharsets.UTF_8));
          case 'x' -> longName = paxPath(readData(in, size));
          case 'g' -> readData(in, size);
          case '5' -> {
            EntryName.check(name, origin);
            skipData(in, size);
          }
          case '0', '\0', '7' -> {
            String entry = EntryName.check(name, origin);
            if (entries.size() >= limits.maxEntries()) {
              throw new BundleException(origin + ": more than " + limits.maxEntries() + " entries; refusing the bundle");
            }
            entries.put(entry, readData(in, size));
          }
          case '1', '2' -> throw new BundleException(origin + ": entry '" + EntryName.printable(name) + "' is a link; bundles may only hold regular files");
          default -> throw new BundleException(origin + ": entry '" + EntryName.printable(name) + "' is a special file (type " + type + "); bundles may only hold regular files");
        }
      }
    } catch (ZipException e) {
      throw new BundleException(origin + ": not a gzip-compressed tar archive or corrupted (" + e.getMessage() + ")");
    } catch (EOFException e) {
      throw truncated();
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private BundleException truncated() {
    return new BundleException(origin + ": the archive is truncated; collect the bundle again");
  }

  private byte[] readData(InputStream in, long size) throws IOException {
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw truncated();
    }
    long pad = (BLOCK - size % BLOCK) % BLOCK;
    in.skipNBytes(pad);
    return data;
  }

  private void skipData(InputStream in, long size) throws IOException {
    readData(in, size);
  }

  private static boolean readBlock(InputStream in, byte[] block) throws IOException {
    int n = in.readNBytes(block, 0, BLOCK);
    return n == BLOCK;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private void verifyChecksum(byte[] header) {
    long expected = octal(header, 148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
    }
    if (sum != expected) {
      throw new BundleException(origin + ": not a valid tar archive (header checksum mismatch)");
    }
  }

  private String headerName(byte[] header) {
    String name = field(header, 0, 100);
    String magic = field(header, 257, 6);
    if (magic.startsWith("ustar")) {
      String prefix = field(header, 345, 155);
      if (!prefix.isEmpty()) {
        return prefix + "/" + name;
      }
    }
    return name;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private long octal(byte[] header, int offset, int length) {
    if ((header[offset] & 0x80) != 0) {
      throw new BundleException(origin + ": tar entry uses a binary size field; refusing entries that large");
    }
    long value = 0;
    boolean digits = false;
    for (int i = offset; i < offset + length; i++) {
      byte b = header[i];
      if (b == 0 || b == ' ') {
        if (digits) {
          break;
        }
        continue;
      }
      if (b < '0' || b > '7') {
        throw new BundleException(origin + ": not a valid tar archive (bad number in header)");
      }
      value = value * 8 + (b - '0');
      digits = true;
    }
    return value;
  }

  private static String trimNul(String s) {
    int i = s.indexOf('\0');
    return i >= 0 ? s.substring(0, i) : s;
  }

  /** Extracts the "path" record of a pax extended header ("<len> path=<value>\n" records). */
  private String paxPath(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int pos = 0;
    while (pos < text.length()) {
      int space = text.indexOf(' ', pos);
      if (space < 0) {
        break;
      }
      int len;
      try {
        len = Integer.parseInt(text.substring(pos, space));
      } catch (NumberFormatException e) {
        throw new BundleException(origin + ": not a valid tar archive (bad pax header)");
      }
      if (len <= 0 || pos + len > text.length()) {
        throw new BundleException(origin + ": not a valid tar archive (bad pax header)");
      }
      String record = text.substring(space + 1, pos + len - 1);
      if (record.startsWith("path=")) {
        return record.substring(5);
      }
      pos += len;
    }
    return null;
  }
}
