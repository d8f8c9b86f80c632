#!/bin/sh
# Entrypoint of the web image: writes the runtime settings into nginx.conf and both apps'
# index.html, then hands over to the nginx image's own entrypoint. Rendered from pristine
# copies on every start, so restarting with a new key or host name takes effect.
set -eu

TEMPLATES=/etc/nginx/mirashop
HTML=/usr/share/nginx/mirashop

fail() {
    echo "web-entrypoint: $*" >&2
    exit 1
}

# Escapes text for the replacement side of a sed `s|...|...|` command.
sed_escape() {
    printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'
}

# Escapes text for an HTML attribute or text node.
html_escape() {
    printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
        -e 's/"/\&quot;/g' -e "s/'/\&#39;/g"
}

# A host name for nginx.conf, lower-cased; refuses anything that could break the file.
host_name() {
    name=$(printf '%s' "$2" | tr 'A-Z' 'a-z')
    case "$name" in
        *[!a-z0-9.-]*) fail "$1 must be a plain host name (got '$2')" ;;
    esac
    printf '%s' "$name"
}

# The sed command for one host placeholder: substitute it, or drop its line when unset.
host_rule() {
    if [ -n "$2" ]; then echo "s|$1|$2|g"; else echo "/$1/d"; fi
}

key="${MIRASHOP_PUBLISHABLE_KEY:-}"
case "$key" in
    *"
"*) fail "MIRASHOP_PUBLISHABLE_KEY must fit on one line" ;;
esac
if [ -z "$key" ]; then
    echo "web-entrypoint: MIRASHOP_PUBLISHABLE_KEY is empty: the storefront cannot call the store API until it is set (docs/deployment.md)." >&2
fi
key_replacement=$(sed_escape "$(html_escape "$key")")
for app in storefront merchant-admin; do
    sed "s|__MIRASHOP_PUBLISHABLE_KEY__|$key_replacement|g" "$TEMPLATES/$app.index.html" >"$HTML/$app/index.html"
done

shop_host=$(host_name SHOP_HOST "${SHOP_HOST:-}")
merchant_host=$(host_name MERCHANT_HOST "${MERCHANT_HOST:-}")
if [ -n "$shop_host" ] && [ "$shop_host" = "$merchant_host" ]; then
    fail "SHOP_HOST and MERCHANT_HOST must differ (both are '$shop_host')"
fi
sed -e "$(host_rule __SHOP_HOST__ "$shop_host")" -e "$(host_rule __MERCHANT_HOST__ "$merchant_host")" \
    "$TEMPLATES/nginx.conf" >/etc/nginx/nginx.conf

exec /docker-entrypoint.sh "$@"
