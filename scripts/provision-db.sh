#!/usr/bin/env bash
# Makes a PostgreSQL (15 or newer) with pgvector available and creates Socratic's role and database.
# Idempotent: it uses a server that already runs; on a fresh Debian/Ubuntu host it installs PostgreSQL
# from the distribution and builds pgvector from Debian's source package (bookworm ships none).
# Settings: SOCRATIC_DB_URL (jdbc:postgresql://HOST:PORT/DB), SOCRATIC_DB_USER, SOCRATIC_DB_PASSWORD.
set -euo pipefail

url="${SOCRATIC_DB_URL:-jdbc:postgresql://127.0.0.1:5432/socratic}"
db_user="${SOCRATIC_DB_USER:-socratic}"
db_password="${SOCRATIC_DB_PASSWORD:-socratic}"
extra_dbs=("$@")   # further databases to create the same way (the test suite's)

hostport="${url#jdbc:postgresql://}"; hostport="${hostport%%/*}"
db_name="${url##*/}"; db_name="${db_name%%\?*}"
db_host="${hostport%%:*}"; db_port=5432
[[ "$hostport" == *:* ]] && db_port="${hostport##*:}"

say() { echo "provision-db: $*" >&2; }
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
die() { say "ERROR: $*"; exit 1; }

for name in "$db_user" "$db_name" "${extra_dbs[@]}"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "'$name' is not a plain lower-case identifier; use letters, digits and _."
done

is_local() { [[ "$db_host" == 127.* || "$db_host" == localhost || "$db_host" == ::1 ]]; }
as_superuser() {
  # Local servers: the postgres OS user over the socket, else TCP as postgres (trust setups).
  if id postgres >/dev/null 2>&1 && command -v runuser >/dev/null && [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -p "$db_port" -X -q "$@"
  elif command -v sudo >/dev/null && sudo -n -u postgres true 2>/dev/null; then
    sudo -n -u postgres psql -v ON_ERROR_STOP=1 -p "$db_port" -X -q "$@"
  else
    PGPASSWORD="${PGPASSWORD:-}" psql -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" -U "${PGSUPERUSER:-postgres}" -X -q "$@"
  fi
}
server_answers() { command -v pg_isready >/dev/null && pg_isready -q -h "$db_host" -p "$db_port"; }
apt_install() {
  [ "$(id -u)" = 0 ] || die "installing $* needs root (run this script with sudo)."
  command -v apt-get >/dev/null || die "no apt-get here: install PostgreSQL 15+ with pgvector by hand, then run this again."
  if [ -z "${_apt_updated:-}" ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq; _apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. A running server.
if ! server_answers; then
  is_local || die "no PostgreSQL answers at $db_host:$db_port and it is not this host; start it or fix SOCRATIC_DB_URL."
  if ! command -v pg_ctlcluster >/dev/null; then
    say "installing PostgreSQL from the distribution"
    apt_install postgresql postgresql-contrib
  fi
  cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$db_port" '$3==p {print $1" "$2; exit}')
  if [ -z "$cluster" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    say "creating cluster $ver/main on port $db_port"
    pg_createcluster "$ver" main -p "$db_port" >/dev/null
    cluster="$ver main"
  fi
  say "starting PostgreSQL $cluster"
  pg_ctlcluster --skip-systemctl-redirect $cluster start || pg_ctlcluster $cluster start
  for _ in $(seq 1 30); do server_answers && break; sleep 1; done
  server_answers || die "PostgreSQL did not come up on $db_host:$db_port."
fi

server_major=$(as_superuser -At -c "show server_version_num" | cut -c1-2)
[ "$server_major" -ge 15 ] || die "PostgreSQL $server_major is too old; Socratic needs 15 or newer."

# 2. pgvector, built from Debian's source package when the server lacks it.
has_vector() { [ "$(as_superuser -At -c "select count(*) from pg_available_extensions where name='vector'")" = 1 ]; }
if ! has_vector; then
  is_local || die "the server at $db_host:$db_port lacks pgvector and is not this host; install pgvector there."
  pg_config="/usr/lib/postgresql/$server_major/bin/pg_config"
  if apt-cache policy "postgresql-$server_major-pgvector" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    say "installing postgresql-$server_major-pgvector"
    apt_install "postgresql-$server_major-pgvector"
  else
    say "building pgvector from Debian's source package for PostgreSQL $server_major"
    [ "$(id -u)" = 0 ] || die "building pgvector needs root (run this script with sudo)."
    src_list=/etc/apt/sources.list.d/socratic-pgvector-src.list
    if ! apt-cache showsrc pgvector 2>/dev/null | grep -q '^Version'; then
      echo "deb-src http://deb.debian.org/debian trixie main" > "$src_list"
      _apt_updated=
    fi
    apt_install "postgresql-server-dev-$server_major" dpkg-dev make gcc
    work=$(mktemp -d)
    chmod 755 "$work"  # apt drops to the _apt user for downloads
    (cd "$work" && apt-get source --download-only pgvector >/dev/null) || die "could not download pgvector's source package."
    orig=$(ls "$work"/pgvector_*.orig.tar.* | head -1)
    tar -xf "$orig" -C "$work"
    srcdir=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -1)
    make -s -C "$srcdir" PG_CONFIG="$pg_config" >/dev/null
    make -s -C "$srcdir" install PG_CONFIG="$pg_config" >/dev/null
    rm -rf "$work"
  fi
  has_vector || die "pgvector is still not available to the server after installing it."
fi

# 3. Role, databases, extension.
esc_password=${db_password//\'/\'\'}
as_superuser -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$db_user') then
    create role $db_user login password '$esc_password';
  else
    alter role $db_user login password '$esc_password';
  end if;
end \$\$;
SQL
for name in "$db_name" "${extra_dbs[@]}"; do
  if [ "$(as_superuser -d postgres -At -c "select count(*) from pg_database where datname='$name'")" = 0 ]; then
    as_superuser -d postgres -c "create database $name owner $db_user"
    say "created database $name"
  fi
  # The extension needs a superuser; the schema itself is the role's (Flyway creates it).
  as_superuser -d "$name" -c "create extension if not exists vector; grant all on schema public to $db_user; alter schema public owner to $db_user"
done
say "ready: $url as $db_user (pgvector $(as_superuser -d "$db_name" -At -c "select extversion from pg_extension where extname='vector'"))"
