from functools import cache

from django.utils.functional import SimpleLazyObject

from .models import Referendum

# The tense a text takes: before the voting day, on it while the polls are open, and once they have closed.
PERIODS = {
    "upcoming": "before",
    "voting_day": "during",
    "polls_open": "during",
    "counting": "after",
    "concluded": "after",
}


def vote_period(request):
    """`vote_period` ("before", "during" or "after") for every template whose wording depends on it, and the
    `current_referendum`, both looked up only by the pages that use them (one query for both). Such a page is
    kept by the caches no longer than the period lasts (`request.content_changes_in`, read by the page cache)."""

    @cache
    def referendum():
        return Referendum.objects.published().first()

    def period():
        current = referendum()
        if current is None:
            return "before"
        state = current.state()
        seconds = state.seconds_until_change()
        if seconds is not None:
            request.content_changes_in = min(seconds, getattr(request, "content_changes_in", seconds))
        return PERIODS[state.phase]

    return {"vote_period": SimpleLazyObject(period), "current_referendum": SimpleLazyObject(referendum)}
