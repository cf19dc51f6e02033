"""The visitor's address as the app's own proxies saw it.

Behind N reverse proxies that each append the address they were contacted from to X-Forwarded-For, the
visitor's address is the N-th entry from the right; everything to its left was written by the visitor and
proves nothing. With no proxy (TRUSTED_PROXY_COUNT = 0) only the socket's address counts.
"""

from ipaddress import ip_address

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        # Not sent through all of our proxies: the socket's peer is the nearest thing to a truth we have.
        return remote
    candidate = forwarded[-count]
    try:
        return str(ip_address(candidate))
    except ValueError:
        return remote
