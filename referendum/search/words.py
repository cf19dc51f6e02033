"""Words of a query, as the index should match them.

Kazakh: no maintained stemmer is published for Python (snowballstemmer has none; kazstem needs an HFST
toolchain and resources downloaded at run time), and PostgreSQL has no Kazakh configuration, so Kazakh words
lose their inflectional endings by the suffix rules below and match as prefixes: «нәтижелері» and
«нәтиже» both become «нәтиже». Russian and English are stemmed by PostgreSQL's own configurations.

A few words of this portal's subject have a synonym that its sources use instead: «результаты» for the
«итоги» of the results, «нәтиже» for «қорытынды». They are searched for together."""

import re

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 10

# Endings, longest first within each group, stripped from the end of the word in the order of the groups
# (case, then possessive, then plural), as Kazakh stacks them: нәтиже-лер-і-нде.
KAZAKH_ENDINGS = (
    # case
    (
        "ларының",
        "лерінің",
        "дарының",
        "дерінің",
        "тарының",
        "терінің",
        "нан",
        "нен",
        "дан",
        "ден",
        "тан",
        "тен",
        "ның",
        "нің",
        "дың",
        "дің",
        "тың",
        "тің",
        "нда",
        "нде",
        "ында",
        "інде",
        "мен",
        "бен",
        "пен",
        "ға",
        "ге",
        "қа",
        "ке",
        "на",
        "не",
        "да",
        "де",
        "та",
        "те",
        "ны",
        "ні",
        "ды",
        "ді",
        "ты",
        "ті",
    ),
    # possessive
    ("ымыз", "іміз", "ыңыз", "іңіз", "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і"),
    # plural
    ("лар", "лер", "дар", "дер", "тар", "тер"),
)
KAZAKH_LETTERS = set("әғқңөұүһі")
MIN_STEM = 3

SYNONYMS = {
    "результат": ("итог",),
    "итог": ("результат",),
    "нәтиже": ("қорытынды",),
    "қорытынды": ("нәтиже",),
}


def words_of(query):
    return [word.casefold() for word in WORD.findall(query)][:MAX_WORDS]


def kazakh_stem(word):
    """The word without its case, possessive and plural endings, never shorter than three letters."""
    stem = word.casefold()
    for endings in KAZAKH_ENDINGS:
        for ending in endings:
            if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
                stem = stem[: -len(ending)]
                break
    return stem


def synonyms(word):
    folded = word.casefold()
    return tuple(other for key, others in SYNONYMS.items() if folded.startswith(key) for other in others)


def variants(word):
    """The forms a word is looked for in: itself, its Kazakh stem and its synonyms."""
    found = [word, kazakh_stem(word), *synonyms(word)]
    return list(dict.fromkeys(found))
