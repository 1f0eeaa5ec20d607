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
)
_PREFIX = re.compile("(?:" + "|".join(re.escape(p) for p in PREFIXES) + r")\s+(?=[A-Z0-9])")


def written_with_prefix(text: str) -> bool:
    """A mention that starts with a ship's prefix ("MV Ruby", "NNS Kestrel"): written only of a ship."""
    return _PREFIX.match(text) is not None
