"""A translation may say anything, but it may not bring markup of its own.

`{% translate %}` output is not escaped: whatever a msgstr holds reaches every page as HTML, and a msgstr used
in an attribute (`content="{% translate ... %}"`) can close the attribute with a straight quote. So a msgstr
is untrusted input, checked against its msgid, its trusted source:

- tags (anything from `<` and a letter, `/`, `!` or `?` up to `>`, or a `<` ending the text) must be the
  msgid's own, attributes and all, each as many times: a translation may move them, not add, drop or alter one;
- positional placeholders (`%s`, `%d`, `{}`, `{0}`) likewise: one too many or too few breaks the page;
- named placeholders (`%(name)s`, `{name}`) may not be added (an unknown name breaks the page) nor dropped
  altogether (the closing time, the figure or the name would silently vanish from the page); each name once is
  enough, since Kazakh grammar may name a thing once where English names it twice;
- entities (`&amp;`) and straight double quotes may be dropped (typographic quotes are the norm) but not added:
  a quote can end the attribute the text is used in.

Letters in any script, punctuation and `<` before a space remain plain text; so does `%` before nothing, unless
the original is filled in with `%` (it has a placeholder or `%%`): then the translation must take the same values
without an error, as must one whose original is filled in with `.format()`.
"""

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib

# What a browser starts a tag, end tag, comment or declaration with; a `<` ending the text could open one
# with whatever the page puts after it.
_TAG = re.compile(r"<(?:[A-Za-z/!?][^>]*>?|\Z)")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# printf-style (Python and Django's JavaScript interpolate()); `%%` is a literal percent sign.
_PERCENT = re.compile(r"%%|%(?:\([^)]*\))?[#0 +\-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsab]")
# str.format(); `{{` and `}}` are literal braces.
_BRACE = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
_NAMED_BRACE = re.compile(r"\{[^\W\d]")


@dataclass(frozen=True)
class Difference:
    """The markup a translation has that its original lacks (added), and the reverse (missing)."""

    added: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def __bool__(self):
        return bool(self.added or self.missing)

    def __str__(self):
        parts = []
        if self.added:
            parts.append("adds " + ", ".join(self.added))
        if self.missing:
            parts.append("drops " + ", ".join(self.missing))
        return "; ".join(parts)

    @property
    def items(self):
        """Every differing tag, placeholder, entity or quote, as the text shows it."""
        return self.added + self.missing


def _tags(text):
    return [" ".join(tag.split()) or "<" for tag in _TAG.findall(text)]


def _placeholders(text):
    found = [match for match in _PERCENT.findall(text) if match != "%%"]
    return found + [match for match in _BRACE.findall(text) if match not in ("{{", "}}")]


def _is_named(placeholder):
    return placeholder.startswith("%(") or _NAMED_BRACE.match(placeholder) is not None


def _exact(text):
    """What a translation must keep exactly: its tags with their attributes, and its positional placeholders."""
    return Counter(_tags(text) + [found for found in _placeholders(text) if not _is_named(found)])


def _at_most(text):
    """What a translation may drop but never add: named placeholders (each name once, however often it is
    used), and entities and straight quotes outside tags."""
    outside = _TAG.sub(" ", text)
    named = {found for found in _placeholders(text) if _is_named(found)}
    # A bare < or > next to a placeholder becomes a tag once a visitor's words fill it in; a control character
    # (a lone carriage return) can vanish between this check and the saved file.
    brackets = [char for char in outside if char in "<>"]
    controls = [repr(char) for char in text if unicodedata.category(char) == "Cc" and char not in "\n\t"]
    return Counter([*named, *_ENTITY.findall(outside), *['"'] * outside.count('"'), *brackets, *controls])


def _names(text):
    return {found for found in _placeholders(text) if _is_named(found)}


def _sorted(counter):
    return tuple(sorted(counter.elements()))


def _breaks_formatting(original, translation):
    """Whether filling the translation in as its original is filled in would raise: a lone `%` (`100%` where the
    original writes `%%`), `%y`, an unclosed `%(name`, a lone `{` or `}`. The page's own `%` or `.format()`
    would then fail for every visitor (a 500), until someone fixed the catalogue."""
    percent = _PERCENT.findall(original)
    if percent:
        named = {found[2 : found.index(")")] for found in percent if found.startswith("%(")}
        values = dict.fromkeys(named, 1) if named else tuple(1 for found in percent if found != "%%")
        try:
            translation % values
        except (ValueError, TypeError, KeyError):
            return True
    braces = [found for found in _BRACE.findall(original) if found not in ("{{", "}}")]
    if braces:
        try:
            fields = [field for _text, field, _spec, _conv in string.Formatter().parse(original) if field is not None]
            names = {field.split(".")[0].split("[")[0] for field in fields if field and not field.isdigit()}
            translation.format(*[1] * len(fields), **dict.fromkeys(names, 1))
        except (ValueError, IndexError, KeyError, AttributeError):
            return True
    return False


def check_translation(original, translation):
    """The Difference between a translation's markup and its original's, or None when the translation is safe.

    An empty translation (not translated yet) is safe."""
    if not translation:
        return None
    exact, source = _exact(translation), _exact(original)
    added = (exact - source) + (_at_most(translation) - _at_most(original))

    missing = (source - exact) + Counter(_names(original) - _names(translation))
    if not added and not missing and _breaks_formatting(original, translation):  # the cause when nothing else is
        added = Counter(["%" if _PERCENT.search(original) else "{ }"])
    difference = Difference(added=_sorted(added), missing=_sorted(missing))
    return difference or None


def check_entry(msgid, msgstr="", msgid_plural="", msgstr_plural=None):
    """The Difference for a catalogue entry, or None. A plural form may follow either the singular or the
    plural original (Kazakh "Бір мақала" for one, Russian "%(count)s статья" for 1, 21, 31...)."""
    if not msgid_plural:
        return check_translation(msgid, msgstr)
    for _, form in sorted((msgstr_plural or {}).items()):
        difference = check_translation(msgid_plural, form)
        if difference and check_translation(msgid, form):
            return difference
    return None


def check_pofile(path):
    """[(entry, Difference)] for each entry of a .po file whose translation brings markup of its own."""
    problems = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        difference = check_entry(entry.msgid, entry.msgstr, entry.msgid_plural, entry.msgstr_plural)
        if difference:
            problems.append((entry, difference))
    return problems


def project_pofiles(locale_paths):
    """Every .po file in the given locale folders (the project's LOCALE_PATHS), in a stable order."""
    return [path for folder in locale_paths for path in sorted(Path(folder).glob("*/LC_MESSAGES/*.po"))]
