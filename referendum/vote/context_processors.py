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
    `reform_referendum`, both looked up only by the pages that use them (one query for both). Both are about the
    referendum the Commission and provisions sections describe (2026): a later referendum on another question
    does not change the tense of what they say about this one; without one, the current referendum's. Such a page
    is kept by the caches no longer than the period lasts (`request.content_changes_in`, read by the page cache).
    Pages about one referendum set their own `vote_period` (vote/views.py)."""

    @cache
    def referendum():
        return Referendum.objects.reform() or Referendum.objects.current()

    def period():
        current = referendum()
        if current is None:
            return "before"
        state = current.state()
        seconds = state.seconds_until_change()
        if seconds is not None:
            request.content_changes_in = min(seconds, getattr(request, "content_changes_in", seconds))
        return PERIODS[state.phase]

    return {"vote_period": SimpleLazyObject(period), "reform_referendum": SimpleLazyObject(referendum)}
