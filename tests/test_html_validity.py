"""Every public page is valid HTML by the Nu Html Checker (vnu.jar from the npm registry, run with the
machine's Java). `make test` installs it; where Java or the checker is missing the test says so and skips, or
fails under REQUIRE_HTML_CHECKER=1 (CI)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .pages import LANGUAGES

VNU = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def checker():
    java = shutil.which("java")
    if java and VNU.exists():
        # The quick compiler only: a run of a few seconds is over before the optimising one pays for itself
        # (about 3 s of processor time instead of 9).
        return [java, "-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU)]
    reason = f"HTML CHECKER MISSING: {'java' if not java else VNU} (make test installs vnu-jar with npm)"
    if os.environ.get("REQUIRE_HTML_CHECKER", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.mark.xdist_group("public_pages")
def test_every_public_page_is_valid_html(client, seeded, public_pages, tmp_path):
    command = checker()
    responses = dict(public_pages)
    for language in LANGUAGES:
        for path in (f"/{language}/search/?q=Kurultai", f"/{language}/provisions/?topic=nonsense"):
            responses[language, path] = client.get(path)
    files = {}
    for (_language, path), response in responses.items():
        assert response.status_code == (400 if "nonsense" in path else 200), path
        name = tmp_path / f"{len(files):03}.html"
        name.write_bytes(response.content)
        files[str(name)] = path
    result = subprocess.run(
        [*command, "--format", "json", "--exit-zero-always", *files], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(message.get('url', '').removeprefix('file:'), message.get('url'))}: {message['message']}"
        for message in messages
        if message["type"] == "error"
    ]
    assert errors == [], "\n".join(errors)
