from datetime import date, datetime

from ninja import Schema


class Text(Schema):
    """One text in the three languages; null where not translated yet."""

    kk: str | None
    ru: str | None
    en: str | None


class Source(Schema):
    title: Text
    url: str | None
    published_on: date | None


class ArticleOut(Schema):
    slug: str
    title: Text
    lead: Text
    body_html: Text
    source_name: Text
    source_url: str | None  # the first of source_urls
    source_urls: list[str]  # the address of each source's own article
    published_at: datetime
    updated_at: datetime
    members: list[str]
    provisions: list[str]
    urls: Text


class MemberOut(Schema):
    slug: str
    full_name: Text
    position: Text
    biography: Text
    role: str
    is_current: bool
    order: int
    urls: Text


class TopicOut(Schema):
    slug: str
    title: Text


class ProvisionOut(Schema):
    slug: str
    title: Text
    explanation: Text
    draft_wording: Text
    current_wording: Text
    change: str | None
    draft_article: str | None
    current_article: str | None
    topics: list[TopicOut]
    sources: list[Source]
    updated_at: datetime
    urls: Text


class KeyDate(Schema):
    date: date
    title: Text
    description: Text
    source_name: Text


class ResultsOut(Schema):
    eligible_voters: int | None
    participants: int | None
    votes_for: int | None
    votes_against: int | None
    invalid_ballots: int | None
    unestablished_ballots: int | None
    status: str
    turnout_percent: float | None
    for_percent: float | None
    is_valid: bool | None
    is_adopted: bool | None
    results_date: date | None
    source: Text
    source_url: str | None  # the first of source_urls
    source_urls: list[str]  # the address of each source's own article
    note: Text
    from_reference_databases: bool  # no official publication was found, only reference databases
    regions_total: int | None
    regions_in_favour: int | None


class PollingStationsOut(Schema):
    in_kazakhstan: int | None
    abroad: int | None
    countries_abroad: int | None
    voters_on_lists: int | None
    source: Text


class ReferendumOut(Schema):
    """One referendum. `polls_open`/`polls_close` are null where the sources give no hours; the thresholds are
    null where they give no rule (then `is_valid`/`is_adopted` are null too: the outcome is never typed in)."""

    id: str  # the voting date, YYYY-MM-DD: /api/v1/referendums/{id}/ (as referendum_id)
    slug: str
    title: Text
    subject: Text
    voting_date: date
    polls_open: datetime | None
    polls_close: datetime | None
    question: Text
    question_wording: str  # "verbatim" or "description" (no verbatim wording was found)
    question_note: Text
    answer_yes: Text
    answer_no: Text
    turnout_threshold_percent: float | None
    approval_threshold_percent: float | None
    approval_rule: str  # "national", or "regions": in at least two thirds of the regions
    results: ResultsOut
    polling_stations: PollingStationsOut
    key_dates: list[KeyDate]
    decision: Text
    updated_at: datetime
    urls: Text


class ReferendumDetailOut(ReferendumOut):
    turnout: "TurnoutOut"


class Error(Schema):
    detail: str


class RegionOut(Schema):
    slug: str
    name: Text
    kind: str


class RegionalFigure(Schema):
    region: str
    percent: float


class SnapshotOut(Schema):
    taken_at: datetime
    participants: int | None
    percent: float | None
    source_name: str
    source_url: str | None  # the first of source_urls
    source_urls: list[str]  # the address of each source's own article
    regions: list[RegionalFigure]


class RegionalResultOut(Schema):
    region: str
    participants: int | None
    votes_for: int | None
    votes_against: int | None
    source_name: str
    source_url: str | None  # the first of source_urls
    source_urls: list[str]  # the address of each source's own article


class TurnoutOut(Schema):
    """Turnout through the voting day, national and by region; a region missing from a snapshot: unknown."""

    regions: list[RegionOut]
    snapshots: list[SnapshotOut]
    regional_results: list[RegionalResultOut]


ReferendumDetailOut.model_rebuild()
