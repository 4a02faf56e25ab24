#!/bin/sh -eu
[ -d /sys/module/zfs ] || exit 0
PROPERTY_NAME="org.debian:periodic-scrub"

lookup () {
	zfs get -H -o value "${PROPERTY_NAME}" "$1" 2>/dev/null || return 1
}

run_scrub () {
	# leave a running scrub alone
	zpool status "$1" | grep -q "scrub in progress" || zpool scrub "$1" || true
}

zpool list -H -o health,name 2>&1 | awk -F'\t' '$1 == "ONLINE" {print $2}' | while read pool; do
	value=$(lookup "$pool")
	if [ $? -ne 0 ] || [ "disable" = "${value}" ]; then
		:
	elif [ "-" = "${value}" ] || [ "auto" = "${value}" ] || [ "enable" = "${value}" ]; then
		run_scrub "$pool"
	else
		echo "ignoring ${value}" >&2
	fi
done
