package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class HaResourcesParserTest {
  private static final String FILE = "files/etc/pve/ha/resources.cfg";

  @Test
  void example() {
    Parsed<List<HaResource>> parsed =
        HaResourcesParser.parse(Fixtures.read("cluster/ha-resources.cfg"), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value())
        .extracting(
            HaResource::sid,
            HaResource::type,
            HaResource::vmid,
            HaResource::state,
            HaResource::line)
        .containsExactly(
            tuple("vm:101", "vm", 101, "started", 1), tuple("ct:105", "ct", 105, "stopped", 5));
    HaResource vm = parsed.value().get(0);
    assertThat(vm.maxRelocate()).isEqualTo(2);
    assertThat(vm.maxRestart()).isEqualTo(1);
    assertThat(vm.failback()).isTrue();
    assertThat(vm.managed()).isTrue();
    assertThat(parsed.value().get(1).comment()).contains("file server");
  }

  @Test
  void defaultsAliasesAndErrors() {
    Parsed<List<HaResource>> parsed =
        HaResourcesParser.parse(
            "VM: 200\n\n"
                + "vm: 201\n\tstate enabled\n\tfailback 0\n\n"
                + "ct: 202\n\tstate ignored\n\tmax_restart x\n\n"
                + "vm: 203\n\tstate running\n\n"
                + "storage: 204\n\n"
                + "vm: web\n",
            FILE);
    assertThat(parsed.value())
        .extracting(HaResource::sid, HaResource::state, HaResource::stateDefaulted)
        .containsExactly(
            tuple("vm:200", "started", true),
            tuple("vm:201", "started", false),
            tuple("ct:202", "ignored", false),
            tuple("vm:203", "started", true));
    assertThat(parsed.value().get(1).failback()).isFalse();
    assertThat(parsed.value().get(2).managed()).isFalse();
    assertThat(parsed.value().get(2).maxRestart()).isEqualTo(1);
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(
                9,
                "HA resource 'ct:202': 'max_restart x' is not a whole number; Proxmox ignores it"),
            tuple(
                12,
                "HA resource 'vm:203': 'state running' is not started, stopped, enabled, disabled"
                    + " or ignored; Proxmox ignores it"),
            tuple(14, "unknown HA resource type 'storage'; Proxmox skips this HA resource"),
            tuple(16, "'web' is not a guest id; Proxmox skips this HA resource"));
  }
}
