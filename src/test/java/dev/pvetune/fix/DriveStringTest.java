package dev.pvetune.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriveStringTest {
  @Test
  void keepsVolumeAndOtherOptionsInPlaceAndAppendsNewOnesSorted() {
    Map<String, Optional<String>> set = new LinkedHashMap<>();
    set.put("ssd", Optional.of("1"));
    set.put("cache", Optional.empty());
    set.put("discard", Optional.of("on"));
    assertThat(DriveString.rewrite("local-zfs:vm-100-disk-0,cache=writeback,discard=ignore,iothread=1,size=32G", set).value())
        .contains("local-zfs:vm-100-disk-0,discard=on,iothread=1,size=32G,ssd=1");
  }

  @Test
  void keepsAnExplicitFileKeyAndMountPointOptions() {
    assertThat(DriveString.rewrite("volume=local-zfs:subvol-200-disk-1,mp=/srv/data,backup=1,size=8G", Map.of("mountoptions", Optional.of("noatime"))).value())
        .contains("volume=local-zfs:subvol-200-disk-1,mp=/srv/data,backup=1,size=8G,mountoptions=noatime");
  }

  @Test
  void refusesWhatWouldAllocateOrCannotBeWritten() {
    assertThat(DriveString.rewrite("local-zfs:32,cache=none", Map.of("discard", Optional.of("on"))).refusal()).get().asString().contains("allocate");
    assertThat(DriveString.rewrite("local-zfs:vm-1-disk-0", Map.of("serial", Optional.of("a,b"))).refusal()).isPresent();
    assertThat(DriveString.rewrite("local-zfs:vm-1-disk-0", Map.of("file", Optional.of("other:vm-1-disk-1"))).refusal()).isPresent();
    assertThat(DriveString.rewrite("cache=none", Map.of("discard", Optional.of("on"))).refusal()).isPresent();
  }
}
