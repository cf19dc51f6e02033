from django import forms
from django.utils.translation import gettext_lazy as _


class TopicFilterForm(forms.Form):
    """The index's filter: one topic, or all of them. A provision is shown whatever its kind of change, and with
    none; the choice is checked against the topics already fetched, so the parameter never reaches a query."""

    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("There is no such topic. Choose one from the list.")},
    )

    def __init__(self, *args, topics=(), offered=None, **kwargs):
        """`topics`: every topic, each accepted; `offered`: the slugs of those with a published provision, the only
        ones listed (a choice that would always show nothing is left out)."""
        super().__init__(*args, **kwargs)
        # Translators: the first choice of the filter by topic: every provision, whatever its topic.
        choices = [("", _("All topics")), *((topic.slug, topic.text.title) for topic in topics)]
        self.fields["topic"].choices = choices
        if offered is not None:
            listed = [(value, label) for value, label in choices if not value or value in offered]
            self.fields["topic"].widget.choices = listed
