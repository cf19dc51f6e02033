from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from .forms import SearchForm
from .query import MAX_PAGES, search
from .sources import all_sources


@method_decorator(never_cache, name="get")  # a form's answer: never kept by any cache
class SearchView(TemplateView):
    query_parameters = ("q", "page")  # what the page cache keys on
    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        valid = form.is_valid()
        query = form.cleaned_data["q"] if valid else ""
        page = self.page_number(request)
        found = search(query, request.LANGUAGE_CODE, page=page) if query else None
        if found is not None and page > 1 and not found.results:
            raise Http404(_("There is no such page of results."))
        labels = {source.kind: source.label for source in all_sources()}
        for result in found.results if found else ():
            result.label = labels.get(result.kind, "")
        context = self.get_context_data(form=form, query=query, found=found, results=found.results if found else [])
        return self.render_to_response(context, status=200 if valid else 400)

    @staticmethod
    def page_number(request):
        """Like the list pages: a page that is not a number from 1 to MAX_PAGES is a 404."""
        raw = request.GET.get("page", "1")
        if not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_PAGES):
            raise Http404(_("There is no such page of results."))
        return int(raw)
