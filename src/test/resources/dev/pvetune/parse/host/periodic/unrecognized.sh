#!/bin/sh
PROPERTY_NAME="org.debian:periodic-trim"
for pool in $(zpool list -H -o name); do
	zfs get -H -o value "${PROPERTY_NAME}" "$pool" | grep -q enable && zpool trim "$pool"
done
