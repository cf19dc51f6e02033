from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def validate_image_size(upload):
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(megabytes)s MB."), params={"megabytes": MAX_IMAGE_BYTES // 2**20}
        )


IMAGE_VALIDATORS = [FileExtensionValidator(IMAGE_EXTENSIONS), validate_image_size]
PHOTO_CREDIT_HELP = _("Who took the photo or holds the rights, e.g. a photographer or an agency.")
