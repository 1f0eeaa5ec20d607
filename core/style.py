"""How the network looks: one palette for the web page, the SVG export and any Qt legend.

Kept free of Qt and of HTML so that every renderer draws the same colours and shapes from one place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.model import Family, Kind


@dataclass(frozen=True, slots=True)
class KindStyle:
    """A node kind: fill colour, vis-network shape name and legend label."""

    color: str
    shape: str
    label: str


@dataclass(frozen=True, slots=True)
class FamilyStyle:
    """A relation family: line colour (with alpha), whether dashed, whether directed."""

    color: str
    label: str
    dashed: bool = False
    directed: bool = True


# A dark theme: entity colours stay apart for colour-blind readers (blue / amber / teal / rose) and the
# shapes differ too, so kind never rests on colour alone.
BACKGROUND = "#11151c"
PANEL = "#1a202b"
PANEL_BORDER = "#2c3443"
TEXT = "#e8ecf2"
TEXT_MUTED = "#98a2b3"
LABEL_STROKE = "#11151c"
ACCENT = "#ffd166"  # ring around nodes that are new in an update
FADED_NODE = "rgba(120, 130, 150, 0.16)"
FADED_TEXT = "rgba(200, 205, 215, 0.18)"
FADED_EDGE = "rgba(120, 130, 150, 0.07)"
FONT_STACK = '"Fira Sans", "Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif'
FONT_FACE = "Fira Sans, Segoe UI, Helvetica Neue, Arial, sans-serif"  # vis-network wants a plain list

KINDS: dict[Kind, KindStyle] = {
    Kind.STATE: KindStyle("#5b8def", "hexagon", "State"),
    Kind.PARTY: KindStyle("#f5a524", "diamond", "Party"),
    Kind.OFFICIAL: KindStyle("#34c3a0", "dot", "Official"),
    Kind.VESSEL: KindStyle("#e5668b", "triangle", "Vessel"),
}

FAMILIES: dict[Family, FamilyStyle] = {
    Family.LEADERSHIP: FamilyStyle("rgba(179, 136, 255, 0.85)", "Leadership"),
    Family.MEMBERSHIP: FamilyStyle("rgba(125, 211, 252, 0.80)", "Membership"),
    Family.DIPLOMACY: FamilyStyle("rgba(96, 165, 250, 0.80)", "Diplomacy"),
    Family.ALLIANCE: FamilyStyle("rgba(74, 222, 128, 0.80)", "Alliance"),
    Family.HOSTILITY: FamilyStyle("rgba(248, 113, 113, 0.85)", "Hostility"),
    Family.DEFECTION: FamilyStyle("rgba(251, 146, 60, 0.85)", "Defection"),
    Family.AGREEMENT: FamilyStyle("rgba(45, 212, 191, 0.80)", "Agreement"),
    Family.TRADE: FamilyStyle("rgba(250, 204, 21, 0.80)", "Trade"),
    Family.ENFORCEMENT: FamilyStyle("rgba(244, 114, 182, 0.85)", "Enforcement"),
    Family.REPORTING: FamilyStyle("rgba(214, 180, 138, 0.75)", "Reporting"),
    Family.ASSOCIATION: FamilyStyle("rgba(148, 158, 175, 0.28)", "Association", dashed=True, directed=False),
}

# co-occurrence ties outnumber stated ones and say little on their own: hidden until the user asks for them
HIDDEN_FAMILIES: frozenset[str] = frozenset({str(Family.ASSOCIATION)})

UNKNOWN_KIND = KindStyle("#9aa4b2", "dot", "Other")
UNKNOWN_FAMILY = FamilyStyle("rgba(148, 158, 175, 0.5)", "Other")

NODE_SIZE_MIN = 10.0
NODE_SIZE_MAX = 34.0
EDGE_WIDTH_MIN = 1.0
EDGE_WIDTH_MAX = 7.0
DASH = (5, 6)
LABEL_FONT_MIN = 14
LABEL_FONT_MAX = 26
LABEL_WIDTH = 280  # canvas units; longer names wrap onto more lines


def kind_style(kind: str) -> KindStyle:
    try:
        return KINDS[Kind(kind)]
    except ValueError:
        return UNKNOWN_KIND


def family_style(family: str) -> FamilyStyle:
    try:
        return FAMILIES[Family(family)]
    except ValueError:
        return UNKNOWN_FAMILY


def node_size(ties: int, max_ties: int) -> float:
    """Radius grows with the square root of ties, so hubs stand out without swallowing the page."""
    if max_ties <= 0:
        return NODE_SIZE_MIN
    share = math.sqrt(max(ties, 0)) / math.sqrt(max_ties)
    return round(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * share, 2)


# colours of communities in the "colour by group" mode: the largest groups get the most distinct hues
GROUP_COLOURS = (
    "#5b8def", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#86bcb6",
)  # fmt: skip
SMALL_GROUP = "#5c6678"  # groups past the palette: one muted colour


def group_colour(group: int) -> str:
    return GROUP_COLOURS[group] if 0 <= group < len(GROUP_COLOURS) else SMALL_GROUP


def edge_width(evidence: int, max_evidence: int) -> float:
    """Width grows with the number of sentences stating the tie (log scale: counts are long-tailed)."""
    if max_evidence <= 1 or evidence <= 1:
        return EDGE_WIDTH_MIN
    share = math.log(evidence) / math.log(max_evidence)
    return round(EDGE_WIDTH_MIN + (EDGE_WIDTH_MAX - EDGE_WIDTH_MIN) * share, 2)


def label_size(size: float) -> int:
    """Label font size in canvas pixels: hubs get clearly larger names, so they read first."""
    share = (size - NODE_SIZE_MIN) / (NODE_SIZE_MAX - NODE_SIZE_MIN)
    return round(LABEL_FONT_MIN + share * (LABEL_FONT_MAX - LABEL_FONT_MIN))


def default_families() -> list[str]:
    """The relation families shown before the user changes the filter."""
    return [str(f) for f in Family if str(f) not in HIDDEN_FAMILIES]


# the quiet mark on what the analyst made or confirmed: a dashed pale ring on nodes, a faint glow on ties
ANALYST = "#eef2f8"
ANALYST_GLOW = "rgba(238,242,248,0.75)"
ANALYST_LABEL = "Made or confirmed by the analyst"


def legend() -> dict[str, object]:
    """The legend entries as plain data, in display order, for the page and the SVG."""
    return {
        "analyst": {"label": ANALYST_LABEL, "color": ANALYST},
        "kinds": [{"key": str(k), "label": s.label, "color": s.color, "shape": s.shape} for k, s in KINDS.items()],
        "families": [
            {"key": str(f), "label": s.label, "color": s.color, "dashed": s.dashed, "directed": s.directed}
            for f, s in FAMILIES.items()
        ],
    }


def theme() -> dict[str, str]:
    """Colours and fonts the page script needs (the CSS carries the rest)."""
    return {
        "background": BACKGROUND,
        "panel": PANEL,
        "text": TEXT,
        "muted": TEXT_MUTED,
        "labelStroke": LABEL_STROKE,
        "accent": ACCENT,
        "analyst": ANALYST,
        "fadedNode": FADED_NODE,
        "fadedText": FADED_TEXT,
        "fadedEdge": FADED_EDGE,
        "fontFace": FONT_FACE,
    }
