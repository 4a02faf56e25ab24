/**
 * Parsers for ZFS command output and kstats of a bundle. Each is a pure function from the text
 * and the bundle file name (used in messages) to a {@link dev.pvetune.parse.Parsed} value; a bad
 * line becomes a {@link dev.pvetune.parse.Diagnostic} with its line, input that is not the
 * expected format at all throws {@link dev.pvetune.parse.ParseException}.
 *
 * <table>
 *   <caption>Bundle file to parser</caption>
 *   <tr><th>bundle file</th><th>parser</th><th>value</th></tr>
 *   <tr><td>{@code cmd/zfs-get.out}</td><td>{@link dev.pvetune.parse.zfs.ZfsGetParser}</td>
 *       <td>{@link dev.pvetune.parse.zfs.DatasetTable}</td></tr>
 *   <tr><td>{@code cmd/zpool-get.out}</td><td>{@link dev.pvetune.parse.zfs.ZpoolGetParser}</td>
 *       <td>{@link dev.pvetune.parse.zfs.PoolPropertyTable}</td></tr>
 *   <tr><td>{@code cmd/zpool-list.out}</td><td>{@link dev.pvetune.parse.zfs.ZpoolListParser}</td>
 *       <td>list of {@link dev.pvetune.parse.zfs.ListedPool}</td></tr>
 *   <tr><td>{@code cmd/zpool-status-json.out}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ZpoolStatusJsonParser}</td>
 *       <td>list of {@link dev.pvetune.parse.zfs.PoolStatus}</td></tr>
 *   <tr><td>{@code cmd/zpool-status.out}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ZpoolStatusParser}</td>
 *       <td>list of {@link dev.pvetune.parse.zfs.PoolStatus}</td></tr>
 *   <tr><td>{@code cmd/zdb-config-<n>.out}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ZdbConfigParser}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ZdbConfig}</td></tr>
 *   <tr><td>{@code cmd/zfs-snapshots.out}</td>
 *       <td>{@link dev.pvetune.parse.zfs.SnapshotListParser}</td>
 *       <td>list of {@link dev.pvetune.parse.zfs.Snapshot}</td></tr>
 *   <tr><td>{@code cmd/zfs-version.out}</td><td>{@link dev.pvetune.parse.zfs.ZfsVersionParser}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ZfsVersions}</td></tr>
 *   <tr><td>{@code files/proc/spl/kstat/zfs/arcstats}</td>
 *       <td>{@link dev.pvetune.parse.zfs.ArcstatsParser}</td>
 *       <td>{@link dev.pvetune.parse.zfs.Arcstats}</td></tr>
 * </table>
 *
 * <p>Numbers printed by ZFS are read as {@link dev.pvetune.parse.zfs.Quantity}: exact for
 * {@code -p} output, approximate for {@code zfs_nicenum} text such as {@code 1.50G}.
 */
package dev.pvetune.parse.zfs;
