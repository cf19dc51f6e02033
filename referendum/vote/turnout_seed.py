"""Regions and turnout through 15 March 2026: the Central Referendum Commission's figures as public reports gave
them, each snapshot with its sources. A figure no report gave has no row here: unknown, never estimated. Creates
only what is missing."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from .turnout import Region, RegionalTurnout, TurnoutSnapshot

ASTANA = ZoneInfo("Asia/Almaty")  # UTC+5, the whole country

# slug, kk, ru, en, kind; in the Commission's own order.
REGIONS = [
    ("abai", "Абай облысы", "область Абай", "Abai Region", "region"),
    ("akmola", "Ақмола облысы", "Акмолинская область", "Akmola Region", "region"),
    ("aktobe", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "region"),
    ("almaty-region", "Алматы облысы", "Алматинская область", "Almaty Region", "region"),
    ("atyrau", "Атырау облысы", "Атырауская область", "Atyrau Region", "region"),
    ("west-kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", "region"),
    ("jambyl", "Жамбыл облысы", "Жамбылская область", "Jambyl Region", "region"),  # Zhambyl: vote/0017
    ("jetisu", "Жетісу облысы", "область Жетісу", "Jetisu Region", "region"),
    ("karaganda", "Қарағанды облысы", "Карагандинская область", "Karaganda Region", "region"),
    ("kostanay", "Қостанай облысы", "Костанайская область", "Kostanay Region", "region"),
    ("kyzylorda", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "region"),
    ("mangystau", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "region"),
    ("pavlodar", "Павлодар облысы", "Павлодарская область", "Pavlodar Region", "region"),
    (
        "north-kazakhstan",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        "region",
    ),
    ("turkistan", "Түркістан облысы", "Туркестанская область", "Turkistan Region", "region"),
    ("ulytau", "Ұлытау облысы", "область Ұлытау", "Ulytau Region", "region"),
    ("east-kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", "region"),
    ("astana", "Астана қаласы", "город Астана", "Astana", "city"),
    ("almaty", "Алматы қаласы", "город Алматы", "Almaty", "city"),
    ("shymkent", "Шымкент қаласы", "город Шымкент", "Shymkent", "city"),
]

# (row, column) on a tile map laid out roughly as the country is: west to east, north to south.
TILES = {
    "north-kazakhstan": (0, 3),
    "west-kazakhstan": (1, 0),
    "kostanay": (1, 2),
    "akmola": (1, 3),
    "astana": (1, 4),
    "pavlodar": (1, 5),
    "east-kazakhstan": (1, 6),
    "atyrau": (2, 0),
    "aktobe": (2, 1),
    "ulytau": (2, 2),
    "karaganda": (2, 3),
    "abai": (2, 5),
    "mangystau": (3, 0),
    "kyzylorda": (3, 1),
    "jetisu": (3, 5),
    "turkistan": (4, 2),
    "jambyl": (4, 3),
    "almaty-region": (4, 4),
    "almaty": (4, 5),
    "shymkent": (5, 2),
}

# (hour, minute): national participants, national %, source; then the regional figures of that moment.
SNAPSHOTS = [
    ((10, 0), 2_393_844, None, "almatanews.kz, 16.03.2026"),
    ((12, 0), 4_677_595, "37.54", "ult.kz, 15.03.2026"),
    ((14, 0), 6_471_378, "51.93", "asia24.media, 15.03.2026"),
    ((16, 0), 8_029_286, "64.43", "caravan.kz; kaz.zakon.kz, 15.03.2026"),
    ((18, 0), 8_845_280, "70.98", "cmn.kz; sn.kz, 15.03.2026"),
    ((20, 0), None, None, "qonaev-gorod.kz; mgorod.kz, 15.03.2026"),
    ((20, 30), 9_126_850, "73.24", "mgorod.kz, 15.03.2026"),
]

# Region slug: % at 12:00, 16:00, 18:00, 20:00 (None: no report found).
REGIONAL = {
    "abai": ("41.93", "69.29", "73.84", "75.45"),
    "akmola": ("44.66", "71.33", "77.72", "79.82"),
    "aktobe": ("45.73", "77.65", "83.12", "87.05"),
    "almaty-region": ("40.41", "68.23", "70.27", "71.46"),
    "atyrau": ("42.29", "64.33", "71.08", "74.04"),
    "west-kazakhstan": ("36.59", "60.61", "66.90", "68.94"),
    "jambyl": ("35.86", "70.31", "81.07", "85.06"),
    "jetisu": ("43.32", "68.50", "73.84", "78.49"),
    "karaganda": ("42.95", "72.63", "81.44", "84.30"),
    "kostanay": ("37.10", "70.96", "80.11", "81.21"),
    "kyzylorda": ("43.18", "82.02", "91.80", "93.04"),
    "mangystau": ("34.57", "68.19", "76.84", None),
    "pavlodar": ("36.57", "68.41", "71.85", None),
    "north-kazakhstan": ("41.64", "60.70", "68.58", None),
    "turkistan": ("44.13", "72.39", "82.03", "84.03"),
    "ulytau": ("36.59", "66.50", "70.57", None),
    "east-kazakhstan": ("42.88", "78.98", "83.63", "86.42"),
    "astana": ("31.23", "47.76", "56.72", "60.36"),
    "almaty": ("14.85", "28.16", "32.82", "33.43"),
    "shymkent": ("42.59", "72.61", "74.44", "75.82"),
}
REGIONAL_MOMENTS = [(12, 0), (16, 0), (18, 0), (20, 0)]


def load_regions():
    count = 0
    for order, (slug, kk, ru, en, kind) in enumerate(REGIONS, start=1):
        row, column = TILES[slug]
        _, created = Region.objects.get_or_create(
            slug=slug,
            defaults={
                "name_kk": kk,
                "name_ru": ru,
                "name_en": en,
                "kind": kind,
                "order": order,
                "map_row": row,
                "map_column": column,
            },
        )
        count += created
    return count


def load_turnout(referendum):
    """The day's snapshots, once: after that they belong to the staff."""
    if referendum.snapshots.exists():
        return 0
    day = referendum.voting_date
    snapshots = {}
    for (hour, minute), participants, percent, source in SNAPSHOTS:
        snapshots[hour, minute] = TurnoutSnapshot.objects.create(
            referendum=referendum,
            taken_at=datetime(day.year, day.month, day.day, hour, minute, tzinfo=ASTANA),
            participants=participants,
            percent=Decimal(percent) if percent else None,
            source_name=source,
        )
    regions = {region.slug: region for region in Region.objects.all()}
    RegionalTurnout.objects.bulk_create(
        RegionalTurnout(snapshot=snapshots[moment], region=regions[slug], percent=Decimal(value))
        for slug, values in REGIONAL.items()
        for moment, value in zip(REGIONAL_MOMENTS, values, strict=True)
        if value is not None
    )
    return len(snapshots)
