#!/usr/bin/env bash
# Serves dist/ with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground,
# for the browser tests: the same server block, with only the port and the
# root replaced, wrapped in a minimal main configuration.
set -euo pipefail
port="${1:-4174}"
top="$(cd "$(dirname "$0")/.." && pwd)"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sed -e "s#listen 80;#listen 127.0.0.1:${port};#" \
    -e "s#root /srv/triptych/dist;#root ${top}/dist;#" \
    "$top/deploy/nginx.conf" > "$work/triptych.conf"

cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/triptych.conf;
}
CONF

"$nginx_bin" -t -q -p "$work" -c "$work/nginx.conf"
exec "$nginx_bin" -p "$work" -c "$work/nginx.conf"
