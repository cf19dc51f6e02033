"""The vote admin's own forms: the referendum's results checked where the editor sees it, each region's figure
checked against its series, and the import's upload form."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .admin_import_files import MAX_BYTES
from .models import Referendum
from .turnout import TurnoutSnapshot, regional_findings, regional_series

FAR_OFF_CONFIRM_FIELD = "_figures_confirmed"
FAR_OFF_HELD = _(
    "Not saved yet: these regions' figures are far above their previous ones. Compare them with the source; if "
    "they are right, tick “The figures are right: save them” and save again."
)


def unaccounted_warning(missing):
    """Said after a save whose parts of the count fall short of the participants: saved, but worth a look."""
    return _(
        "The parts of the count (in favour, against, invalid, not counted) add up to "
        "%(missing)s fewer than the citizens who took part. Check the figures against the source."
    ) % {"missing": number_format(missing, force_grouping=True)}


class ReferendumAdminForm(forms.ModelForm):
    """Results whose parts exceed the participants are refused by Referendum.clean next to the figures, far down
    a long form: the form's own error at its top says what is wrong, and by how much."""

    def _post_clean(self):
        super()._post_clean()
        referendum = self.instance
        counted, participants = referendum.ballots_counted, referendum.participants
        if counted is not None and participants is not None and counted > participants:
            self.add_error(
                None,
                _(
                    "Not saved: votes in favour, votes against, invalid ballots and ballots not counted add up to "
                    "%(excess)s more than the citizens who took part. Correct the figures under “Results”."
                )
                % {"excess": number_format(counted - participants, force_grouping=True)},
            )


class RegionalTurnoutFormSet(BaseInlineFormSet):
    """A region's figure cannot fall through the day (as TurnoutSnapshot.clean says of the national one), and a
    new or changed figure far above the region's previous one waits for the editor's confirmation
    (turnout.FAR_OFF_POINTS); `far_off` lists them for the change form (admin/vote/turnoutsnapshot/)."""

    far_off = ()

    def clean(self):
        super().clean()
        snapshot = self.instance
        if any(self.errors) or snapshot.referendum_id is None or not snapshot.taken_at:
            return
        forms_by_region, figures, regions, changed = {}, {}, {}, set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if self.can_delete and self._should_delete_form(form):
                continue
            region, percent = data.get("region"), data.get("percent")
            if region is None or percent is None:
                continue
            forms_by_region[region.pk], figures[region.pk], regions[region.pk] = form, percent, region
            if form.instance.pk is None or form.has_changed():
                changed.add(region.pk)
        moved = snapshot.pk and not TurnoutSnapshot.objects.filter(pk=snapshot.pk, taken_at=snapshot.taken_at).exists()
        series = regional_series(snapshot.referendum, exclude=[snapshot.pk] if snapshot.pk else [])
        errors, far_off = regional_findings(series, snapshot.taken_at, figures, regions, None if moved else changed)
        for region_id, message in errors.items():
            forms_by_region[region_id].add_error("percent", message)
        if far_off and not self.data.get(FAR_OFF_CONFIRM_FIELD):
            self.far_off = far_off
            for item in far_off:
                forms_by_region[item.region.pk].add_error("percent", item.field_message())
            raise ValidationError(FAR_OFF_HELD)


class ImportForm(forms.Form):
    """The file and the referendum its figures belong to; the one the home page tells is chosen to begin with."""

    referendum = forms.ModelChoiceField(Referendum.objects.order_by("-voting_date"), label=_("Referendum"))
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A CSV file or an .xlsx spreadsheet laid out as the portal's own downloads are, with their first row; "
            "the column names may be in Kazakh, Russian or English. At most 1 MB."
        ),
    )
    source = forms.CharField(
        label=_("Source"),
        max_length=300,
        required=False,
        help_text=_("Who reported these figures, for the rows whose file does not say."),
    )

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        current = Referendum.objects.current(now or timezone.now())
        if current is not None:
            self.fields["referendum"].initial = current.pk

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 1 MB: import the figures in parts."))
        return upload
