"""Long generated wordings, to measure and bound the word comparison (tests/test_provisions.py, bench/scale.py)."""

import random


def long_wordings(words=5000, changed=300, seed=2026):
    """Two wordings of `words` words from an 800-word vocabulary, `changed` of them replaced in the second."""
    rng = random.Random(seed)
    vocabulary = [f"word{n}" for n in range(800)]
    current = [rng.choice(vocabulary) for _ in range(words)]
    draft = list(current)
    for _ in range(changed):
        draft[rng.randrange(words)] = rng.choice(vocabulary)
    return " ".join(current), " ".join(draft)
