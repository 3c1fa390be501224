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
  echo "socratic: no JDK 25 found. Install one (Debian: temurin-25-jdk or openjdk-25-jdk) or set JAVA_HOME." >&2
  return 1
}
