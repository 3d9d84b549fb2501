#!/usr/bin/env bash
# Serves dist/ with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground,
# for the browser tests: the same server block, with only the port and the
# root replaced, wrapped in a minimal main configuration.
#
#   scripts/serve-nginx.sh PORT                   plain HTTP, as the tests run
#   scripts/serve-nginx.sh PORT --tls HTTP_PORT   the file's HTTPS set-up, enabled as its notes say,
#                                                 with a throwaway self-signed certificate: HTTPS on
#                                                 PORT, and the redirect from plain HTTP on HTTP_PORT
set -euo pipefail
port="${1:-4174}"
mode="${2:-}"
http_port="${3:-}"
top="$(cd "$(dirname "$0")/.." && pwd)"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$mode" = "--tls" ]; then
  [ -n "$http_port" ] || { echo "usage: $0 PORT --tls HTTP_PORT" >&2; exit 2; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  # Step 1 of the file's HTTPS notes: the commented listen 443 and ssl_ lines replace `listen 80;`.
  # Step 2: the commented redirect block at the end, uncommented.
  sed -e "/^    listen 80;$/d" \
      -e "/^    # listen \[::\]:443/d" \
      -e "s#^    \# listen 443 ssl http2;#    listen 127.0.0.1:${port} ssl http2;#" \
      -e "s#^    \# ssl_certificate .*#    ssl_certificate ${work}/cert.pem;#" \
      -e "s#^    \# ssl_certificate_key .*#    ssl_certificate_key ${work}/key.pem;#" \
      -e "s#^    \# ssl_protocols #    ssl_protocols #" \
      -e "/^\#     listen \[::\]:80;/d" \
      -e "s#^\#     listen 80;#    listen 127.0.0.1:${http_port};#" \
      -e "s#^\# \(server {\|}\)\$#\1#" \
      -e "s#^\#     \(server_name\|return\) #    \1 #" \
      -e "s#root /srv/triptych/dist;#root ${top}/dist;#" \
      "$top/deploy/nginx.conf" > "$work/triptych.conf"
else
  sed -e "s#listen 80;#listen 127.0.0.1:${port};#" \
      -e "s#root /srv/triptych/dist;#root ${top}/dist;#" \
      "$top/deploy/nginx.conf" > "$work/triptych.conf"
fi

# Debian's package enables the module with a path relative to nginx's own prefix, which -p below moves.
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$brotli_module" ] || { echo "$0: no $brotli_module: apt-get install libnginx-mod-http-brotli-static" >&2; exit 1; }

cat > "$work/nginx.conf" <<CONF
load_module $brotli_module;
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
