#!/usr/bin/env bash
# Prepares Payara Micro to start faster, once per WAR (the Dockerfile runs it at image build):
#  1. the runtime unpacked once into a root directory, with Payara's flat launcher (--outputlauncher), instead of
#     into a new temporary directory at every start;
#  2. a class-data-sharing archive of a start with the WAR deployed (JDK 17 dynamic CDS: -XX:ArchiveClassesAtExit
#     during Payara's --warmup, which deploys and exits), so that later starts map the classes instead of loading them.
# The warm-up leaves the WAR deployed at "/" in the root directory, so later starts deploy nothing:
#   java -XX:SharedArchiveFile=<root>/vine.jsa -jar <root>/launch-micro.jar --port 7059 --nohazelcast ...
# (the same java and the same root directory; a new WAR needs a new root directory).
#
# usage: prepare-launcher.sh <payara-micro.jar> <war> <root-dir> <pre-boot-command-file>
set -euo pipefail
micro=$1 war=$2 root=$3 preboot=$4
java=${JAVA:-java}
rm -rf "$root"
"$java" -jar "$micro" --rootdir "$root" --outputlauncher >"$root.prepare.log" 2>&1
# The warm-up start: no cluster, no settings needed (the app starts without them), its history database thrown away.
export VINE_DATA_DIR="$root.warmup-data"
"$java" -XX:ArchiveClassesAtExit="$root/vine.jsa" -jar "$root/launch-micro.jar" --deploy "$war" --contextroot / \
    --nohazelcast --port 7059 --disablephonehome --prebootcommandfile "$preboot" --warmup >>"$root.prepare.log" 2>&1
rm -rf "$VINE_DATA_DIR"
test -s "$root/vine.jsa" || { echo "No class-data-sharing archive was written: see $root.prepare.log" >&2; exit 1; }
