"""Floors of the real-news sets in ``test_corpus_score.py``: each set held just below the figures it reached.

Every set under ``bench/real`` was first run once blind (its first-run figures are in ``bench/real/README.md`` and
``bench/real/FIRST_RUN.md``) and is development data since; a round of rules that raises a set's figures may raise
its floor here, a change that lowers one says why in its commit message. How each floor came to be (which round
raised it, with which figures) is in the git history of this file and of ``test_corpus_score.py`` before it.
"""

from __future__ import annotations

from typing import NamedTuple


class Floors(NamedTuple):
    """Lowest accepted figures of ``score.py`` on one set (``None``: not held)."""

    documents: int
    entity_f: float
    entity_p: float | None
    typed_f: float
    merge_b3: float | None
    relation_p: float
    relation_r: float
    family: float


# fmt: off
FLOORS: dict[str, Floors] = {
    #             docs  ent F  ent P  typed  merge  rel P  rel R  family
    "dev"      : Floors(   47,  0.96,  None,  0.95,  0.97,  0.88, 0.635,  0.92),
    "holdout"  : Floors(   16,  0.95,  0.94,  0.95,  None, 0.795,   0.5, 0.955),
    "blind4"   : Floors(   19,  0.97,  0.96,  0.97,  None, 0.855,  0.66,  0.91),
    "blind5"   : Floors(   22,  0.95,  0.96,  0.94,  0.97,  0.87, 0.655, 0.925),
    "blind6"   : Floors(   20,  0.97,  0.97,  0.97,  None, 0.895,  0.65, 0.875),
    "blind7"   : Floors(   20, 0.965,  0.97, 0.965, 0.975,   0.9,  0.66,  0.94),
    "blind8"   : Floors(   20,  0.98,  0.99,  0.98,  0.99, 0.895, 0.675, 0.915),
    "blind9"   : Floors(   20, 0.975,  0.98, 0.975,  0.99, 0.915,  0.62, 0.955),
    "blind10"  : Floors(   20, 0.965, 0.975,  0.96,  0.98,  0.91,  0.71,  0.93),
    "blind11"  : Floors(   18,  0.97,  0.97,  0.97, 0.965, 0.825, 0.605,  0.89),
    "blind12"  : Floors(   20,  0.97, 0.955,  0.97,  0.96,  0.94,  0.66,  0.88),
    "blind13"  : Floors(   20, 0.945,  0.95, 0.945,  0.97,  0.71,  0.58,  0.76),
    "blind14"  : Floors(   20,  0.95, 0.945,  0.95,  0.97, 0.895,  0.58,  0.94),
    "blind15"  : Floors(   20, 0.875,  0.85,  0.85,  0.97,  0.82, 0.565, 0.945),
    "blind16"  : Floors(   20, 0.965,  0.96,  0.96,  0.98, 0.845,  0.67, 0.955),
    "blind17"  : Floors(   20,  0.95,  0.94,  0.94, 0.975, 0.845,   0.6,   0.9),
    "blind18"  : Floors(   20,  0.94, 0.955,  0.93,  0.97,  0.95, 0.525,  0.95),
    "blind19"  : Floors(   20, 0.965,  0.97, 0.965,  0.98, 0.905, 0.675, 0.895),
    "blind20"  : Floors(   20,  0.92, 0.905,  0.92, 0.978, 0.855,  0.53,  0.93),
    "blind21"  : Floors(   20,  0.92, 0.905, 0.905, 0.975,  0.73, 0.495,  0.92),
    "blind22"  : Floors(   20, 0.925,  0.94, 0.915, 0.975, 0.895,  0.44,  0.94),
    "blind23"  : Floors(   20, 0.945,  0.94, 0.945,  0.98, 0.905, 0.725, 0.935),
    "blind24"  : Floors(   20, 0.965, 0.965, 0.965,  0.98, 0.875,  0.71,  0.93),
    "blind25"  : Floors(   20,  0.95,  0.93, 0.945, 0.955,  0.83, 0.635, 0.925),
    "blind26"  : Floors(   20, 0.945,  0.93,  0.92, 0.985,  0.86,  0.59, 0.875),
    "blind27"  : Floors(   20, 0.955,  0.94,  0.94,  0.98, 0.865,  0.63,  0.91),
    "blind28"  : Floors(   20,  0.98, 0.975, 0.975,  0.97,  0.88, 0.635,  0.96),
    "blind29"  : Floors(   20, 0.945,  0.94, 0.945,  0.97,   0.8,  0.59,  0.88),
    "blind30"  : Floors(   20,  0.98,   1.0, 0.975,  0.96,  0.85,  0.63, 0.895),
    "blind31"  : Floors(   20, 0.935,  0.92, 0.915, 0.975, 0.835, 0.545, 0.875),
    "blind32"  : Floors(   20, 0.935, 0.925,  0.92, 0.955,  0.85, 0.575,  0.94),
    "blind33"  : Floors(   20,  0.96,  0.95,  0.96, 0.965, 0.885,  0.65,   0.9),
    "blind34"  : Floors(   20,  0.96, 0.935,  0.95, 0.985, 0.855, 0.615,   0.9),
    "blind35"  : Floors(   20, 0.955,  0.92, 0.955,  0.98, 0.845, 0.675,  0.91),
    "blind36"  : Floors(   20, 0.935,  0.92, 0.925, 0.975, 0.785, 0.565,  0.86),
    "blind37"  : Floors(   20,  0.94, 0.935,  0.94,  0.98,   0.9,  0.66, 0.875),
    "blind38"  : Floors(   20, 0.955, 0.945, 0.955, 0.975, 0.875,  0.64,  0.89),
    "blind39"  : Floors(   20, 0.935, 0.935, 0.935,  0.97,  0.85,  0.58, 0.845),
    "blind40"  : Floors(   20,  0.95, 0.935,  0.95, 0.975, 0.905,  0.68, 0.915),
    "blind41"  : Floors(   20, 0.965,  0.96, 0.965,  0.98,  0.85, 0.665,  0.81),
    "blind42"  : Floors(   20,  0.92,  0.92,  0.92, 0.965, 0.785, 0.585,  0.93),
    "blind43"  : Floors(   20,  0.95, 0.955,  0.95,  0.98,  0.83, 0.585, 0.905),
    "blind44"  : Floors(   20,  0.97,  0.97,  0.97,  0.96, 0.835, 0.585,  0.89),
    "blind45"  : Floors(   20, 0.945,  0.91, 0.945, 0.975,  0.81,  0.68, 0.925),
    "blind46"  : Floors(   20, 0.945, 0.945,  0.93, 0.975, 0.885, 0.505,  0.87),
    "blind47"  : Floors(   20, 0.945, 0.935,  0.93,  0.97,  0.75,  0.49,  0.88),
    "blind48"  : Floors(   20, 0.925, 0.915, 0.915, 0.965, 0.805, 0.475,  0.96),
    "blind49"  : Floors(   20, 0.955, 0.925,  0.94,  0.97, 0.855, 0.535, 0.875),
    "blind50"  : Floors(   20,  0.95, 0.965,  0.94,  0.96, 0.835,  0.44,  0.84),
    "blind51"  : Floors(   20, 0.915,  0.92,  0.91,  0.97, 0.725, 0.585, 0.835),
    "blind52"  : Floors(   20, 0.925, 0.905,  0.91,  0.98,  0.76, 0.495,  0.81),
    "blind53"  : Floors(   20,  0.94,  0.92, 0.935,  0.99,  0.85,  0.57,  0.92),
    "blind54"  : Floors(   20, 0.925, 0.925,  0.92,  0.97,  0.87,   0.5, 0.835),
    "blind55"  : Floors(   20, 0.925, 0.925, 0.925, 0.975, 0.895, 0.555, 0.905),
    "blind56"  : Floors(   20,  0.96,  0.95,  0.96,  0.98, 0.865, 0.555, 0.875),
    "blind57"  : Floors(   20,  0.91, 0.905,   0.9,  0.96, 0.865, 0.495,  0.94),
    "blind58"  : Floors(   20, 0.935, 0.945, 0.925,  0.97,  0.78, 0.565, 0.875),
    "blind59"  : Floors(   20, 0.935,  0.94,  0.92, 0.965,  0.88,  0.52, 0.795),
    "blind60"  : Floors(   20,  0.94,  0.95, 0.935,  0.98, 0.805, 0.585,   0.9),
    "blind61"  : Floors(   20, 0.935,  0.92,  0.93, 0.965, 0.805,  0.47, 0.785),
    "blind62"  : Floors(   20, 0.935, 0.915,  0.93,  0.99,  0.88, 0.515,   0.9),
    "blind63"  : Floors(   20, 0.915,   0.9,   0.9, 0.975,  0.76, 0.505, 0.805),
    "blind64"  : Floors(   20,  0.96, 0.945,  0.95,  0.99, 0.875,   0.5,  0.84),
    "blind65"  : Floors(   20, 0.945, 0.925,  0.93, 0.975,  0.86, 0.655,  0.97),
    "blind66"  : Floors(   20, 0.915, 0.925, 0.905,  0.97,  0.77,  0.48,  0.88),
    "blind67"  : Floors(   20, 0.915,  0.91,  0.91, 0.955, 0.785,   0.6, 0.855),
    "blind68"  : Floors(   20, 0.905,  0.88, 0.895,  0.98, 0.765, 0.535, 0.865),
    "blind69"  : Floors(   20,  0.88,  0.87,  0.88, 0.955,   0.8, 0.425,  0.84),
    "blind70"  : Floors(   20, 0.945, 0.925, 0.935,  0.99,  0.87, 0.585, 0.845),
    "blind71"  : Floors(   20,  0.89, 0.895, 0.885, 0.975,  0.79, 0.505, 0.885),
    "blind72"  : Floors(   20, 0.895, 0.895, 0.885, 0.955, 0.805,  0.54,  0.84),
    "blind73"  : Floors(   20, 0.925, 0.895,  0.91, 0.965, 0.855, 0.675,  0.93),
}
# fmt: on
