"""Throwaway services the tests and benchmarks start themselves on free ports, never the machine's shared ones."""

import contextlib
import json
import logging
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
ROOT = Path(__file__).resolve().parent.parent


# What a test process sets for itself and a process it starts must not inherit (it would run the test settings).
TEST_ONLY_VARIABLES = ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")


def environment_without_test_settings(**variables):
    """This process's environment without its test-only variables, `variables` added or overriding."""
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update(variables)
    return env


def production_environment(**settings):
    """The environment of a production-like app server (DEBUG off, a throwaway SECRET_KEY, no HTTPS redirect on
    loopback), without the test settings of the process that starts it; `settings` add to it or override it."""
    env = environment_without_test_settings()
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
    )
    env.update(settings)
    return env


def start_gunicorn(port, env, workers=1, app="portal.wsgi"):
    """gunicorn from this Python's environment, serving `app` from the checkout on 127.0.0.1:`port`."""
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, seconds=60):
    """Returns once something accepts connections on the local port; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port} after {seconds} s")


def start_redis(port):
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, seconds=5)
    except RuntimeError:
        process.kill()
        raise
    return process


def redis_cache(port):
    """The CACHES setting for the portal's Redis cache on that port."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "portal",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        }
    }


def s3_client(endpoint):
    import boto3  # here, not above: only the object-storage tests pay for importing it

    return boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )


def start_object_storage(bucket):
    """moto's S3-compatible server on a free port, holding one bucket set up as the README asks of the
    production one: anyone may read an object, nobody may list or write. Returns (server, endpoint)."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    public_read = {
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": f"arn:aws:s3:::{bucket}/*",
    }
    client = s3_client(endpoint)
    client.create_bucket(Bucket=bucket)
    client.put_bucket_policy(Bucket=bucket, Policy=json.dumps({"Version": "2012-10-17", "Statement": [public_read]}))
    return server, endpoint


class CuttableLink:
    """A TCP forwarder from a free local port to `upstream`, which the test can cut and restore: cut, the port
    refuses connections and every connection through it is dropped, as when a database server goes down;
    restored, it forwards again on the same port."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.port = free_port()
        self.pairs = set()
        self.finished = {}  # pair: how many of its two directions have ended
        self.lock = threading.Lock()
        self.cuts = 0  # a connection accepted before a cut must not start forwarding after it
        self.listener = None
        self.restore()

    def restore(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.listener = listener
        with self.lock:
            cuts = self.cuts
        threading.Thread(target=self._accept, args=(listener, cuts), daemon=True).start()

    def cut(self):
        """Also the way to close it for good."""
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept(); close() alone does not
        self.listener.close()
        with self.lock:
            self.cuts += 1
            pairs, self.pairs = self.pairs, set()
        for pair in pairs:
            self._close(pair)

    def _accept(self, listener, cuts):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)  # an idle connection stays open, as it would to the server itself
            except OSError:
                client.close()
                continue
            pair = (client, server)
            with self.lock:
                if self.cuts != cuts:
                    self._close(pair)
                    return
                self.pairs.add(pair)
            for source, target in (pair, pair[::-1]):
                threading.Thread(target=self._pipe, args=(source, target, pair), daemon=True).start()

    def _pipe(self, source, target, pair):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                target.sendall(data)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
        with self.lock:
            self.finished[pair] = self.finished.get(pair, 0) + 1
            over = self.finished[pair] == 2  # both directions
            if over:
                del self.finished[pair]
                self.pairs.discard(pair)
        if over:
            self._close(pair)

    @staticmethod
    def _close(pair):
        for sock in pair:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
