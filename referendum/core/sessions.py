"""Django's database sessions, refusing a session key no session can have before it reaches the database."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    """Django makes keys of lower-case letters and digits. A cookie may carry anything else (a quoted cookie can
    hold a NUL, which PostgreSQL refuses in text): such a key is no session, so nobody is signed in and the page
    cache answers as for any visitor, instead of a 500 on every admin page."""

    def _validate_session_key(self, key):
        return super()._validate_session_key(key) and key.isascii() and key.isalnum()
