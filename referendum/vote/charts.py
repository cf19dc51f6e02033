"""Geometry for the server-drawn SVG charts. Every length is proportional to its figure; the templates draw
them and write the same figures out in words and tables. Coordinates are plain numbers (never localized)."""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 600  # viewBox units; the SVG scales to the column's width


@dataclass
class Bar:
    label: object
    value: Decimal | None
    length: float  # 0..WIDTH (horizontal) or 0..height (vertical)
    position: float = 0.0
    marked: bool = False
    top: float = 0.0  # vertical bars: where the bar starts
    value_x: float = 0.0  # horizontal bars: where the figure after the bar starts
    value_y: float = 0.0
    label_y: float = 0.0


def share(value, total):
    return float(value) / float(total) if value is not None and total else 0.0


def threshold_bar(value, threshold):
    """One horizontal bar of 0-100% with the threshold's place on it."""
    return {
        "value": value,
        "length": round(WIDTH * share(value, 100), 1),
        "threshold": threshold,
        "threshold_x": round(WIDTH * share(threshold, 100), 1),
    }


ROW = 56  # a region's label above its bar


def regional_bars(rows):
    """Horizontal bars, one per region, 0-100%; rows are (region, percent or None)."""
    bars = [
        Bar(
            label=region,  # its name is printed with its language where it falls back
            value=percent,
            length=round(WIDTH * share(percent, 100), 1),
            position=i * ROW + 28,
            label_y=i * ROW + 20,
        )
        for i, (region, percent) in enumerate(rows)
    ]
    return {"bars": bars, "height": len(bars) * ROW, "row": ROW}


def snapshot_columns(snapshots, threshold, height=300):
    """Vertical bars of national turnout through the day; the first above the threshold is marked."""
    known = [s for s in snapshots if s.percent is not None]
    step = WIDTH / max(len(known), 1)
    first_valid = next((s for s in known if s.percent > threshold), None)
    columns = []
    for i, snapshot in enumerate(known):
        length = round(height * share(snapshot.percent, 100), 1)
        top = round(height - length, 1)
        columns.append(
            Bar(
                label=snapshot,
                value=snapshot.percent,
                length=length,
                position=round(i * step + step * 0.15, 1),
                marked=snapshot is first_valid,
                top=top,
                value_y=round(top - 8, 1),
                label_y=height + 28,
            )
        )
    threshold_y = round(height - height * share(threshold, 100), 1)
    return {
        "columns": columns,
        "width": round(step * 0.7, 1),
        "height": height,
        "view_height": height + 80,
        "threshold_y": threshold_y,
        "first_valid": first_valid,
    }


ARCHIVE_ROW = 84  # a referendum's date above its two bars
ARCHIVE_SCALE = 480  # 100% in viewBox units, leaving room for the figure after the bar


def archive_bars(referendums):
    """Two horizontal bars per referendum with results, 0-100%: turnout (of eligible citizens) and the share in
    favour (of those who took part); newest first, as the table beside it."""
    rows = []
    for i, referendum in enumerate(item for item in referendums if item.has_results):
        top = i * ARCHIVE_ROW
        bars = {}
        for name, value, y in (
            ("turnout", referendum.turnout_percent, top + 26),
            ("in_favour", referendum.for_percent, top + 52),
        ):
            length = round(ARCHIVE_SCALE * share(value, 100), 1)
            bars[name] = Bar(
                label=referendum, value=value, length=length, position=y, value_x=round(length + 6, 1), value_y=y + 15
            )
        rows.append({"referendum": referendum, "label_y": top + 18, **bars})
    return {"rows": rows, "height": len(rows) * ARCHIVE_ROW}
