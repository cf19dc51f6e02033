"""The glossary's sources link the articles they cite (addresses from the sources' list of 2026-12-06), where a
term's addresses are still empty; a source with no address found stays plain text. The addresses are written
here, not imported: the glossary seed runs `add_addresses` after creating the terms (referendum/about/seed.py)."""

from django.db import migrations
from django.utils import timezone

INFORM_DRAFT = "https://www.inform.kz/ru/nazvani-sroki-prekrasheniya-polnomochiy-parlamenta-i-provedeniya-viborov-v-kuriltay-3fb44d"
DIPLOMATIC_AFFAIRS = (
    "https://diplomaticaffairs.com/kazakhstan-to-hold-referendum-on-new-constitution-as-sweeping-political-reforms-"
    "proposed"
)
ADDRESSES = {
    "kurultai": [INFORM_DRAFT, DIPLOMATIC_AFFAIRS],
    "halyk-kenesi": [DIPLOMATIC_AFFAIRS],
    "central-referendum-commission": [
        "https://www.inform.kz/ru/referendum-po-novoy-konstitutsii-sostoitsya-15-marta-2026-goda-ukaz-prezidenta-"
        "kazahstana-725abf"
    ],
    "constitution-day": [
        INFORM_DRAFT,
        "https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik",
        "http://m.ekaraganda.kz/sitemap.xml?id=165432&mod=news_read",
    ],
}


def add_addresses_to(GlossaryTerm):
    now = timezone.now()  # update() does not run auto_now: the terms' "last changed" is today
    for slug, urls in ADDRESSES.items():
        GlossaryTerm.objects.filter(slug=slug, source_url="").update(source_url="\n".join(urls), updated_at=now)


def add_addresses(apps, schema_editor):
    add_addresses_to(apps.get_model("about", "GlossaryTerm"))


class Migration(migrations.Migration):
    dependencies = [("about", "0002_source_addresses")]

    operations = [migrations.RunPython(add_addresses, migrations.RunPython.noop)]
