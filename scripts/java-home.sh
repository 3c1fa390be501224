# Sourced by the project's scripts: finds a JDK 25 (JAVA_HOME first, then /usr/lib/jvm/*25*) or fails clearly.
socratic_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] &&
       "$candidate/bin/java" -version 2>&1 | grep -qE 'version "25'; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  return 1
}

# Like socratic_find_jdk, but as root on Debian/Ubuntu installs the distribution's JDK 25 when it has one.
socratic_ensure_jdk() {
  socratic_find_jdk && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null 2>&1 || true
    if apt-cache policy openjdk-25-jdk-headless 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      echo "socratic: installing openjdk-25-jdk-headless" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-25-jdk-headless >/dev/null
      socratic_find_jdk && return 0
    fi
  fi
  echo "socratic: no JDK 25 found. Install one (Debian trixie/Ubuntu: openjdk-25-jdk-headless; elsewhere" \
       "Temurin 25 under /usr/lib/jvm) or set JAVA_HOME to it." >&2
  return 1
}
