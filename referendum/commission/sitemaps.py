from referendum.core.sitemaps import TranslatedSitemap

from .models import Member


class MemberSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Member.objects.published()


SITEMAPS = {"commission": MemberSitemap}
