package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClusterStateParsersTest {
  private static final String MEMBERS = "files/etc/pve/.members";
  private static final String STATE = "files/var/lib/pve-manager/pve-replication-state.json";

  @Test
  void clusterMembers() {
    Parsed<ClusterMembers> parsed =
        MembersParser.parse(Fixtures.read("cluster/members.json"), MEMBERS);
    assertThat(parsed.diagnostics()).isEmpty();
    ClusterMembers members = parsed.value();
    assertThat(members.localNode()).isEqualTo("pve1");
    assertThat(members.version()).isEqualTo(12);
    assertThat(members.isCluster()).isTrue();
    assertThat(members.cluster()).contains(new ClusterInfo("lab", 3, 3, true));
    assertThat(members.nodes())
        .containsExactly(
            new ClusterNode("pve1", 1, true, Optional.of("192.0.2.11")),
            new ClusterNode("pve2", 2, true, Optional.of("192.0.2.12")),
            new ClusterNode("pve3", 3, false, Optional.empty()));
    assertThat(members.node("pve3").orElseThrow().online()).isFalse();
  }

  @Test
  void standaloneMembers() {
    Parsed<ClusterMembers> parsed =
        MembersParser.parse(Fixtures.read("cluster/members-standalone.json"), MEMBERS);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value().localNode()).isEqualTo("pve");
    assertThat(parsed.value().isCluster()).isFalse();
    assertThat(parsed.value().nodes()).isEmpty();
  }

  @Test
  void malformedMembers() {
    assertThatThrownBy(
            () -> MembersParser.parse("{\n\"nodename\": \"pve1\",\n\"version\": ,\n}", MEMBERS))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(3))
        .hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> MembersParser.parse("", MEMBERS)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> MembersParser.parse("[]", MEMBERS))
        .hasMessage("not a .members file: no \"nodename\"");
    Parsed<ClusterMembers> partial =
        MembersParser.parse(
            "{\"nodename\":\"a\",\"version\":1,\"cluster\":{\"name\":\"x\"},"
                + "\"nodelist\":{\"a\":{\"id\":1,\"online\":1},\"b\":{\"online\":1}}}",
            MEMBERS);
    assertThat(partial.value().cluster()).isEmpty();
    assertThat(partial.value().nodes()).extracting(ClusterNode::name).containsExactly("a");
    assertThat(partial.diagnostics()).hasSize(2);
  }

  @Test
  void replicationState() {
    Parsed<ReplicationStates> parsed =
        ReplicationStateParser.parse(Fixtures.read("cluster/pve-replication-state.json"), STATE);
    assertThat(parsed.diagnostics()).isEmpty();
    ReplicationStates states = parsed.value();
    assertThat(states.states()).hasSize(3);
    ReplicationJobState failing = states.find(101, "local/pve3").orElseThrow();
    assertThat(failing.failCount()).isEqualTo(3);
    assertThat(failing.error())
        .hasValueSatisfying(e -> assertThat(e).endsWith("failed: exit code 1"));
    assertThat(failing.lastSync()).isEqualTo(1715594701L);
    assertThat(failing.lastTry()).isEqualTo(1715596501L);
    assertThat(failing.duration()).isEqualTo(OptionalDouble.of(12.108871));
    assertThat(failing.lastNode()).contains("pve1");
    assertThat(failing.storeIds()).containsExactly("local-zfs");
    assertThat(failing.targetNode()).isEqualTo("pve3");
    assertThat(states.failing()).containsExactly(failing);
    ReplicationJobState syncing = states.find(130, "local/pve2").orElseThrow();
    assertThat(syncing.pid()).isEqualTo(OptionalLong.of(23456));
    assertThat(syncing.lastTry()).isEqualTo(1715587204L);
    assertThat(syncing.duration()).isEmpty();
    assertThat(states.find(100, "local/pve3")).isEmpty();

    ReplicationJob job =
        ReplicationConfigParser.parse("local: 101-0\n\ttarget pve3\n", "replication.cfg")
            .value()
            .jobs()
            .get(0);
    assertThat(states.of(job)).contains(failing);
  }

  @Test
  void replicationStateEdgeCases() {
    assertThat(ReplicationStateParser.parse("", STATE).value().states()).isEmpty();
    assertThat(ReplicationStateParser.parse("{}", STATE).value().states()).isEmpty();
    assertThatThrownBy(() -> ReplicationStateParser.parse("{\"101\":", STATE))
        .isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> ReplicationStateParser.parse("[1]", STATE))
        .isInstanceOf(ParseException.class);
    Parsed<ReplicationStates> odd =
        ReplicationStateParser.parse(
            "{\"web\":{},\"102\":{\"local/pve2\":{\"fail_count\":\"many\"},\"local/pve3\":7}}",
            STATE);
    assertThat(odd.value().states()).hasSize(1);
    ReplicationJobState state = odd.value().states().get(0);
    assertThat(state.failCount()).isZero();
    assertThat(state.lastSync()).isZero();
    assertThat(odd.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "\"web\" is not a guest id with job states; it is ignored",
            "102/local/pve2: \"fail_count\" is not a whole number (\"many\"); read as 0",
            "state of 102/local/pve3 is not an object; it is ignored");
  }
}
