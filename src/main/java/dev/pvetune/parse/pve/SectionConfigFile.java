package dev.pvetune.parse.pve;

import java.util.List;

/** A parsed SectionConfig file: its sections in file order. */
public record SectionConfigFile(List<ConfigSection> sections) {
  public SectionConfigFile {
    sections = List.copyOf(sections);
  }
}
