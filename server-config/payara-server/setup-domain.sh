#!/usr/bin/env bash
# Payara Server 6 set-up for Vine Reports: a domain of its own, configured as Payara Micro is
# (server-config/payara/pre-boot-commands.asadmin, the same commands), started, with the WAR deployed at "/".
#
#   server-config/payara-server/setup-domain.sh <payara home> <vine-reports.war> [<domain directory>]
#
# The app's settings (FILEVINE_*, VINE_*) come from the environment this script runs in: start-domain hands it to
# the domain's JVM. Ports: VINE_HTTP_PORT (8080), VINE_ADMIN_PORT (4848); the domain's other listeners take the
# ten ports above the admin port. VINE_MAX_HEAP (e.g. 768m) replaces the domain's default -Xmx512m.
# Stop it with: <payara home>/bin/asadmin stop-domain --domaindir <domain directory> vine-reports
set -euo pipefail
home=${1:?usage: setup-domain.sh <payara home> <war> [<domain directory>]}
war=${2:?usage: setup-domain.sh <payara home> <war> [<domain directory>]}
domains=${3:-$home/glassfish/domains}
domain=vine-reports
http=${VINE_HTTP_PORT:-8080}
admin=${VINE_ADMIN_PORT:-4848}
here=$(cd "$(dirname "$0")" && pwd)

asadmin() { "$home/bin/asadmin" --interactive=false --port "$admin" "$@"; }

ports="http.ssl.port=$((admin + 1)):jms.port=$((admin + 2)):domain.jmxPort=$((admin + 3))"
ports="$ports:orb.listener.port=$((admin + 4)):orb.ssl.port=$((admin + 5)):orb.mutualauth.port=$((admin + 6))"
ports="$ports:java.debugger.port=$((admin + 7)):osgi.shell.telnet.port=$((admin + 8))"
asadmin create-domain --nopassword=true --domaindir "$domains" --adminport "$admin" --instanceport "$http" \
  --domainproperties "$ports" "$domain"
asadmin start-domain --domaindir "$domains" "$domain"

# The same settings as Payara Micro's; a domain names its HTTP listener http-listener-1 (Micro: http-listener).
grep -v -e '^#' -e '^[[:space:]]*$' "$here/../payara/pre-boot-commands.asadmin" \
  | sed 's/protocol\.http-listener\./protocol.http-listener-1./' \
  | while read -r command; do
      # shellcheck disable=SC2086 # one asadmin command per line, its words split as asadmin expects
      asadmin $command </dev/null
    done

# HTTP worker threads as Payara Micro has them (200): a new domain's pool keeps 5, so that a sixth page view at the
# same moment waits in the queue (measured: P9 in BENCHMARKS.md).
asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=200
asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=2

if [ -n "${VINE_MAX_HEAP:-}" ]; then
  asadmin delete-jvm-options -- -Xmx512m
  asadmin create-jvm-options -- "-Xmx$VINE_MAX_HEAP"
fi

# Listener settings take effect on a restart (changed live, the listener stopped answering: "GrizzlyProxy is NULL").
asadmin restart-domain --domaindir "$domains" "$domain"
asadmin deploy --contextroot / --name ROOT "$war"
