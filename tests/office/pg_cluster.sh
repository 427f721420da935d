# A throwaway PostgreSQL 15 cluster for the office tests (sourced). pg_start makes it in a fresh directory under /tmp
# (never under /root: the postgres user must reach it), as the postgres user when the tests run as root:
#   - a Unix socket in $pg_dir/sock, trust, for setup (the office's --db);
#   - 127.0.0.1 on a free port with TLS only (a CA and server certificate made here with openssl) and SCRAM passwords,
#     as stations reach an office.
# pg_stop stops it (pg_restart starts it again on the same port); the EXIT trap stops and removes it whatever happens.
# Sets: pg_dir, pg_port, pg_sock, pg_ca (the CA certificate stations trust), pg_db_url, pg_station_url.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_cleanup() {
  if [ -n "${pg_dir:-}" ] && [ -d "$pg_dir" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
}

# Waits until the server answers on both the socket and TCP (pg_isready), at most about 60 s on a loaded machine.
pg_wait_ready() {
  local i
  for i in $(seq 1 120); do
    if "$PG_BIN/pg_isready" -q -h "$pg_sock" -p "$pg_port" && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
      return 0
    fi
    sleep 0.5
  done
  echo "the test PostgreSQL server did not become ready; its log:" >&2
  cat "$pg_dir/log" >&2
  return 1
}

pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  pg_dir=$(mktemp -d /tmp/tillbook-pg.XXXXXX)
  pg_sock="$pg_dir/sock"
  mkdir -p "$pg_sock" "$pg_dir/tls"
  # The CA stations trust, and the server's certificate for 127.0.0.1 signed by it.
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Tillbook test CA" \
    -keyout "$pg_dir/tls/ca.key" -out "$pg_dir/tls/ca.pem" 2>/dev/null || return 1
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$pg_dir/tls/server.key" -out "$pg_dir/tls/server.csr" 2>/dev/null || return 1
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$pg_dir/tls/san.ext"
  openssl x509 -req -in "$pg_dir/tls/server.csr" -CA "$pg_dir/tls/ca.pem" -CAkey "$pg_dir/tls/ca.key" \
    -CAcreateserial -days 2 -extfile "$pg_dir/tls/san.ext" -out "$pg_dir/tls/server.pem" 2>/dev/null || return 1
  chmod 600 "$pg_dir/tls/server.key"
  pg_ca="$pg_dir/ca.pem"
  cp "$pg_dir/tls/ca.pem" "$pg_ca"
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$pg_dir"; chmod 755 "$pg_dir"; fi
  as_pg "$PG_BIN/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --no-sync -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; return 1; }
  as_pg tee "$pg_dir/data/pg_hba.conf" >/dev/null <<HBA
local all all trust
hostssl all all 127.0.0.1/32 scram-sha-256
HBA
  as_pg tee -a "$pg_dir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_sock'
unix_socket_permissions = 0700
ssl = on
ssl_cert_file = '$pg_dir/tls/server.pem'
ssl_key_file = '$pg_dir/tls/server.key'
password_encryption = 'scram-sha-256'
fsync = off
max_connections = 40
CONF
  # A port another process takes between the probe and the start: try again with another.
  local attempt
  for attempt in 1 2 3 4 5; do
    pg_port=$(pg_free_port)
    if as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -o "-p $pg_port" -w -t 120 start >/dev/null 2>&1; then
      pg_wait_ready || return 1
      as_pg "$PG_BIN/psql" -h "$pg_sock" -p "$pg_port" -U postgres -q -c "CREATE DATABASE tillbook" postgres || return 1
      pg_db_url="postgresql:///tillbook?host=$pg_sock&port=$pg_port&user=postgres"
      pg_station_url="postgresql://127.0.0.1:$pg_port/tillbook"
      return 0
    fi
  done
  echo "the test PostgreSQL server did not start; its log:" >&2
  cat "$pg_dir/log" >&2
  return 1
}

pg_stop() {
  as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m fast -w -t 120 stop >/dev/null
}

pg_restart() {
  as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -o "-p $pg_port" -w -t 120 start >/dev/null && pg_wait_ready
}

# psql as the office (the socket, the superuser).
pg_admin() {
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$pg_db_url" "$@"
}
