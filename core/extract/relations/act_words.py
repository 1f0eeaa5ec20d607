"""Verb and noun sets that several relation readers share (one definition each, imported where used)."""

from __future__ import annotations

from core.extract.relations.syntax import MODALS

# 'X was involved in the seizure of Y', 'a plot involving X'
INVOLVING = frozenset({"involve", "implicate"})
# verbs of leading a group or an act: 'a network run by X', 'led the liberation of X'
LEADING = frozenset(
    {"lead", "spearhead", "head", "command", "direct", "coordinate", "oversee", "run", "orchestrate", "mastermind"}
)
# verbs of pressing someone else to act, whose object is the one pressed: 'urged Y to stop', 'pressed Y to cut ties'
PRESSING = frozenset({"urge", "press", "pressure", "push", "call", "demand", "ask", "tell", "force", "lobby"})
# verbs of saving people or a ship: 'boarded the ship and rescued the crew'
RESCUING = frozenset({"rescue", "evacuate", "save", "assist", "aid", "help"})
# acts that free or defend whoever they are done to: 'led the liberation of Kuwait'
FREEING_ACTS = frozenset({"liberation", "defence", "defense"})
# acts that save people or a ship: an ally's act only when done to a ship or a person ('led the rescue of the crew'),
# not to a place ('led the evacuation of Kabul')
SAVING_ACTS = frozenset({"rescue", "evacuation", "relief"})
# modals of a duty in a ruling: 'ruled that the vessel must be released'
DUTY_MODALS = frozenset({"must"}) | (MODALS & {"should", "shall"})
# gatherings one meets others at: 'met with X on the sidelines of the Y summit in Z' (Y and Z are the occasion)
GATHERINGS = frozenset({"summit", "conference", "forum", "congress", "assembly", "session", "sideline", "sidelines"})
# participles glued to a backer, not to the thing itself: 'the UN-backed force' is not the UN
BACKING_PARTICIPLES = frozenset({"backed", "funded", "sponsored", "supported", "financed", "mandated", "authorized"})
