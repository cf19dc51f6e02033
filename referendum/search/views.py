from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from .forms import SearchForm
from .query import search
from .sources import all_sources


@method_decorator(never_cache, name="get")  # a form's answer: never kept by any cache
class SearchView(TemplateView):
    query_parameters = ("q",)  # what the page cache keys on
    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        valid = form.is_valid()
        query = form.cleaned_data["q"] if valid else ""
        results = search(query, request.LANGUAGE_CODE) if query else []
        labels = {source.kind: source.label for source in all_sources()}
        for result in results:
            result.label = labels.get(result.kind, "")
        context = self.get_context_data(form=form, query=query, results=results)
        return self.render_to_response(context, status=200 if valid else 400)
