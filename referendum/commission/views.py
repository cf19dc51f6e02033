from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from referendum.core.site import site_url

from .models import Member

GROUP_HEADINGS = {
    Member.Role.CHAIRPERSON: _("Chairperson"),
    Member.Role.DEPUTY_CHAIRPERSON: _("Deputy chairpersons"),
    Member.Role.SECRETARY: _("Secretary"),
    Member.Role.MEMBER: _("Members"),
}


class RosterView(ListView):
    template_name = "commission/member_list.html"
    context_object_name = "members"

    def get_queryset(self):
        return Member.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        members = list(context["members"])
        current = [member for member in members if member.is_current]
        context["groups"] = [
            (role, GROUP_HEADINGS[role], [member for member in current if member.role == role])
            for role in Member.Role
            if any(member.role == role for member in current)
        ]
        context["former_members"] = [member for member in members if not member.is_current]
        return context


class MemberView(DetailView):
    template_name = "commission/member_detail.html"
    context_object_name = "member"

    def get_queryset(self):
        return Member.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["news"] = list(self.object.news_articles.published()[:20])
        context["structured_data"] = self.structured_data()
        return context

    def structured_data(self):
        text = self.object.text
        return {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": text.full_name,
            "jobTitle": text.position,
            "url": site_url(self.object.get_absolute_url()),
            "memberOf": {"@type": "Organization", "name": str(_("Constitutional Reform Commission"))},
        }
