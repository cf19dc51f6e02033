"""`make bench`, staff: the server's time for what editors do on a voting day, side by side.

On a seeded SQLite copy (the admin's work is template rendering, the same on PostgreSQL), DEBUG off, with
Django's test client (no network, no browser): the referendum's change form in kk and ru, and one 20-region
turnout snapshot entered two ways, through the snapshot's add form (its page, then one save of 20 inline
rows; in a browser about three clicks per region) and through "Import from a file" (form, preview, confirm).
Medians of several runs, in milliseconds. A benchmark, not a test."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_ADMIN_RUNS", "7"))


def seeded_database(directory):
    database = Path(directory) / "bench-admin.sqlite3"
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "tests.settings"}
    for command in (["migrate", "--no-input", "-v0"], ["load_seed_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True, capture_output=True
        )
    return database


def timed(call):
    start = time.perf_counter()
    response = call()
    return (time.perf_counter() - start) * 1000, response


def main():
    with tempfile.TemporaryDirectory() as directory:
        os.environ["DATABASE_URL"] = f"sqlite:///{seeded_database(directory)}"
        os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
        os.environ["DEBUG"] = "false"
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        measure()


def measure():
    import csv
    import io
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction
    from django.test import Client

    from referendum.vote.models import Referendum, Region, TurnoutSnapshot
    from testkit.forms import admin_form_data

    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-password-1234")
    client = Client()
    client.force_login(user)
    referendum = Referendum.objects.get(voting_date="2026-03-15")
    regions = list(Region.objects.all())
    latest = TurnoutSnapshot.objects.filter(referendum=referendum).order_by("-taken_at").first()
    rows = []

    for language in ("kk", "ru"):
        url = f"/{language}/admin/vote/referendum/{referendum.pk}/change/"
        client.get(url)
        times = [timed(lambda url=url: client.get(url))[0] for _ in range(RUNS)]
        rows.append((f"referendum form ({language})", "GET", statistics.median(times)))

    def undo(work):
        """Runs one entry and rolls it back, so every run enters the same snapshot."""
        try:
            with transaction.atomic():
                total = work()
                raise RuntimeError(total)
        except RuntimeError as done:
            return done.args[0]

    moment = latest.taken_at + timedelta(hours=1)

    def by_form():
        add = "/en/admin/vote/turnoutsnapshot/add/"
        spent, page = timed(lambda: client.get(add))
        data = admin_form_data(page.content.decode())
        local = moment.astimezone()
        data.update(referendum=str(referendum.pk), taken_at_0=local.strftime("%Y-%m-%d"))
        data.update(taken_at_1=local.strftime("%H:%M"), percent="", source_name="Bench")
        prefix = next(key for key in data if key.endswith("-TOTAL_FORMS")).removesuffix("-TOTAL_FORMS")
        data[f"{prefix}-TOTAL_FORMS"] = str(len(regions))
        for index, region in enumerate(regions):
            data[f"{prefix}-{index}-region"] = str(region.pk)
            data[f"{prefix}-{index}-percent"] = "99,50"
        data["_figures_confirmed"] = "1"
        saved, response = timed(lambda: client.post(add, data))
        assert response.status_code == 302, response.content.decode()[:2000]
        return spent + saved

    def by_import():
        url = "/en/admin/vote/turnoutsnapshot/import/"
        download = client.get("/en/referendums/2026-03-15/turnout/regions.csv").content.decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(download)))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([*table[0][:2], moment.astimezone().strftime("%Y-%m-%d %H:%M")])
        for name, slug, *_ in table[1:]:
            writer.writerow([name, slug, "99,50"])
        content = out.getvalue().encode()
        spent, _ = timed(lambda: client.get(url))
        upload = {"referendum": referendum.pk, "file": SimpleUploadedFile("regions.csv", content), "source": "Bench"}
        previewed, preview = timed(lambda: client.post(url, upload))
        carried = preview.content.decode().split('name="_carried" value="', 1)[1].split('"', 1)[0]
        confirmed, response = timed(lambda: client.post(url, {"_carried": carried, "_figures_confirmed": "1"}))
        assert response.status_code == 302, response.content.decode()[:2000]
        return spent + previewed + confirmed

    for name, work, requests in (("20 regions, add form", by_form, 2), ("20 regions, import", by_import, 3)):
        undo(work)
        times = [undo(work) for _ in range(RUNS)]
        rows.append((name, f"{requests} requests", statistics.median(times)))

    print(f"{'staff task':<28} {'requests':<12} {'server ms (median of ' + str(RUNS) + ')':>24}")
    for name, requests, milliseconds in rows:
        print(f"{name:<28} {requests:<12} {milliseconds:>24.0f}")


if __name__ == "__main__":
    main()
