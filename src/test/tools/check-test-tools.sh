#!/usr/bin/env bash
# Run by `mvn verify` before the integration tests (pre-integration-test): names, in one message, everything the
# suite needs that this machine lacks, instead of letting tests fail one by one (or worse, skip). Maven fetches
# the rest itself: Payara Micro, Payara Server, WildFly and Keycloak come from Maven Central.
set -uo pipefail
missing=()
have() { command -v "$1" >/dev/null 2>&1; }

have node && have npm || missing+=("Node.js 20+ with npm (Debian: apt-get install nodejs npm)")
if have node; then
  major=$(node --version | sed 's/^v\([0-9]*\).*/\1/')
  [ "${major:-0}" -ge 20 ] || missing+=("Node.js 20 or newer (found $(node --version))")
fi
[ -x /usr/bin/chromium ] || missing+=("Chromium at /usr/bin/chromium (Debian: apt-get install chromium)")
[ -x /usr/bin/chromedriver ] \
  || missing+=("ChromeDriver at /usr/bin/chromedriver (Debian: apt-get install chromium-driver)")
have haproxy || missing+=("HAProxy, the two-node tests' balancer (Debian: apt-get install haproxy)")

# Keycloak 26 runs on Java 21+: KEYCLOAK_JAVA_HOME, or any such JDK under /usr/lib/jvm (as KeycloakServer looks).
java21=""
for jdk in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] \
     && grep -qE 'JAVA_VERSION="(2[1-9]|[3-9][0-9])' "$jdk/release" 2>/dev/null; then
    java21=$jdk
    break
  fi
done
[ -n "$java21" ] || missing+=("a JDK 21 or newer for Keycloak: set KEYCLOAK_JAVA_HOME, or install one under /usr/lib/jvm (Debian 13: apt-get install openjdk-21-jdk-headless)")

if [ ${#missing[@]} -gt 0 ]; then
  echo "The integration tests need what this machine lacks:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "Install it and run the command again (mvn verify -DskipITs runs the unit tests alone)." >&2
  exit 1
fi
echo "Test tools: node $(node --version), $(/usr/bin/chromedriver --version | cut -d' ' -f1-2), $(haproxy -v | head -1 | cut -d' ' -f1-3), Java for Keycloak: $java21"
