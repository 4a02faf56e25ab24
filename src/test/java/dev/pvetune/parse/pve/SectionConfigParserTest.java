package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionConfigParserTest {
  @Test
  void sectionsBareKeysAndValuesWithSpaces() {
    Parsed<SectionConfigFile> parsed =
        SectionConfigParser.parse(
            "zfspool: local-zfs\n"
                + "\tpool rpool/data\n"
                + "\tsparse\n\n"
                + "rbd: ceph\n"
                + "\tmonhost 10.1.1.20 10.1.1.21  \n",
            "storage.cfg");
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value().sections())
        .extracting(ConfigSection::type, ConfigSection::id, ConfigSection::line)
        .containsExactly(tuple("zfspool", "local-zfs", 1), tuple("rbd", "ceph", 5));
    ConfigSection zfs = parsed.value().sections().get(0);
    assertThat(zfs.entries())
        .containsExactly(
            new SectionEntry("pool", Optional.of("rpool/data"), 2),
            new SectionEntry("sparse", Optional.empty(), 3));
    assertThat(zfs.value("sparse")).isEmpty();
    assertThat(zfs.entry("sparse")).isPresent();
    assertThat(parsed.value().sections().get(1).value("monhost")).contains("10.1.1.20 10.1.1.21");
  }

  @Test
  void arrayKeysRepeatScalarKeysDoNot() {
    Parsed<SectionConfigFile> parsed =
        SectionConfigParser.parse(
            "vzdump: job1\n\texclude-path /a\n\texclude-path /b\n\tmode stop\n\tmode snapshot\n",
            "jobs.cfg",
            Set.of("exclude-path"));
    ConfigSection job = parsed.value().sections().get(0);
    assertThat(job.entries("exclude-path"))
        .extracting(e -> e.value().orElseThrow())
        .containsExactly("/a", "/b");
    assertThat(job.value("mode")).contains("stop");
    assertThat(parsed.diagnostics())
        .containsExactly(
            new Diagnostic(
                "jobs.cfg",
                5,
                "duplicate key 'mode' in section 'job1' (first at line 4); Proxmox ignores this"
                    + " line"));
  }

  @Test
  void onlyAnEmptyLineEndsASection() {
    String text =
        "dir: a\n"
            + "\tpath /a\n"
            + "  \n" // whitespace only: ignored, section goes on
            + "\t# comment inside\n"
            + "\tcontent iso\n"
            + "dir: b\n" // no empty line before: ignored, b's body goes into a
            + "\tshared 1\n"
            + "\n"
            + "\tnodes x\n" // orphan: the section ended
            + "# comment outside\n"
            + "garbage here\n"
            + "dir: c\n"
            + "\tpath /c"; // no trailing newline, no trailing empty line
    Parsed<SectionConfigFile> parsed = SectionConfigParser.parse(text, "storage.cfg");
    assertThat(parsed.value().sections()).extracting(ConfigSection::id).containsExactly("a", "c");
    assertThat(parsed.value().sections().get(0).entries())
        .extracting(SectionEntry::key, SectionEntry::line)
        .containsExactly(tuple("path", 2), tuple("content", 5), tuple("shared", 7));
    assertThat(parsed.value().sections().get(1).value("path")).contains("/c");
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(
                3,
                "whitespace-only line inside section 'a' is ignored; only an empty line ends a"
                    + " section"),
            tuple(
                6,
                "'dir: b' looks like a section header, but section 'a' (line 1) has no empty line"
                    + " before it; Proxmox ignores this line and reads the following indented lines"
                    + " into 'a'. Add an empty line before it"),
            tuple(
                9,
                "indented line outside any section (an empty line ended the section before it);"
                    + " Proxmox ignores it"),
            tuple(11, "not a section header ('type: id'); Proxmox ignores this line"));
  }

  @Test
  void crlfAndNonUtf8() {
    byte[] bytes =
        "dir: a\r\n\tpath /caf\u00e9\r\n\r\ndir: b\r\n\tpath /b\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Parsed<SectionConfigFile> parsed =
        SectionConfigParser.parse(new String(bytes, StandardCharsets.UTF_8), "storage.cfg");
    assertThat(parsed.value().sections()).extracting(ConfigSection::id).containsExactly("a", "b");
    assertThat(parsed.value().sections().get(1).value("path")).contains("/b");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2);
  }

  @Test
  void emptyFileHasNoSections() {
    Parsed<SectionConfigFile> parsed = SectionConfigParser.parse("", "x.cfg");
    assertThat(parsed.value().sections()).isEmpty();
    assertThat(parsed.diagnostics()).isEmpty();
  }
}
