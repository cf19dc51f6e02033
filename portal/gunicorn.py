"""gunicorn settings the portal relies on (`gunicorn --config python:portal.gunicorn portal.wsgi`).

gunicorn believes a request is HTTPS when a trusted proxy sends any of X-Forwarded-Proto, X-Forwarded-Protocol
or X-Forwarded-Ssl; a proxy that sets only the first passes the other two through from the visitor. Only the
one header the README's proxy sets is trusted, and Django reads it too (SECURE_PROXY_SSL_HEADER).
"""

secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
