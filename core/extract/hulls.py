"""Ships' prefixes (merchant "M/V", navy "USS", "NNS"...), plain Python so that resolving entities needs no spaCy."""

from __future__ import annotations

import re

# written only before a ship's name: merchant (M/V, M/T) and navy prefixes (USS, HMS, BRP for the Philippines...)
PREFIXES = (
    *("M/V", "M.V.", "M/T", "M.T.", "MV", "MT", "M/S", "MY", "RV", "SS", "FV"),
    *("HMS", "USS", "BRP", "HMAS", "HMCS", "HMNZS", "KRI", "ROKS", "INS", "TCG", "HNLMS", "HDMS", "FGS", "HSwMS"),
    *("PNS", "NRP", "SPS", "HNoMS", "NNS", "GNS", "HTMS", "BNS", "SLNS", "ROCS", "ESPS", "BAP", "KN"),
    *("USNS", "USCGC", "JS", "CNS", "IRIS"),  # US Navy supply ships, US Coast Guard cutters, Japan's, China's, Iran's
    *("ARA",),  # Argentina's navy (Armada de la República Argentina)
    *("KNM", "ICGS", "SLCGS", "HMJS"),  # Norway's navy, the Indian and Sri Lankan coast guards, Jamaica's
    *("RFA", "MSC"),  # Britain's Royal Fleet Auxiliary; a line whose ships carry its name ("MSC Tavola")
)
# prefixes that alone are also a body's acronym ("RFA" the radio, "MSC" the line): a ship's only before a name
ACRONYM_PREFIXES = frozenset({"RFA", "MSC"})
_PREFIX = re.compile("(?:" + "|".join(re.escape(p) for p in PREFIXES) + r")\s+(?=[A-Z0-9])")


def written_with_prefix(text: str) -> bool:
    """A mention that starts with a ship's prefix ("MV Ruby", "NNS Kestrel"): written only of a ship."""
    return _PREFIX.match(text) is not None


_HULL_CODE = re.compile(r"[A-Z]{1,4}-\d{1,4}")


def ship_core(name: str) -> tuple[str, str]:
    """What stays of a ship's name past the marks written around it, in order, and the hull code taken off, for
    telling one ship under several forms across articles: "No. 172 Eiho Maru", "Eiho Maru No. 172" and "Eiho Maru 172"
    (a number before or after) are one ship, and so are "PNA Mantilla" and "GC-24 Mantilla" (a prefix or a hull code
    before the name); "GC-24 Mantilla" and "GC-25 Mantilla" (two hull codes) are two. The core is empty when nothing
    but marks and numbers would stay."""
    words = name.split()
    if len(words) > 2 and words[0] in {"No.", "No"} and words[1].isdigit():
        words = [*words[2:], words[1]]
    elif len(words) > 2 and words[-2] in {"No.", "No"} and words[-1].isdigit():
        words = [*words[:-2], words[-1]]
    mark = ""  # a hull code only: a service's prefix ("PNA", "HMS") tells no hull from another
    if len(words) > 1 and _HULL_CODE.fullmatch(words[0]):
        mark, words = words[0], words[1:]
    elif len(words) > 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 5:
        words = words[1:]
    if not any(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
        return "", mark
    return " ".join(w.casefold() for w in words), mark
