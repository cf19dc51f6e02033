class LastModifiedMiddleware:
    """Views set `request.last_modified` (an HTTP date); it goes out as Last-Modified, so that Django's
    ConditionalGetMiddleware can answer If-Modified-Since with 304 as it does If-None-Match."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        last_modified = getattr(request, "last_modified", None)
        if last_modified and request.method in ("GET", "HEAD") and not response.has_header("Last-Modified"):
            response.headers["Last-Modified"] = last_modified
        return response
