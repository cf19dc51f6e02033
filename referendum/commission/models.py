from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from referendum.core.content import PublishedFlagQuerySet, TranslatedContent
from referendum.core.slugs import SluggedContent
from referendum.core.sources import SOURCES_HELP, source_links_field
from referendum.core.validators import IMAGE_VALIDATORS, PHOTO_CREDIT_HELP, DescribedImage


class MemberRole(models.TextChoices):
    # Declared in roster order: the chairperson first.
    CHAIRPERSON = "chairperson", _("Chairperson")
    DEPUTY_CHAIRPERSON = "deputy_chairperson", _("Deputy chairperson")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")


class Member(DescribedImage, SluggedContent, TranslatedContent, models.Model):
    """A person on the Commission, with the office they hold outside it."""

    Role = MemberRole

    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(
        _("position"), max_length=300, help_text=_("The office the person holds, e.g. Minister of Justice.")
    )
    biography = models.TextField(_("short biography"), blank=True, help_text=_("Only facts from a named source."))
    biography_source = models.CharField(
        _("sources of the biography"),
        max_length=300,
        blank=True,
        help_text=SOURCES_HELP,
    )
    biography_source_url = source_links_field(_("links to the sources of the biography"))
    role = models.CharField(_("role in the commission"), max_length=30, choices=Role, default=Role.MEMBER)
    order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Smaller numbers come first within a role."))
    is_current = models.BooleanField(_("current member"), default=True)
    is_published = models.BooleanField(_("published"), default=True)
    photo = models.ImageField(
        _("photo"), upload_to="commission/", blank=True, validators=IMAGE_VALIDATORS, help_text=_("Optional.")
    )
    photo_alt = models.CharField(
        _("photo description"), max_length=300, blank=True, help_text=_("Required with a photo, in every language.")
    )
    photo_caption = models.CharField(
        _("photo caption"), max_length=300, blank=True, help_text=_("Shown under the photo. Optional.")
    )
    photo_credit = models.CharField(
        _("photo credit"),
        max_length=200,
        blank=True,
        help_text=PHOTO_CREDIT_HELP,
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_(
            "Latin letters, digits and hyphens. Leave empty to make it from the name as written in Kazakh, or in "
            "Russian or English if there is no Kazakh one yet."
        ),
    )  # SluggedContent's, with the help a person's name needs
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("full_name", "position")
    slug_source = "full_name"
    image_field = "photo"
    description_field = "photo_alt"
    description_missing = _("Describe the photo in this language.")

    objects = PublishedFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("commission member")
        verbose_name_plural = _("commission members")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["role"],
                condition=Q(role="chairperson", is_current=True),
                name="commission_member_one_current_chairperson",
                violation_error_message=_("The commission already has a current chairperson."),
            ),
            models.CheckConstraint(condition=Q(role__in=MemberRole.values), name="commission_member_role_is_known"),
        ]

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return reverse("commission:member", kwargs={"slug": self.slug})

    def initials_in(self, text):
        return "".join(word[0] for word in text.split()[:2]).upper()

    @property
    def initials(self):
        return self.initials_in(self.text.full_name)
