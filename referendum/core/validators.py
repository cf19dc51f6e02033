from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def validate_image_size(upload):
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(megabytes)s MB."), params={"megabytes": MAX_IMAGE_BYTES // 2**20}
        )


IMAGE_VALIDATORS = [FileExtensionValidator(IMAGE_EXTENSIONS), validate_image_size]
PHOTO_CREDIT_HELP = _("Who took the photo or holds the rights, e.g. a photographer or an agency.")


class DescribedImage:
    """An optional picture that a screen reader can tell: with a picture, each language the item is complete
    in needs its description. A page in a language the item lacks shows it in a fallback language it is
    complete in (TranslatedContent.text_in), whose description it therefore has."""

    image_field = "image"
    description_field = "image_alt"
    description_missing = _("Describe the image in this language.")

    def clean(self):
        super().clean()
        if not getattr(self, self.image_field):
            return
        missing = [build_localized_fieldname(self.description_field, code) for code in self.complete_languages]
        missing = [field for field in missing if not getattr(self, field)]
        if missing:
            raise ValidationError(dict.fromkeys(missing, self.description_missing))
