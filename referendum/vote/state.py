"""Where the referendum stands at a given moment. Pure functions: "now" is always a parameter."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Phase(StrEnum):
    UPCOMING = "upcoming"  # before the voting day
    VOTING_DAY = "voting_day"  # the voting day, before polling stations open
    POLLS_OPEN = "polls_open"
    COUNTING = "counting"  # polls closed, the voting day not over yet
    CONCLUDED = "concluded"  # from midnight after the voting day


@dataclass(frozen=True)
class Countdown:
    days: int
    hours: int
    minutes: int
    seconds: int
    total_seconds: int

    @classmethod
    def of(cls, remaining: timedelta):
        total = max(int(remaining.total_seconds()), 0)
        days, rest = divmod(total, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, seconds = divmod(rest, 60)
        return cls(days, hours, minutes, seconds, total)


@dataclass(frozen=True)
class ReferendumState:
    phase: Phase
    now: datetime
    opens_at: datetime
    closes_at: datetime
    next_change: datetime | None

    @property
    def countdown(self):
        """Time left until the polls open, while there is any."""
        if self.phase in (Phase.UPCOMING, Phase.VOTING_DAY):
            return Countdown.of(self.opens_at - self.now)
        return None

    @property
    def is_over(self):
        return self.phase in (Phase.COUNTING, Phase.CONCLUDED)

    def seconds_until_change(self):
        if self.next_change is None:
            return None
        return max(int((self.next_change - self.now).total_seconds()), 0)


def state_at(now: datetime, opens_at: datetime, closes_at: datetime) -> ReferendumState:
    """The state at `now` for polls open from `opens_at` to `closes_at` (aware, same time zone)."""
    day_starts = opens_at.replace(hour=0, minute=0, second=0, microsecond=0)
    day_ends = day_starts + timedelta(days=1)
    if now < day_starts:
        phase, next_change = Phase.UPCOMING, day_starts
    elif now < opens_at:
        phase, next_change = Phase.VOTING_DAY, opens_at
    elif now < closes_at:
        phase, next_change = Phase.POLLS_OPEN, closes_at
    elif now < day_ends:
        phase, next_change = Phase.COUNTING, day_ends
    else:
        phase, next_change = Phase.CONCLUDED, None
    return ReferendumState(phase, now, opens_at, closes_at, next_change)
