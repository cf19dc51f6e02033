"""The referendum's dates as an iCalendar file, so citizens can add them to their own calendars."""

from datetime import timedelta

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from referendum.core.site import site_host, site_url

from .models import Referendum


def in_its_language(text):
    """iCalendar's LANGUAGE parameter (RFC 5545) for a property whose whole value falls back, as `lang` on a page."""
    return {"LANGUAGE": text.language} if text.is_fallback else {}


def referendum_calendar(request):
    """The key dates of the current referendum (the one the home page tells), and its voting day."""
    referendum = Referendum.objects.current()
    if referendum is None:
        raise Http404
    host = site_host()
    calendar = Calendar()
    calendar.add("prodid", "-//Referendum portal//Key dates//" + get_language().upper())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", " ".join(referendum.text.title.split()))  # not escaped by the library: one line

    polls = Event()
    polls.add("uid", f"referendum-{referendum.slug}-polls@{host}")
    polls.add("summary", _("Voting day: %(title)s") % {"title": referendum.text.title})
    polls.add("dtstart", timezone.localtime(referendum.opens_at))  # the whole day where the hours are unknown
    polls.add("dtend", timezone.localtime(referendum.closes_at))
    polls.add("description", referendum.text.question, parameters=in_its_language(referendum.text))
    polls.add("url", site_url(referendum.get_absolute_url()))
    polls.add("dtstamp", timezone.now())
    calendar.add_component(polls)

    for event in referendum.timeline.all():
        text = event.text
        entry = Event()
        entry.add("uid", f"referendum-{referendum.slug}-date-{event.pk}@{host}")
        entry.add("summary", text.title, parameters=in_its_language(text))
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + timedelta(days=1))
        if text.description:
            entry.add("description", f"{text.description}\n{_('Source:')} {text.source_name}".strip())
        entry.add("dtstamp", timezone.now())
        calendar.add_component(entry)

    calendar.add_missing_timezones()
    for zone in calendar.walk("VTIMEZONE"):
        zone.pop("COMMENT", None)  # the library's English note on its own range of years, not for citizens
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="referendum-{get_language()}.ics"'
    return response
