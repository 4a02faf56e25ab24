package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/**
 * One section of a SectionConfig file ({@code type: id} and its indented body).
 *
 * @param type the type as written in the header
 * @param id the section id as written in the header
 * @param line the header line
 * @param entries the body lines in file order (a repeated scalar key is not in here; an array key
 *     appears once per line)
 */
public record ConfigSection(String type, String id, int line, List<SectionEntry> entries) {
  public ConfigSection {
    entries = List.copyOf(entries);
  }

  /** The (first) entry for a key. */
  public Optional<SectionEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The value of a key; empty if the key is absent or written without a value. */
  public Optional<String> value(String key) {
    return entry(key).flatMap(SectionEntry::value);
  }

  /** Every entry for a key (array keys such as jobs.cfg {@code exclude-path}). */
  public List<SectionEntry> entries(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).toList();
  }
}
