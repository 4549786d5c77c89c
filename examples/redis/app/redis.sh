#!/bin/sh
# The `redis:6.2.6` image as a Troupe process image: it runs the node's own redis-server, as the
# official image runs its bundled one, keeping its data in /data (the StatefulSet mounts each
# pod's claim there). Pods share the host network, so it listens on the pod's IP and the host
# port the kubelet mapped containerPort 6379 to ($PORT); the Service and the cluster DNS name
# <pod>.redis-service lead there.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis:6.2.6 runs the node's redis-server, which is not installed on this node." >&2
  echo "Install it (Debian/Ubuntu: apt-get install redis-server; npm start does this as root), then delete the pod." >&2
  exit 127
fi
if [ ! -d /data ] || [ ! -w /data ]; then
  echo "redis:6.2.6 keeps its data in /data, which is not mounted writable in this container (mount a volume at /data)." >&2
  exit 1
fi
exec redis-server --bind "${POD_IP:-127.0.0.1}" --port "${PORT:-6379}" --dir /data \
  --appendonly yes --appendfsync everysec --save "" --protected-mode no "$@"
