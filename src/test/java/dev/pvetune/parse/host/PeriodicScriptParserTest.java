package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import dev.pvetune.parse.host.PeriodicScriptPolicy.Action;
import dev.pvetune.parse.host.PeriodicScriptPolicy.NvmeCheck;
import dev.pvetune.parse.host.PeriodicScriptPolicy.Operation;
import dev.pvetune.parse.host.PeriodicScriptPolicy.PropertyScope;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodicScriptParserTest {
  private static final String TRIM = "files/usr/lib/zfs-linux/trim";

  private static PeriodicScriptPolicy policy(String fixture) {
    Parsed<PeriodicScriptPolicy> parsed =
        PeriodicScriptParser.parse(Fixtures.read("host/periodic/" + fixture), TRIM);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.value();
  }

  @Test
  void propertyDrivenTrimOnlyTrimsNvmeOnlyPoolsWhenUnsetOrAuto() {
    PeriodicScriptPolicy p = policy("trim-property.sh");

    assertThat(p.operation()).isEqualTo(Operation.TRIM);
    assertThat(p.property()).contains("org.debian:periodic-trim");
    assertThat(p.propertyScope()).contains(PropertyScope.DATASET);
    assertThat(p.line()).isEqualTo(7);
    assertThat(p.onlineOnly()).isTrue();
    assertThat(p.nvmeCheck()).contains(NvmeCheck.TRANSPORT);
    assertThat(p.actionFor(Optional.empty())).isEqualTo(Action.RUN_IF_NVME_ONLY);
    assertThat(p.actionFor(Optional.of("auto"))).isEqualTo(Action.RUN_IF_NVME_ONLY);
    assertThat(p.actionFor(Optional.of("enable"))).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("disable"))).isEqualTo(Action.SKIP);
    assertThat(p.actionFor(Optional.of("yes"))).isEqualTo(Action.SKIP);
    assertThat(p.actionFor(Optional.of(""))).isEqualTo(Action.SKIP);
  }

  @Test
  void olderScriptTrimsEveryOnlinePool() {
    PeriodicScriptPolicy p = policy("trim-unconditional.sh");

    assertThat(p.operation()).isEqualTo(Operation.TRIM);
    assertThat(p.property()).isEmpty();
    assertThat(p.propertyScope()).isEmpty();
    assertThat(p.onlineOnly()).isTrue();
    assertThat(p.nvmeCheck()).isEmpty();
    assertThat(p.actionFor(Optional.empty())).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("disable"))).isEqualTo(Action.RUN);
  }

  @Test
  void scrubScriptWithAnIfChain() {
    PeriodicScriptPolicy p = policy("scrub-ifchain.sh");

    assertThat(p.operation()).isEqualTo(Operation.SCRUB);
    assertThat(p.property()).contains("org.debian:periodic-scrub");
    assertThat(p.actionFor(Optional.empty())).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("auto"))).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("enable"))).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("disable"))).isEqualTo(Action.SKIP);
    assertThat(p.actionFor(Optional.of("weekly"))).isEqualTo(Action.SKIP);
    assertThat(p.nvmeCheck()).isEmpty();
  }

  @Test
  void poolPropertyAndDevicePathCheck() {
    PeriodicScriptPolicy p = policy("trim-devpath.sh");

    assertThat(p.property()).contains("org.example:periodic-trim");
    assertThat(p.propertyScope()).contains(PropertyScope.POOL);
    assertThat(p.onlineOnly()).isFalse();
    assertThat(p.nvmeCheck()).contains(NvmeCheck.DEVICE_PATH);
    assertThat(p.actionFor(Optional.of("-"))).isEqualTo(Action.RUN_IF_NVME_ONLY);
    assertThat(p.actionFor(Optional.of("enable"))).isEqualTo(Action.RUN);
    assertThat(p.actionFor(Optional.of("other"))).isEqualTo(Action.SKIP);
  }

  @Test
  void unrecognizedLogicAndForeignFilesAreRejected() {
    assertThatThrownBy(
            () -> PeriodicScriptParser.parse(Fixtures.read("host/periodic/unrecognized.sh"), TRIM))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("was not recognized")
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> PeriodicScriptParser.parse("#!/bin/sh\necho hello\n", TRIM))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a Debian periodic ZFS script");
    assertThatThrownBy(() -> PeriodicScriptParser.parse("", TRIM))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void missingUnsetBranchIsReported() {
    String script =
        "PROPERTY_NAME=\"org.debian:periodic-trim\"\n"
            + "v=$(zfs get -H -o value \"${PROPERTY_NAME}\" pool)\n"
            + "case \"$v\" in\n"
            + "  enable) zpool trim pool ;;\n"
            + "esac\n";

    Parsed<PeriodicScriptPolicy> parsed = PeriodicScriptParser.parse(script, TRIM);

    assertThat(parsed.value().actionFor(Optional.empty())).isEqualTo(Action.SKIP);
    assertThat(parsed.value().actionFor(Optional.of("enable"))).isEqualTo(Action.RUN);
    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("no branch for an unset"));
  }
}
