#!/bin/sh
# Installs what `npm start`, `npm test` and `npm run bench` need on a fresh machine:
# the npm packages (which bring a pinned Node 24) and a nats-server binary.
set -e
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "troupe setup: installing npm packages" >&2
  npm ci --no-fund --no-audit --loglevel=error >&2
fi

# redis-server backs the redis:6.2.6 process image of examples/redis (and its tests). Without
# it that example's pods say how to install it; nothing else needs it, so its absence is no error.
missing=""
if ! { [ -n "$TROUPE_NATS_SERVER" ] && [ -x "$TROUPE_NATS_SERVER" ]; } && ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
  missing="nats-server"
fi
if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
  missing="$missing redis-server"
fi
# prometheus (with promtool) runs the Prometheus and alert rule tests and `troupe up --prometheus`
# (docs/monitoring.md); without it those tests print why they skip.
if ! { [ -n "$TROUPE_PROMETHEUS" ] && [ -x "$TROUPE_PROMETHEUS" ]; } && ! command -v prometheus >/dev/null 2>&1 && [ ! -x /usr/bin/prometheus ]; then
  missing="$missing prometheus"
fi
[ -n "$missing" ] || exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "troupe setup: installing$missing with apt-get" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
  case "$missing" in
    *prometheus*)
      # Only the binaries are wanted: Troupe starts its own Prometheus on free ports. Debian's
      # package enables a system service on :9090; stop and disable it where systemd runs.
      if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
        echo "troupe setup: disabling the prometheus system services the packages enabled (Troupe runs its own)" >&2
        for unit in prometheus prometheus-node-exporter; do systemctl disable --now "$unit" >/dev/null 2>&1 || true; done
      fi
      ;;
  esac
  exit 0
fi
case "$missing" in
  *prometheus*) echo "troupe setup: prometheus is not installed (not root or no apt-get): the Prometheus tests skip; install it with: sudo apt-get install prometheus" >&2 ;;
esac
case "$missing" in
  *nats-server*) ;;
  *)
    case "$missing" in
      *redis-server*) echo "troupe setup: redis-server is not installed: the examples/redis pods will say how to install it" >&2 ;;
    esac
    exit 0
    ;;
esac

cat >&2 <<'MSG'
troupe setup: nats-server is not installed and cannot be installed automatically
(not root or no apt-get). Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install nats-server
  macOS:          brew install nats-server
  any platform:   put a nats-server binary on PATH, or set TROUPE_NATS_SERVER=/path/to/nats-server
MSG
exit 1
