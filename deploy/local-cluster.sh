#!/usr/bin/env bash
# A Correlator cluster on this machine's loopback, for trying it out: a throwaway PostgreSQL, N server nodes and an
# nginx load balancer in front of them, all from Debian packages (installed when missing and running as root).
#
#   deploy/local-cluster.sh start [N]     PostgreSQL + N nodes (default 3) + balancer on http://127.0.0.1:5080
#   deploy/local-cluster.sh status        which processes run, each node's /healthz
#   deploy/local-cluster.sh kill-node I   SIGKILL node I (1..N), to watch another node take over
#   deploy/local-cluster.sh stop          stops everything (the data folder is kept until the next start)
#
# Settings (environment): CORRELATOR_CLUSTER_DIR (default /tmp/correlator-cluster), LB_PORT (5080),
# FIRST_NODE_PORT (5081), PG_PORT (55432).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CORRELATOR_CLUSTER_DIR:-/tmp/correlator-cluster}
lb_port=${LB_PORT:-5080}
first_port=${FIRST_NODE_PORT:-5081}
pg_port=${PG_PORT:-55432}
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=correlator"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  local need=()
  [ -n "$(pg_bin)" ] || need+=(postgresql)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "please install: ${need[*]} (Debian packages)"; exit 1; }
    echo "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$dir/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
  if [ ! -f "$dir/pg/data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $dir/pg -c max_connections=200" start >/dev/null
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'correlator'" | grep -q 1 \
    || "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE correlator"
  echo "PostgreSQL on 127.0.0.1:$pg_port (data in $dir/pg)"
}

start_node() {
  local i=$1 port=$((first_port + $1 - 1))
  # Every node shares one data folder: the first operator key is written there once for the whole cluster.
  Storage__Provider=Postgres Storage__ConnectionString="$connection" Correlator__StoragePath="$dir/data/correlator.db" \
    Logging__LogLevel__Default=Warning \
    nohup dotnet "$root/src/Correlator.Server/bin/Release/net10.0/Correlator.Server.dll" --urls "http://127.0.0.1:$port" \
    >"$dir/node$i.log" 2>&1 &
  echo $! >"$dir/node$i.pid"
}

wait_healthy() {
  local port=$1
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "node on port $port did not become healthy; see $dir/node*.log"; exit 1
}

write_nginx_conf() {
  local n=$1 servers="" i
  for i in $(seq 1 "$n"); do servers+="    server 127.0.0.1:$((first_port + i - 1)) max_fails=1 fail_timeout=5s;"$'\n'; done
  mkdir -p "$dir/nginx"
  cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
$([ "$(id -u)" = 0 ] && echo "user root;")
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  client_max_body_size 8m;
  # Reads and posts may go to any node: every node follows the same logs.
  upstream correlator { least_conn;
$servers  }
  # SignalR negotiates on one request and connects on the next: both must reach the same node unless the client
  # skips negotiation (WebSocket only). The bundled dashboard negotiates, so hub traffic is sticky by client address.
  upstream correlator_hub { ip_hash;
$servers  }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:$lb_port;
    location / { proxy_pass http://correlator; proxy_next_upstream error timeout http_502 http_503; }
    location /hubs/ {
      proxy_pass http://correlator_hub;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_read_timeout 1h;
    }
  }
}
CONF
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

start() {
  local n=${1:-3}
  install_missing
  mkdir -p "$dir/data"
  echo "building the server (Release)"
  dotnet build "$root/src/Correlator.Server/Correlator.Server.csproj" -c Release -v quiet -nologo >/dev/null
  start_postgres
  # The first node alone first: it loads the seeds into the empty database and makes the operator key.
  start_node 1 && wait_healthy "$first_port"
  for i in $(seq 2 "$n"); do start_node "$i"; done
  for i in $(seq 2 "$n"); do wait_healthy $((first_port + i - 1)); done
  echo "$n nodes on ports $first_port..$((first_port + n - 1))"
  write_nginx_conf "$n"
  "$(nginx_bin)" -c "$dir/nginx/nginx.conf" -p "$dir/nginx"
  echo "load balancer on http://127.0.0.1:$lb_port (dashboard, API, hub)"
  echo "operator key: $(cat "$dir/data/operator.key")"
  echo "try: curl -s http://127.0.0.1:$lb_port/api/discrepancies | head -c 300"
  echo "     $0 kill-node 1   # then watch the dashboard keep going"
}

status() {
  local f
  for f in "$dir"/node*.pid; do
    [ -f "$f" ] || continue
    local name; name=$(basename "$f" .pid)
    if kill -0 "$(cat "$f")" 2>/dev/null; then
      local port; port=$((first_port + ${name#node} - 1))
      echo "$name pid $(cat "$f") port $port $(curl -fs "http://127.0.0.1:$port/healthz" || echo 'not answering')"
    else
      echo "$name stopped"
    fi
  done
  [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null && echo "nginx on port $lb_port" || echo "nginx stopped"
  as_postgres "$(pg_bin)/pg_ctl" -D "$dir/pg/data" status >/dev/null 2>&1 && echo "PostgreSQL on port $pg_port" || echo "PostgreSQL stopped"
}

kill_node() {
  local f="$dir/node$1.pid"
  [ -f "$f" ] || { echo "no node $1"; exit 1; }
  kill -9 "$(cat "$f")" && rm -f "$f" && echo "node $1 killed (SIGKILL)"
}

stop() {
  local f
  [ -f "$dir/nginx/nginx.pid" ] && "$(nginx_bin)" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s stop 2>/dev/null || true
  for f in "$dir"/node*.pid; do
    [ -f "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  [ -d "$dir/pg/data" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  echo "stopped (data kept in $dir)"
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  status) status ;;
  kill-node) kill_node "${2:?which node}" ;;
  stop) stop ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
