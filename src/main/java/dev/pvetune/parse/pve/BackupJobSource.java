package dev.pvetune.parse.pve;

/** Where a scheduled backup job is defined. */
public enum BackupJobSource {
  /** {@code /etc/pve/jobs.cfg} (PVE ≥ 7.1); the schedule is a calendar event. */
  JOBS_CFG,
  /** The legacy {@code /etc/pve/vzdump.cron}; the schedule is the five cron time fields. */
  VZDUMP_CRON
}
