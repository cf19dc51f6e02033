"""What an imported table would change (admin_import.py), row by row, checked as the admin's own forms check it:
nothing here saves until `apply` is called on a plan without errors.

Four layouts, the portal's own downloads' (vote/views.py), told apart by their first row, whose headers may be in
any of the portal's languages, each column as its download names it:
- turnout nationally (national.csv): As of, Citizens who had received a ballot, Turnout %, Source; a row per moment;
- turnout by region (regions.csv): Region, slug, then a column per moment; a row per region;
- results by region: Region, slug (may be left out), Took part, Voted in favour, Voted against, Source (may be left
  out): the columns of results.csv, a row per region (the portal has no download of these yet);
- results (results.csv): a row per referendum; only the row of the chosen referendum's voting date is read.
A figure left empty in the file is left as it is stored: an import adds and corrects, it never deletes.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from referendum.core.decimal_input import EitherSeparatorDecimalField

from .turnout import Region, RegionalResult, RegionalTurnout, TurnoutSnapshot, regional_findings, regional_series

LANGUAGES = ("kk", "ru", "en")
NATIONAL_TURNOUT = "national-turnout"
REGIONAL_TURNOUT = "regional-turnout"
REGIONAL_RESULTS = "regional-results"
NATIONAL_RESULTS = "national-results"
TURNOUT_KINDS = (NATIONAL_TURNOUT, REGIONAL_TURNOUT)
RESULTS_KINDS = (REGIONAL_RESULTS, NATIONAL_RESULTS)

# The downloads' column headers, with the same msgids as vote/views.py writes them.
COLUMNS = {
    "region": _("Region"),
    "slug": "slug",
    "as_of": _("As of"),
    "ballots": _("Citizens who had received a ballot"),
    "percent": _("Turnout, %"),
    "source": _("Source"),
    "voting_date": _("Voting date"),
    "referendum": _("Referendum"),
    "eligible": _("Eligible citizens"),
    "took_part": _("Took part"),
    "votes_for": _("Voted in favour"),
    "for_percent": _("In favour, %"),
    "votes_against": _("Voted against"),
    "invalid": _("Invalid ballots"),
    "not_counted": _("Ballots not counted"),
    "status": _("Status of the results"),
}
RESULT_FIELDS = {
    "eligible": "eligible_voters",
    "took_part": "participants",
    "votes_for": "votes_for",
    "votes_against": "votes_against",
    "invalid": "invalid_ballots",
    "not_counted": "unestablished_ballots",
}
FORMULA_GUARD = ("=", "+", "-", "@", "\t", "\r")  # vote.views.spreadsheet_text puts "'" before these
GROUPED = re.compile(r"\d{1,3}([.,]\d{3})+")


@dataclass
class Line:
    """A row of the file as the preview shows it: what it was read as, what the import does, what is wrong."""

    number: int
    cells: list
    label: str = ""
    outcome: str = ""
    errors: list = field(default_factory=list)


@dataclass
class Save:
    obj: object
    is_new: bool
    fields: list
    children: list = field(default_factory=list)


@dataclass
class Plan:
    kind: str
    referendum: object
    lines: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # about the file as a whole
    far_off: list = field(default_factory=list)  # turnout.FarOff: saved once the editor confirms them
    saves: list = field(default_factory=list)

    @property
    def has_errors(self):
        return bool(self.problems) or any(line.errors for line in self.lines)

    def apply(self):
        """Saves what the plan changes, through the ORM (signals and all); the caller holds the transaction."""
        for save in self.saves:
            save.obj.save()
            for child in save.children:
                child.save()


def normalized(text):
    return " ".join(str(text).replace("\ufeff", "").split()).casefold()


def header_keys(header):
    names = {}
    for language in LANGUAGES:
        with translation.override(language):
            for key, label in COLUMNS.items():
                names.setdefault(normalized(label), key)
    return [names.get(normalized(unguarded(cell))) for cell in header]


def kind_of(keys):
    first = keys[:1]
    if first == ["region"]:
        return REGIONAL_RESULTS if "took_part" in keys else REGIONAL_TURNOUT
    return {"as_of": NATIONAL_TURNOUT, "voting_date": NATIONAL_RESULTS}.get(first[0] if first else None)


def plan_for(table, referendum, source=""):
    keys = header_keys(table[0])
    kind = kind_of(keys)
    if kind is None:
        return None
    planner = {
        NATIONAL_TURNOUT: plan_national_turnout,
        REGIONAL_TURNOUT: plan_regional_turnout,
        REGIONAL_RESULTS: plan_regional_results,
        NATIONAL_RESULTS: plan_national_results,
    }[kind]
    plan = Plan(kind, referendum)
    planner(plan, table, keys, source)
    for line in plan.lines:
        if line.errors:
            line.outcome = ""  # a row in error changes nothing, whatever the rest of it would
    return plan


# --- reading cells
def unguarded(text):
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_GUARD else text


def read_percent(text):
    text = text.strip().removesuffix("%").strip()
    field = EitherSeparatorDecimalField(max_digits=5, decimal_places=2, min_value=0, max_value=100, required=False)
    return field.clean(text)


def read_count(text):
    text = "".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    if GROUPED.fullmatch(text):
        text = re.sub(r"[.,]", "", text)  # 8,474,000 or 8.474.000: a count of people has no fractions
    return forms.IntegerField(min_value=0, required=False).clean(text)


def read_moment(text, referendum):
    """A moment of the referendum's voting day, as the download writes it (2026-03-15 12:00) or as a spreadsheet
    program may rewrite it (15.03.2026 12:00), or only the time of day (12:00)."""
    text = text.strip()
    moment = None
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S"):
        try:
            moment = datetime.strptime(text, pattern)
            break
        except ValueError:
            continue
    if moment is None:
        try:
            moment = datetime.combine(referendum.voting_date, datetime.strptime(text, "%H:%M").time())
        except ValueError:
            raise ValidationError(
                _("Not a date and time: write it as %(example)s.") % {"example": f"{referendum.voting_date} 12:00"}
            ) from None
    moment = timezone.make_aware(moment, timezone.get_default_timezone())
    if timezone.localdate(moment) not in (referendum.voting_date, referendum.voting_date + timedelta(days=1)):
        raise ValidationError(
            _("%(moment)s is not on this referendum's voting day: is the file for another referendum?")
            % {"moment": text}
        )
    return moment


def read_date(text):
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def hhmm(moment):
    return timezone.localtime(moment).strftime("%H:%M")


def percent_text(value):
    return "—" if value is None else f"{number_format(value, 2)}%"


def count_text(value):
    return "—" if value is None else number_format(value, force_grouping=True)


def labelled(key, messages):
    return [f"{COLUMNS[key]}: {message}" for message in messages]


def model_errors(error, model):
    labels = {f.name: f.verbose_name for f in model._meta.fields}
    return [
        f"{labels[name]}: {message}" if name in labels else message
        for name, messages in error.message_dict.items()
        for message in messages
    ]


class RegionIndex:
    """The regions by each of their names, in every language (any case and spacing), and by slug."""

    def __init__(self):
        regions = list(Region.objects.all())
        self.by_id = {region.pk: region for region in regions}
        self.slugs = {region.slug: region for region in regions}
        self.names = {}
        for region in regions:
            for language in LANGUAGES:
                name = getattr(region, f"name_{language}")
                if name:
                    self.names.setdefault(normalized(name), region)

    def find(self, name, slug=""):
        name, slug = unguarded(name).strip(), slug.strip()
        by_name = self.names.get(normalized(name)) if name else None
        by_slug = self.slugs.get(slug) if slug else None
        if by_name and by_slug and by_name != by_slug:
            raise ValidationError(_("The name and the slug are of two different regions."))
        region = by_name or by_slug
        if region is None:
            raise ValidationError(_("No region is called “%(name)s”.") % {"name": name or slug})
        return region


def region_lines(plan, table, has_slug, regions):
    """Each row's region, or an error on its line; a region given twice is an error on the second."""
    seen = {}
    for number, cells in enumerate(table[1:], start=2):
        line = Line(number, cells)
        plan.lines.append(line)
        try:
            region = regions.find(cells[0], cells[1] if has_slug else "")
        except ValidationError as error:
            line.errors += error.messages
            continue
        line.label = region.name
        if region.pk in seen:
            line.errors.append(_("This region is on line %(line)s too.") % {"line": seen[region.pk].number})
            continue
        seen[region.pk] = line
        yield line, region, cells


