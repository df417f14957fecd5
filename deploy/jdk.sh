# Finds a JDK for a server, sourced by .ci/run, bench/lib.sh and deploy/smoke.sh.
#   find_jdk MIN [PREFERRED]  prints the home of a JDK whose feature version is at least MIN, preferring PREFERRED
#                             (default 25): $JAVA_HOME, then /usr/lib/jvm/temurin-PREFERRED-jdk-amd64, then any
#                             /usr/lib/jvm/* of PREFERRED, then the java on the PATH; exits 1 saying what it looked at.
#   jdk_version HOME          prints the feature version of the JDK at HOME (17, 21, 25…).
#   jvm_options HOME          prints src/main/payara/jvm.options on one line, for the JDK at HOME: the flags written
#                             for JDK 25 (compact object headers) are left out on older JDKs, which refuse them.
# shellcheck shell=bash

jdk_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

find_jdk() {
  local min=$1 preferred=${2:-25} candidates=() home v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=("/usr/lib/jvm/temurin-$preferred-jdk-amd64")
  for home in /usr/lib/jvm/*"$preferred"*; do [ -d "$home" ] && candidates+=("$home"); done
  if command -v java >/dev/null; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  # The preferred version first, wherever it is; then anything new enough.
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ "$(jdk_version "$home")" = "$preferred" ] && { echo "$home"; return 0; }
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    v=$(jdk_version "$home")
    [ -n "$v" ] && [ "$v" -ge "$min" ] && { echo "$home"; return 0; }
  done
  echo "No JDK $min or later found (looked at: ${candidates[*]:-nothing}). Install Temurin $preferred, e.g. at /usr/lib/jvm/temurin-$preferred-jdk-amd64, or set JAVA_HOME." >&2
  return 1
}

jvm_options() {
  local flags; flags=$(tr '\n' ' ' < src/main/payara/jvm.options)
  if [ "$(jdk_version "$1")" -lt 25 ]; then flags=${flags//-XX:+UseCompactObjectHeaders/}; fi
  echo "$flags"
}
