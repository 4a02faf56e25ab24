package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import org.junit.jupiter.api.Test;

class DatacenterConfigParserTest {
  private static final String FILE = "files/etc/pve/datacenter.cfg";

  @Test
  void example() {
    Parsed<DatacenterConfig> parsed =
        DatacenterConfigParser.parse(Fixtures.read("cluster/datacenter.cfg"), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    DatacenterConfig dc = parsed.value();
    assertThat(dc.entries().keySet())
        .containsExactly("keyboard", "migration", "ha", "bwlimit", "email_from");
    assertThat(dc.value("keyboard")).contains("en-us");
    assertThat(dc.migrationType()).contains("secure");
    assertThat(dc.migrationNetwork()).contains("10.10.10.0/24");
    assertThat(dc.haShutdownPolicy()).contains("migrate");
    assertThat(dc.bandwidthLimitKib("migration")).hasValue(409600);
    assertThat(dc.bandwidthLimitKib("restore")).hasValue(204800);
    assertThat(dc.bandwidthLimitKib("clone")).isEmpty();
    assertThat(dc.entry("email_from").orElseThrow().line()).isEqualTo(5);
    assertThat(dc.description()).isEmpty();
  }

  @Test
  void quirksAndErrors() {
    String text =
        "#Cluster%3A lab\n"
            + "  keyboard:de  \n"
            + "migration: type=insecure,network=192.0.2.0/24\n"
            + "ha: shutdown_policy=freeze,shutdown_policy=failover\n"
            + "console: html5\n"
            + "console: xtermjs\n"
            + "mac_prefix:\n"
            + "what is this\n"
            + "http_proxy: http://proxy.example.lan:3128\n";
    Parsed<DatacenterConfig> parsed = DatacenterConfigParser.parse(text, FILE);
    DatacenterConfig dc = parsed.value();
    assertThat(dc.description()).contains("Cluster: lab");
    assertThat(dc.value("keyboard")).contains("de");
    assertThat(dc.migrationType()).contains("insecure");
    assertThat(dc.entry("ha")).isEmpty();
    assertThat(dc.haShutdownPolicy()).isEmpty();
    assertThat(dc.entry("console").orElseThrow().value()).isEqualTo("xtermjs");
    // the key ends at the first colon, the URL keeps its colons
    assertThat(dc.value("http_proxy")).contains("http://proxy.example.lan:3128");
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(4, "'ha': key 'shutdown_policy' is given twice; Proxmox ignores it"),
            tuple(6, "'console' is set again (first at line 5); the last value wins"),
            tuple(7, "'mac_prefix' has no value; Proxmox ignores it"),
            tuple(8, "not 'key: value'; Proxmox ignores this line"));
  }

  @Test
  void emptyFile() {
    Parsed<DatacenterConfig> parsed = DatacenterConfigParser.parse("", FILE);
    assertThat(parsed.value().entries()).isEmpty();
    assertThat(parsed.diagnostics()).isEmpty();
  }
}
