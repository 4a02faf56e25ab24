package dev.pvetune.rules.storage;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Storage;
import dev.pvetune.model.Vdev;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.rules.pool.VdevGeometry;
import dev.pvetune.zfs.BlockAllocation;
import dev.pvetune.zfs.Deflate;
import dev.pvetune.zfs.TopLevelVdev;
import dev.pvetune.zfs.VolblocksizeAdvice;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * STOR-003: zvol block sizes that raidz/dRAID stores with much more parity and padding than the
 * 128K blocks its space accounting assumes (reference/zfsmath.md §1).
 */
public final class BlocksizeRaidzPadding implements Rule.ForStorage {
  private static final RuleInfo INFO = new RuleInfo("STOR-003", "blocksize-raidz-padding", Severity.MEDIUM,
      "Block size wastes space on raidz", Set.of(Input.STORAGE_CFG, Input.ZFS_DATASETS, Input.POOL_STATUS, Input.VDEV_ASHIFT));
  /** Fires when a block costs at least 10% more raw space per byte than a 128K block. */
  private static final int THRESHOLD_PERCENT = 110;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Storage storage, Inventory inv, Findings out) {
    if (!storage.isZfsPool() || storage.zfsDataset().isEmpty()) {
      return;
    }
    String root = storage.zfsDataset().get();
    String poolName = root.contains("/") ? root.substring(0, root.indexOf('/')) : root;
    Optional<Pool> pool = inv.pool(poolName);
    if (pool.isEmpty()) {
      return;
    }
    List<Vdev> parityVdevs = pool.get().dataVdevs().stream().filter(VdevGeometry::hasParityLayout).toList();
    if (parityVdevs.isEmpty()) {
      return;
    }
    Map<Vdev, TopLevelVdev> geometry = new LinkedHashMap<>();
    for (Vdev v : parityVdevs) {
      Optional<TopLevelVdev> g = VdevGeometry.of(v);
      if (g.isEmpty()) {
        out.unknown(storage.resource(), "the layout or ashift of " + poolName + " " + v.shortName() + " is not known (zdb -C)");
        return;
      }
      geometry.put(v, g.get());
    }

    Optional<NewZvolBlocksize> forNew = NewZvolBlocksize.of(storage, inv);
    Map<Long, List<Dataset>> zvolsBySize = new TreeMap<>();
    for (Dataset z : inv.children(root)) {
      if (z.isVolume() && z.bytes("volblocksize").isPresent()) {
        zvolsBySize.computeIfAbsent(z.bytes("volblocksize").getAsLong(), k -> new ArrayList<>()).add(z);
      }
    }
    Map<Long, Worst> costly = new TreeMap<>();
    for (long size : zvolsBySize.keySet()) {
      worst(geometry, size).filter(Worst::costly).ifPresent(w -> costly.put(size, w));
    }
    Optional<Worst> newCost = forNew.flatMap(b -> worst(geometry, b.bytes())).filter(Worst::costly);
    if (costly.isEmpty() && newCost.isEmpty()) {
      return;
    }

    Worst any = newCost.orElseGet(() -> costly.values().iterator().next());
    Vdev vdev = any.vdev();
    TopLevelVdev geo = geometry.get(vdev);
    String where = poolName + " (" + vdev.describeLayout() + ", ashift " + geo.ashift() + ")";
    BlockAllocation ref = geo.allocate(Deflate.REFERENCE_BLOCK);
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Long, Worst> e : costly.entrySet()) {
      parts.add(zvolsBySize.get(e.getKey()).size() + " zvol(s) at " + Bytes.blockSize(e.getKey()) + " allocate " + e.getValue().describe());
    }
    newCost.ifPresent(w -> parts.add("new zvols get " + forNew.get().describe() + ", which allocates " + w.describe()));
    var finding = out.on(storage.resource(), "storage " + storage.id() + " on " + where + ": " + String.join("; ", parts)
        + ", against " + ratio(ref.rawBytes(), ref.psize()) + "x for 128K blocks");
    finding.evidence(poolName + " " + vdev.name() + ": " + vdev.describeLayout() + ", ashift " + geo.ashift(), vdev.ref());
    newCost.ifPresent(w -> finding.evidence("new zvols: " + forNew.get().describe(), forNew.get().ref()));

    long overhead = 0;
    long excess = 0;
    long data = 0;
    int unknownWritten = 0;
    for (Map.Entry<Long, Worst> e : costly.entrySet()) {
      long size = e.getKey();
      BlockAllocation a = e.getValue().allocation();
      TopLevelVdev g = geometry.get(e.getValue().vdev());
      BlockAllocation r = g.allocate(Deflate.REFERENCE_BLOCK);
      for (Dataset z : zvolsBySize.get(size)) {
        var users = inv.disksOn(z.name()).stream().map(d -> d.guest().label() + " " + d.disk().key()).distinct().toList();
        finding.evidence(z.name() + " volblocksize " + Bytes.blockSize(size) + (users.isEmpty() ? "" : " (" + String.join(", ", users) + ")"),
            z.property("volblocksize").get().ref());
        if (z.bytes("logicalreferenced").isEmpty()) {
          unknownWritten++;
          continue;
        }
        long blocks = Math.floorDiv(z.bytes("logicalreferenced").getAsLong(), size);
        long perBlock = (a.redundancySectors() + a.skipSectors()) << a.ashift();
        overhead += blocks * perBlock;
        data += blocks * size;
        // What the same data would cost at the 128K rate: size * raw(128K) / 128K per block.
        BigInteger at128 = BigInteger.valueOf(blocks).multiply(BigInteger.valueOf(size)).multiply(BigInteger.valueOf(r.rawBytes()))
            .divide(BigInteger.valueOf(r.psize()));
        excess += blocks * a.rawBytes() - at128.longValueExact();
      }
    }
    VolblocksizeAdvice advice = VolblocksizeAdvice.forVdev(geo);
    String suggestion = Bytes.blockSize(advice.volblocksize());
    StringBuilder impact = new StringBuilder();
    if (data > 0) {
      impact.append("The existing zvols hold ").append(Bytes.format(data)).append(" of written blocks (logicalreferenced); parity and padding take ")
          .append(Bytes.format(overhead)).append(" raw on top, ").append(Bytes.format(excess))
          .append(" more than the same data would need in 128K blocks (incompressible data assumed)");
      if (unknownWritten > 0) {
        impact.append("; ").append(unknownWritten).append(" zvol(s) without logicalreferenced are not counted");
      }
      impact.append(". ");
    } else if (!costly.isEmpty()) {
      impact.append("zfs get gives no logicalreferenced for these zvols, so the bytes lost are not known. ");
    }
    impact.append("zfs list charges every block at the 128K rate, so these zvols also show more USED than they hold. ")
        .append(suggestion).append(" blocks allocate ").append(ratio(advice.allocation().rawBytes(), advice.volblocksize()))
        .append("x on this vdev (the most space-efficient of 16K-64K)");
    finding.impact(impact.toString());
    if (newCost.isPresent() || forNew.isEmpty() || !forNew.get().fromOption()) {
      finding.fix("pvesm set " + storage.id() + " --blocksize " + suggestion.toLowerCase(Locale.ROOT) + " (applies to disks created from now on)",
          Disruption.ONLINE, new Change.StorageOption(storage.id(), "blocksize", storage.option("blocksize").map(s -> s.value()),
              suggestion.toLowerCase(Locale.ROOT)));
    }
    if (!costly.isEmpty()) {
      finding.fix("Recreate the affected disks at " + suggestion + " by moving them to a storage with that blocksize", Disruption.RECREATE,
          new Change.Manual(List.of(
              "zfs create " + poolName + "/vm-" + suggestion.toLowerCase(Locale.ROOT) + "   # a new dataset for the re-created disks",
              "pvesm add zfspool " + storage.id() + "-" + suggestion.toLowerCase(Locale.ROOT) + " --pool " + poolName + "/vm-" + suggestion.toLowerCase(Locale.ROOT)
                  + " --blocksize " + suggestion.toLowerCase(Locale.ROOT) + " --sparse 1 --content images,rootdir",
              "qm disk move <vmid> <disk> " + storage.id() + "-" + suggestion.toLowerCase(Locale.ROOT) + " --delete 1   # per affected disk; copies into a new zvol")));
    }
    finding.add();
  }

  /** The least efficient parity vdev for this block size, with how it compares to 128K blocks. */
  private static Optional<Worst> worst(Map<Vdev, TopLevelVdev> geometry, long size) {
    Worst worst = null;
    for (Map.Entry<Vdev, TopLevelVdev> e : geometry.entrySet()) {
      BlockAllocation a = e.getValue().allocate(size);
      BlockAllocation r = e.getValue().allocate(Deflate.REFERENCE_BLOCK);
      Worst w = new Worst(e.getKey(), a, r);
      if (worst == null || w.compareCost(worst) > 0) {
        worst = w;
      }
    }
    return Optional.ofNullable(worst);
  }

  private static String ratio(long raw, long logical) {
    return BigDecimal.valueOf(raw).divide(BigDecimal.valueOf(logical), 2, RoundingMode.HALF_UP).toPlainString();
  }

  /** One block size on one vdev, against a 128K block on the same vdev. */
  private record Worst(Vdev vdev, BlockAllocation allocation, BlockAllocation reference) {
    /** raw(V)/V ≥ 1.10 × raw(128K)/128K, in exact integers. */
    boolean costly() {
      BigInteger lhs = BigInteger.valueOf(allocation.rawBytes()).multiply(BigInteger.valueOf(reference.psize())).multiply(BigInteger.valueOf(100));
      BigInteger rhs = BigInteger.valueOf(reference.rawBytes()).multiply(BigInteger.valueOf(allocation.psize())).multiply(BigInteger.valueOf(THRESHOLD_PERCENT));
      return lhs.compareTo(rhs) >= 0;
    }

    int compareCost(Worst o) {
      BigInteger mine = BigInteger.valueOf(allocation.rawBytes()).multiply(BigInteger.valueOf(reference.psize()))
          .multiply(BigInteger.valueOf(o.reference.rawBytes()));
      BigInteger theirs = BigInteger.valueOf(o.allocation.rawBytes()).multiply(BigInteger.valueOf(o.reference.psize()))
          .multiply(BigInteger.valueOf(reference.rawBytes()));
      return mine.compareTo(theirs);
    }

    /** "16K per 8K block (2.00x the data, +45% over 128K blocks)". */
    String describe() {
      BigDecimal extra = BigDecimal.valueOf(allocation.rawBytes()).multiply(BigDecimal.valueOf(reference.psize()))
          .divide(BigDecimal.valueOf(reference.rawBytes()).multiply(BigDecimal.valueOf(allocation.psize())), 4, RoundingMode.HALF_UP)
          .subtract(BigDecimal.ONE).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
      return Bytes.blockSize(allocation.rawBytes()) + " per " + Bytes.blockSize(allocation.psize()) + " block ("
          + ratio(allocation.rawBytes(), allocation.psize()) + "x the data, +" + extra.toPlainString() + "% over 128K blocks)";
    }
  }
}
