# Varnish 7.1 in front of the portal's app servers (README, "Layers"). The app decides what may be shared
# and for how long (Cache-Control: s-maxage, stale-while-revalidate, stale-if-error); this file only keeps
# anything personal out of the cache and lets the app empty it when content changes.
vcl 4.1;

import std;

include "backend.vcl";

# Who may empty the cache: the app servers (referendum/core/http_purge.py). Add their addresses here.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.restarts == 0) {
        unset req.http.X-Refetch;  # our own flag (vcl_hit), never a visitor's
    }
    if (req.method == "BAN" || req.method == "PURGE") {
        # Only straight from an app server: a request that came through a proxy on this host (a TLS
        # terminator, which would make every visitor 127.0.0.1) carries the proxy's X-Forwarded-For, to which
        # Varnish has appended the client: refused, so strangers cannot empty the cache through it.
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ "," || req.http.Forwarded) {
            return (synth(403, "Forbidden"));
        }
        # Any content change can show on any page (menus, lists, the home page), and the app drops its own
        # cache whole for the same reason: so everything goes. obj.* only, so the ban lurker can clear it.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.http.X-Refetch) {
        set req.grace = 0s;  # vcl_hit found the copy past stale-while-revalidate: fetch a new one now
    }
    # Signed-in staff (sessionid) and forms (csrftoken) get their own answers, and the admin (under
    # /<language>/admin/ with the catalogues, and /admin/, which redirects there) and previews are only for
    # them: never looked up, never stored. A public page whose slug is "admin" is cached like any other (the
    # app's own test is is_admin_path in referendum/core/site.py).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=" || req.url ~ "^(https?://[^/]+)?(/[a-z]{2})?/admin/") {
        return (pass);
    }
    if (req.url ~ "^/(\?|$)" && req.http.Cookie ~ "(^|;\s*)django_language=") {
        # The bare / redirects to the language chosen before: keep that cookie alone (the builtin code then
        # passes it to the app, which answers with Vary: Cookie, Accept-Language).
        set req.http.Cookie = regsub(req.http.Cookie, "^(.*;\s*)?(django_language=[^;]*).*$", "\2");
    } else {
        # Anything else (analytics cookies) changes no public page, and would make every visitor a miss.
        unset req.http.Cookie;
    }
    # The builtin vcl_recv follows: only GET and HEAD are looked up, nothing with Authorization or Cookie.
}

sub vcl_backend_response {
    # Kept only when the app said for how long (pages, API, feeds, static files and uploads do); a redirect
    # or an error page without Cache-Control is not. The builtin code then refuses Set-Cookie, private,
    # no-cache and no-store, as hit-for-miss.
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.ttl = 0s;
    }
    # Grace is how long past s-maxage a copy may still be served: the app's stale-if-error (Varnish reads
    # only stale-while-revalidate itself), so that while the app servers are down the site still answers.
    # vcl_hit holds it to stale-while-revalidate while they are up.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=(\d+).*$", "\1s"), 86400s);
    } else {
        set beresp.grace = 86400s;  # STALE_IF_ERROR_SECONDS' default
    }
    set beresp.http.X-Stale-While-Revalidate =
        regsub(beresp.http.Cache-Control, "^.*stale-while-revalidate=(\d+).*$|^.*$", "\1s");
}

sub vcl_hit {
    # Past s-maxage + stale-while-revalidate, a copy is served only while the app servers are down (their
    # probe, in backend.vcl, fails): otherwise look again without grace, which fetches it anew.
    if (obj.ttl + std.duration(obj.http.X-Stale-While-Revalidate, 0s) < 0s && std.healthy(req.backend_hint)) {
        set req.http.X-Refetch = "1";
        return (restart);
    }
}

sub vcl_deliver {
    unset resp.http.X-Stale-While-Revalidate;
}
