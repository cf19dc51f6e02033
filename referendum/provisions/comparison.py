"""A word-level comparison of the current and the draft wording, for <del>/<ins> markup."""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "deleted" or "inserted"
    text: str


def compare_words(current, draft):
    """Segments that turn `current` into `draft`. White space counts as a word so spacing is kept, and two
    replaced words with only a space between them read as one change ("two chambers" -> "one chamber")."""
    old, new = TOKENS.findall(current), TOKENS.findall(draft)
    opcodes = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    segments = []
    deleted = inserted = ""

    def flush():
        nonlocal deleted, inserted
        if deleted:
            segments.append(Segment("deleted", deleted))
        if inserted:
            segments.append(Segment("inserted", inserted))
        deleted = inserted = ""

    for index, (operation, old_start, old_end, new_start, new_end) in enumerate(opcodes):
        if operation == "equal":
            same = "".join(old[old_start:old_end])
            next_is_replace = index + 1 < len(opcodes) and opcodes[index + 1][0] == "replace"
            if deleted and inserted and same.isspace() and next_is_replace:
                deleted, inserted = deleted + same, inserted + same
                continue
            flush()
            segments.append(Segment("same", same))
        else:
            deleted += "".join(old[old_start:old_end])
            inserted += "".join(new[new_start:new_end])
    flush()
    return segments
