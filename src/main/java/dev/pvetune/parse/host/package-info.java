/**
 * Parsers for host and kernel files of a bundle (memory, swap, mounts, block devices, module
 * options, ZED, cron, systemd timers, DMI). Each is a pure function from the text and the bundle
 * file name to a {@link dev.pvetune.parse.Parsed} value, with the same diagnostic rules as
 * {@link dev.pvetune.parse.zfs}.
 *
 * <table>
 *   <caption>Bundle file to parser</caption>
 *   <tr><th>bundle file</th><th>parser</th></tr>
 *   <tr><td>{@code files/proc/meminfo}</td><td>{@link dev.pvetune.parse.host.MeminfoParser}</td></tr>
 *   <tr><td>{@code files/proc/swaps}, {@code cmd/swapon.out}</td>
 *       <td>{@link dev.pvetune.parse.host.SwapParser}</td></tr>
 *   <tr><td>{@code files/proc/mounts}</td><td>{@link dev.pvetune.parse.host.MountsParser}</td></tr>
 *   <tr><td>{@code cmd/lsblk.out}</td><td>{@link dev.pvetune.parse.host.LsblkParser}</td></tr>
 *   <tr><td>{@code cmd/zvol-links.out}</td><td>{@link dev.pvetune.parse.host.ZvolLinksParser}</td></tr>
 *   <tr><td>{@code files/sys/module/zfs/parameters/*}</td>
 *       <td>{@link dev.pvetune.parse.host.ModuleParameterParser}</td></tr>
 *   <tr><td>{@code files/sys/block/*}{@code /stat}</td>
 *       <td>{@link dev.pvetune.parse.host.BlockStatParser}</td></tr>
 *   <tr><td>{@code files/sys/block/*}{@code /queue/rotational}</td>
 *       <td>{@link dev.pvetune.parse.host.RotationalFlagParser}</td></tr>
 *   <tr><td>{@code files/etc/modprobe.d/*.conf}</td>
 *       <td>{@link dev.pvetune.parse.host.ModprobeConfParser}</td></tr>
 *   <tr><td>{@code files/etc/zfs/zed.d/zed.rc}</td><td>{@link dev.pvetune.parse.host.ZedRcParser}</td></tr>
 *   <tr><td>{@code files/etc/crontab}, {@code files/etc/cron.d/*},
 *       {@code files/var/spool/cron/crontabs/root}</td>
 *       <td>{@link dev.pvetune.parse.host.CrontabParser}</td></tr>
 *   <tr><td>{@code files/usr/lib/zfs-linux/trim}, {@code .../scrub}</td>
 *       <td>{@link dev.pvetune.parse.host.PeriodicScriptParser}</td></tr>
 *   <tr><td>{@code cmd/timers.out}</td><td>{@link dev.pvetune.parse.host.SystemdTimersParser}</td></tr>
 *   <tr><td>{@code cmd/dmidecode-memory.out}</td>
 *       <td>{@link dev.pvetune.parse.host.DmidecodeMemoryParser}</td></tr>
 * </table>
 */
package dev.pvetune.parse.host;
