# The app servers Varnish forwards to, included by portal.vcl from the first directory of vcl_path that has
# this file: `make edge` and bench/edge_check.py write their own; this one is `make serve PORT=8001`.
# Production: one backend per gunicorn server, grouped with the directors vmod.
backend app {
    .host = "127.0.0.1";
    .port = "8001";
    # Down after two failed polls of three: then copies are served for up to stale-if-error (portal.vcl).
    # The Host it sends must be in ALLOWED_HOSTS (add .host_header = "the public name" in production).
    # It starts healthy (.initial), so nothing fails while the first polls are made.
    .probe = {
        .url = "/robots.txt";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}
