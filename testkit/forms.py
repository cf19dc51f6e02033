"""What a browser would post back from a form of the admin's, untouched: the tests and bench/ fill it in."""

from bs4 import BeautifulSoup


def admin_form_data(html):
    """The fields of the admin's form (`#content-main form`) as a browser submits them unchanged, the CSRF token
    included; file inputs and buttons are left out."""
    page = BeautifulSoup(html, "lxml")
    form = page.select_one("#content-main form")
    if form is None:
        raise LookupError(f"no admin form on the page {page.title.get_text() if page.title else ''!r}")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            options = field.select("option")
            chosen = [option.get("value", "") for option in options if option.has_attr("selected")]
            if field.has_attr("multiple"):
                data[name] = chosen
            elif chosen or options:
                data[name] = chosen[0] if chosen else options[0].get("value", "")  # a browser sends the first
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("file", "submit", "button", "image"):
            data[name] = field.get("value", "")
    return data