def changed_values(obj, values):
    changed = [name for name, value in values.items() if value is not None and getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    return changed


# --- the four layouts
def plan_national_turnout(plan, table, keys, source):
    referendum = plan.referendum
    column = {key: index for index, key in reversed(list(enumerate(keys))) if key}
    everything = {snapshot.taken_at: snapshot for snapshot in referendum.snapshots.all()}
    checked, seen = [], {}
    for number, cells in enumerate(table[1:], start=2):
        line = Line(number, cells)
        plan.lines.append(line)
        try:
            moment = read_moment(cells[column["as_of"]], referendum)
        except ValidationError as error:
            line.errors += labelled("as_of", error.messages)
            continue
        line.label = hhmm(moment)
        if moment in seen:
            line.errors.append(_("This moment is on line %(line)s too.") % {"line": seen[moment]})
            continue
        seen[moment] = number
        values = {}
        for key, name, read in (("ballots", "participants", read_count), ("percent", "percent", read_percent)):
            try:
                values[name] = read(cells[column[key]]) if key in column else None
            except ValidationError as error:
                line.errors += labelled(key, error.messages)
        values["source_name"] = (unguarded(cells[column["source"]]).strip() if "source" in column else "") or None
        snapshot = everything.get(moment)
        is_new = snapshot is None
        if is_new:
            snapshot = everything[moment] = TurnoutSnapshot(referendum=referendum, taken_at=moment)
            values["source_name"] = values["source_name"] or source or None
        changed = changed_values(snapshot, values)
        line.outcome = outcome(is_new, changed, snapshot)
        if line.errors or not (is_new or changed):
            continue
        checked.append((line, snapshot))
        plan.saves.append(Save(snapshot, is_new, changed))
    for line, snapshot in checked:
        try:
            snapshot.clean_fields(exclude={"referendum"})
            snapshot.check_figures(neighbours=[other for other in everything.values() if other is not snapshot])
        except ValidationError as error:
            line.errors += model_errors(error, TurnoutSnapshot)


def outcome(is_new, changed, obj):
    if is_new:
        return _("new")
    if not changed:
        return _("unchanged")
    labels = ", ".join(str(obj._meta.get_field(name).verbose_name) for name in changed)
    return _("changed: %(fields)s") % {"fields": labels}


def plan_regional_turnout(plan, table, keys, source):
    referendum = plan.referendum
    has_slug = keys[1:2] == ["slug"]
    moments, seen = {}, {}
    for index, text in enumerate(table[0][2 if has_slug else 1 :], start=2 if has_slug else 1):
        if not text.strip():
            continue
        try:
            moment = read_moment(text, referendum)
        except ValidationError as error:
            plan.problems += [f"{text}: {message}" for message in error.messages]
            continue
        if moment in seen:
            plan.problems.append(_("%(moment)s is in the first row twice.") % {"moment": text})
        seen[moment] = moments[index] = moment
    snapshots = {snapshot.taken_at: snapshot for snapshot in referendum.snapshots.prefetch_related("regional")}
    stored = {moment: {f.region_id: f for f in snapshot.regional.all()} for moment, snapshot in snapshots.items()}
    given = {moment: {} for moment in moments.values()}
    lines, index = {}, RegionIndex()
    for line, region, cells in region_lines(plan, table, has_slug, index):
        lines[region.pk] = line
        for column, moment in moments.items():
            try:
                value = read_percent(cells[column])
            except ValidationError as error:
                line.errors += [f"{hhmm(moment)}: {message}" for message in error.messages]
                continue
            if value is not None:
                given[moment][region.pk] = value
    regions = index.by_id
    changes = {}
    for moment, figures in given.items():
        current = stored.get(moment, {})
        changed = {pk for pk, value in figures.items() if pk not in current or current[pk].percent != value}
        if changed:
            changes[moment] = changed
    series = regional_series(referendum, exclude=[snapshots[m].pk for m in changes if m in snapshots])
    merged = {}
    for moment in changes:
        merged[moment] = {**{pk: f.percent for pk, f in stored.get(moment, {}).items()}, **given[moment]}
        for pk, value in merged[moment].items():
            series.setdefault(pk, []).append((moment, value))
    outcomes = {pk: [] for pk in lines}
    for moment, changed in sorted(changes.items()):
        errors, far_off = regional_findings(series, moment, merged[moment], regions, changed)
        for pk, message in errors.items():
            if pk in given[moment]:
                lines[pk].errors.append(f"{hhmm(moment)}: {message}")
        plan.far_off += far_off
        snapshot = snapshots.get(moment)
        is_new = snapshot is None
        if is_new:
            snapshot = TurnoutSnapshot(referendum=referendum, taken_at=moment, source_name=source)
            try:
                snapshot.check_figures()
            except ValidationError as error:
                plan.problems += [f"{hhmm(moment)}: {message}" for message in model_errors(error, TurnoutSnapshot)]
        children = []
        for pk in sorted(changed, key=lambda pk: regions[pk].order):
            figure = stored.get(moment, {}).get(pk)
            before = figure.percent if figure else None
            if figure is None:
                figure = RegionalTurnout(snapshot=snapshot, region=regions[pk])
            figure.percent = given[moment][pk]
            children.append(figure)
            after = percent_text(figure.percent)
            outcomes[pk].append(f"{hhmm(moment)}: {after if before is None else f'{percent_text(before)} → {after}'}")
        plan.saves.append(Save(snapshot, is_new, [] if is_new else ["regional"], children))
    for pk, line in lines.items():
        line.outcome = "; ".join(outcomes[pk]) or _("unchanged")


def plan_regional_results(plan, table, keys, source):
    referendum = plan.referendum
    column = {key: index for index, key in reversed(list(enumerate(keys))) if key}
    existing = {result.region_id: result for result in referendum.regional_results.all()}
    for line, region, cells in region_lines(plan, table, keys[1:2] == ["slug"], RegionIndex()):
        values = {}
        for key in ("took_part", "votes_for", "votes_against"):
            try:
                values[RESULT_FIELDS[key]] = read_count(cells[column[key]]) if key in column else None
            except ValidationError as error:
                line.errors += labelled(key, error.messages)
        if "source" in column:
            values["source_name"] = unguarded(cells[column["source"]]).strip() or None
        result = existing.get(region.pk)
        is_new = result is None
        if is_new:
            result = RegionalResult(referendum=referendum, region=region, source_name=source)
        changed = changed_values(result, values)
        line.outcome = outcome(is_new, changed, result)
        parts = (result.votes_for, result.votes_against)
        if result.participants is not None and None not in parts and sum(parts) > result.participants:
            line.errors.append(_("Votes in favour and votes against add up to more than the citizens who took part."))
        try:
            result.clean_fields(exclude={"referendum", "region"})
        except ValidationError as error:
            line.errors += model_errors(error, RegionalResult)
        if is_new or changed:
            plan.saves.append(Save(result, is_new, changed))


def plan_national_results(plan, table, keys, source):
    referendum = plan.referendum
    column = {key: index for index, key in reversed(list(enumerate(keys))) if key}
    found = None
    for number, cells in enumerate(table[1:], start=2):
        line = Line(number, cells, label=cells[column["voting_date"]])
        plan.lines.append(line)
        if read_date(cells[column["voting_date"]]) != referendum.voting_date:
            line.outcome = _("another referendum: not imported")
            continue
        if found is not None:
            line.errors.append(_("This referendum is on line %(line)s too.") % {"line": found.number})
            continue
        found = line
        values = {}
        for key, name in RESULT_FIELDS.items():
            try:
                values[name] = read_count(cells[column[key]]) if key in column else None
            except ValidationError as error:
                line.errors += labelled(key, error.messages)
        changed = changed_values(referendum, values)
        line.outcome = outcome(False, changed, referendum)
        try:
            referendum.clean_fields(exclude={f.name for f in referendum._meta.fields} - set(RESULT_FIELDS.values()))
            referendum.clean()
        except ValidationError as error:
            line.errors += model_errors(error, type(referendum))
        if changed:
            plan.saves.append(Save(referendum, False, changed))
    if found is None:
        plan.problems.append(
            _("No row of the file is for this referendum's voting date, %(date)s.")
            % {"date": date.isoformat(referendum.voting_date)}
        )
