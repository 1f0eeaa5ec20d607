"""Time core.extract.repeated_names.repeat_mentions on a made-up 1M-character text: 150 names opening ~7,000
sentences, 5,000 forms in all (issue #11, round BF review item 1). Prints the seconds taken; not a test.

    PYTHONPATH=. python bench/bench_repeated_names.py
"""

from __future__ import annotations

import random
import time

from core.extract.repeated_names import repeat_mentions
from core.model import Kind, LocalEntity, Span

_SYLLABLES = ["ka", "lo", "ve", "dra", "mi", "tor", "sen", "qua", "rel", "bo", "nix", "zu", "pe", "ran", "gol"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n))


def main() -> None:
    rng = random.Random(7)
    names = sorted({_word(rng, 4).capitalize() for _ in range(6000)})[:5000]
    openers, others = names[:150], names[150:]
    filler = [_word(rng, 2) for _ in range(400)]
    parts, size, k = [], 0, 0
    while size < 1_000_000:
        who = openers[k % len(openers)] if k < 7000 else rng.choice(filler)
        rest = " ".join(rng.choice(filler) for _ in range(18))
        if k < len(others):
            rest += " by " + others[k]
        sentence = f"{who.capitalize()} {rest}. "
        parts.append(sentence)
        size += len(sentence)
        k += 1
    text = "".join(parts)
    entities = []
    for name in names:
        at = text.find(name)
        entities.append(LocalEntity(name, Kind.PARTY, [Span(at, at + len(name), name)]))
    t0 = time.perf_counter()
    repeat_mentions(text, entities)
    took = time.perf_counter() - t0
    added = sum(len(e.mentions) - 1 for e in entities)
    print(f"{len(text)} characters, {len(names)} forms, {added} mentions added: {took:.2f} s")


if __name__ == "__main__":
    main()
