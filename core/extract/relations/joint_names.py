"""Names joined by 'and' that act together in a 'joint' act: 'X and Y said in a joint statement'."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.nlp import doc_column, doc_lemma_lower, doc_sents
from core.extract.relations.apart import apart
from core.extract.relations.beside_lists import set_beside_doer
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.lexicon import Lexicon
from core.extract.relations.syntax import Tie, words_in, words_or_lemmas_in
from core.model import Family, Kind

_JOINT = frozenset({"joint", "common", "coordinated", "concerted"})
# Verbs and adverbs that say the names listed as their doers act as one: 'A and B have been coordinating their
# support', 'A and B jointly announced', 'brokered by A and B'. (Mediating verbs keep the deal's family.)
_TOGETHER = frozenset({"coordinate", "jointly"})
_MEDIATE = frozenset({"broker", "mediate", "co-broker"})
_SIDES = frozenset({Kind.STATE, Kind.PARTY})
_LIST = frozenset({",", "and", "&"})
_OWN = frozenset({Family.AGREEMENT, Family.DIPLOMACY, Family.TRADE, Family.ALLIANCE})  # families a joint noun keeps
# Joint appearances before the press: those who share one meet (DIPLOMACY), whatever deal they speak of
# ('At a joint press conference with A and B, C said he hopes the deal ...').
_MEETINGS = frozenset({"conference", "briefing", "appearance"})
# Acts of a common stance: several names listed as the doers of one of these act side by side ('A, B and C condemned
# the test', 'A and B voted against the text', 'a resolution drafted by A, B and C', 'put forward by A and B').
_STANCE = frozenset({"condemn", "vote", "sponsor", "co-sponsor", "cosponsor", "draft", "co-draft"})
_FORWARD = frozenset({"forward"})  # 'put forward'
_ALONG = frozenset({"along", "together"})  # 'along with', 'together with'
_ACTORS = frozenset({Kind.STATE, Kind.PARTY, Kind.OFFICIAL})
# Roles shared at one event, no partnership: 'A, B and C will be joint hosts of the Cup' (the gold: co-hosting gives
# no tie).
_NO_PARTNERS = frozenset({"host", "hosts", "co-host", "co-hosts", "cohost", "cohosts"})


def joint_ties(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """A tie between states or bodies named side by side in a sentence that speaks of their joint act."""
    if not toks:
        return
    doc = toks[0].doc
    sent = doc_sents(doc)[toks[0].i]  # the joint act may be named outside a quote that names the partners
    low, lemma = doc_column(doc, "lower_"), doc_lemma_lower(doc)
    if any(
        lemma[i] in _STANCE or (low[i] == "forward" and i > 0 and lemma[i - 1] == "put")
        for i in range(sent.start, sent.end)
    ):
        yield from _co_actors(toks, tok_ent, kind, lex)
    if any(low[i] in ("along", "together") and low[i + 1] == "with" for i in range(sent.start, sent.end - 1)):
        yield from _along_with(toks, tok_ent, kind, lex)
    if not any(
        low[i] in _JOINT or lemma[i] in _TOGETHER or lemma[i] in _MEDIATE or low[i] == "together" or _front(low, i)
        for i in range(sent.start, sent.end)
    ):
        return  # (the quick answer for most sentences: none of the words below is in it)
    nouns = [
        t.head
        for t in sent
        if (t.lower_ in _JOINT or _front(low, t.i)) and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"
        and t.head.lower_ not in _NO_PARTNERS
    ]
    acts = [t for t in sent if t.lemma_.lower() in _TOGETHER and t.pos_ in ("VERB", "ADV")]
    acts += [t for t in sent if t.lower_ == "together" and _together(t)]
    mediated = [t for t in sent if t.lemma_.lower() in _MEDIATE and t.pos_ == "VERB"]
    if not nouns and not acts and not mediated:
        return
    if nouns:
        noun = nouns[0].lower_
        fam = lex.relation_nouns.get(nouns[0].lemma_.lower()) or lex.relation_nouns.get(noun)
    elif acts:
        noun, fam = acts[0].lower_, Family.ALLIANCE
    else:
        noun, fam = mediated[0].lower_, _mediated_family(mediated[0], lex)
    if nouns and nouns[0].lemma_.lower() in _MEETINGS:
        fam = Family.DIPLOMACY
    if fam not in _OWN:
        fam = Family.ALLIANCE  # a joint statement, probe or strike: the two act as partners
    if fam is Family.ALLIANCE and any(lex.relation_nouns.get(t.lemma_.lower()) is Family.AGREEMENT for t in sent):
        fam = Family.AGREEMENT  # 'a joint statement on the agreement': partners to the deal
    for n in nouns:
        yield from _listed_doers(n, toks, tok_ent, kind, lex, noun, fam)
    # the names of a list joined only by commas, 'and' and 'the': the parse of such lists is too loose to follow;
    # every two names of one list are partners ('A, B, the C and D recognised X in a coordinated move')
    run: list[int] = []
    gap_ok = joined = False
    start: Token | None = None  # the first word of the list's first name
    for t in [*toks, None]:
        e = tok_ent[t.i] if t is not None else -1
        if e >= 0 and kind(e) in _SIDES:
            if run and _modifier_of(t, run[-1], e, tok_ent, lex) and run[-1] not in run[:-1]:
                run.pop()  # 'A and the Afghan B': the state named by an adjective on B is no member of the list
                gap_ok = bool(run)
            verb = None if not run or e in run or joined or not gap_ok else _verb_after(t, e, tok_ent)
            if verb is not None and verb.lemma_.lower() in lex.reporting_verbs:
                # '... between Russia and the DPRK, the White House said': a comma and a speaker end the list; the
                # speaker reports on the names listed
                yield from ((e, x, f"{verb.lower_} on", Family.REPORTING) for x in run)
            if not (run and gap_ok) or verb is not None:
                yield from _run_partners(run, start, tok_ent, kind, sent.start, noun, fam)
                run = []
            if not run:
                start = t
            if e not in run:
                run.append(e)
            gap_ok, joined = True, False
        elif e >= 0 and e in run:
            continue  # a name of several words
        else:
            gap_ok = gap_ok and t is not None and (t.lower_ in _LIST or (t.lower_ == "the" and t.dep_ == "det"))
            joined = joined or (t is not None and t.lower_ in ("and", "&"))
            if not gap_ok:
                yield from _run_partners(run, start, tok_ent, kind, sent.start, noun, fam)
                run = []


def _run_partners(
    run: list[int], start: Token | None, tok_ent: list[int], kind, sent_start: int, noun: str, fam: Family
) -> Iterator[Tie]:
    """Every two names of one list are partners, unless the list is set beside a doer named before it."""
    if len(run) > 1 and start is not None and set_beside_doer(start, run, tok_ent, kind, sent_start):
        return
    yield from _partners(run, noun, fam)


def _mediated_family(v: Token, lex: Lexicon) -> Family:
    """'talks mediated by X': those who mediate or hold mediated talks meet (DIPLOMACY); a mediated deal ('an
    agreement brokered by X', 'a US-mediated agreement') keeps AGREEMENT."""
    head = v.head if v.dep_ in ("acl", "amod") and v.head.pos_ == "NOUN" else None
    fam = lex.relation_nouns.get(head.lemma_.lower()) if head is not None else None
    return Family.DIPLOMACY if fam is Family.DIPLOMACY else Family.AGREEMENT


def _modifier_of(t: Token, prev: int, e: int, tok_ent: list[int], lex: Lexicon) -> bool:
    """The name ``prev`` ends right before ``t`` (the start of the name ``e``) and modifies it: 'the Afghan
    Taliban', an adjective's state set on a body (one item of a list, the body). Not on the state's own organ: 'the
    Philippine Department of National Defense' acts for its state, which stays in the list."""
    if t.i == 0 or prev == e or tok_ent[t.i - 1] != prev:
        return False
    m = t.doc[t.i - 1]
    if m.dep_ not in ("amod", "compound", "nmod") or tok_ent[m.head.i] != e or m.pos_ not in ("ADJ", "PROPN"):
        return False
    end = t.i
    while end + 1 < len(t.doc) and tok_ent[end + 1] == e:
        end += 1
    words = {x.lower_ for x in t.doc[t.i : end + 1]}
    return not (words & lex.organ_words) or bool(words & lex.organ_exclusions)


def _verb_after(t: Token, e: int, tok_ent: list[int]) -> Token | None:
    """The verb right after the name starting at ``t`` ('the White House said'), if any."""
    doc, i = t.doc, t.i
    while i + 1 < len(doc) and tok_ent[i + 1] == e:
        i += 1
    return doc[i + 1] if i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX") else None


def _together(t: Token) -> bool:
    """'A and B together would decide', 'A and B had lobbied together': 'together' on a verb whose subject is a
    list of names (not 'together with X', nor 'brought A and B together', whose names are the object)."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if t.dep_ != "advmod" or (nxt is not None and nxt.lower_ == "with"):
        return False
    h = t.head
    if h.dep_ == "nsubj":  # 'A and the B together would decide', parsed with 'together' on the subject
        return any(x.dep_ == "conj" for x in h.children)
    return h.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in h.children
    )


def _partners(run: list[int], noun: str, fam: Family, word: bool = True) -> Iterator[Tie]:
    label = f"joint {noun} with" if word else noun
    for a, b in member_pairs(run):
        yield a, b, label, fam


_GLUE = frozenset({"the", "'s", "’s", "of", "'", "’", "-"})
_SEP = frozenset({",", "and", "&"})
_BEFORE_VERB = frozenset({"AUX", "ADV", "PART"})  # 'have condemned', 'also voted', 'jointly drafted'


def _co_actors(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """The names listed as the subject (or the passive's 'by' agent) of one act of a common stance are partners:
    the list is read as a stretch of names, titles, commas and 'and' next to the verb (the parse of a list of
    titled names is too loose to follow), one name (its last) for each item of the list."""
    first, last = toks[0].i, toks[-1].i
    doc = toks[0].doc
    for v in words_or_lemmas_in(toks, _FORWARD, _STANCE):  # (no other token is asked)
        verb = v.head if v.lower_ == "forward" and v.head.lemma_.lower() == "put" else v
        if verb.i == v.i and (v.lemma_.lower() not in _STANCE or v.pos_ != "VERB"):
            continue
        if not _a_stance(verb):
            continue
        agents = [c for c in verb.children if c.dep_ == "agent" and c.i > v.i]
        if agents:
            items = _items(doc, range(agents[0].i + 1, last + 1), tok_ent, kind, lex)
        elif any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            i = verb.i - 1
            while i >= first and doc[i].pos_ in _BEFORE_VERB:
                i -= 1
            subj = [c.i for c in verb.children if c.dep_ == "nsubj"]
            items = _items(doc, range(i, first - 1, -1), tok_ent, kind, lex, must=subj)
        else:
            continue
        if len(items) > 1:
            act = f"{verb.lower_} forward" if verb.i != v.i else verb.lower_
            yield from _partners(items, f"{act} alongside", Family.ALLIANCE, word=False)


_TEXTS = frozenset({"resolution", "text", "draft", "motion", "proposal", "bill", "statement", "declaration"})
_RECIPROCAL = (("each", "other"), ("one", "another"))


def _a_stance(verb: Token) -> bool:
    """The act is one stance taken side by side: not denied ('did not condemn'), a vote for or against something (not
    'voted on Monday'), a text drafted or sponsored (not 'drafted plans'), and not aimed at one another."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children) or apart(verb):
        return False
    words = [t.lower_ for t in verb.subtree]
    if any(pair in _RECIPROCAL for pair in itertools.pairwise(words)):
        return False
    if lemma == "vote":
        return any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in verb.children)
    if lemma in ("condemn",):
        return True
    # drafting or sponsoring (or 'put forward'): a text is what was drafted
    texts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        texts.append(verb.head)
    return any(t.lemma_.lower() in _TEXTS for t in texts)


def _items(
    doc, span: range, tok_ent: list[int], kind, lex: Lexicon, must: list[int] | None = None, single: bool = False
) -> list[int]:
    """The actors of a list read along ``span`` (forward after 'by', backward before the verb), one per item."""
    items: list[int] = []
    cur = -1
    seen_sep = False
    covered = False
    for i in span:
        t = doc[i]
        e = tok_ent[i]
        if e < 0 and t.lower_ in _SEP:
            if cur >= 0 and cur not in items:
                items.append(cur)
            cur, seen_sep = -1, seen_sep or t.lower_ != ","  # (commas alone set off an aside, not a list)
            continue
        if e >= 0:
            if kind(e) in _ACTORS and (cur < 0 or span.step > 0):
                cur = e  # forward the last name of an item wins; backward the first one met (its last)
        elif not (
            t.lower_ in _GLUE
            or t.is_title
            or t.is_upper
            or t.pos_ in ("ADJ", "PROPN", "DET")
            or t.lemma_.lower() in lex.role_nouns
        ):
            break
        if must and i in must:
            covered = True
    if cur >= 0 and cur not in items:
        items.append(cur)
    if not (seen_sep or single) or (must is not None and not covered):
        return []
    return items if span.step > 0 else items[::-1]


def _along_with(toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], lex: Lexicon) -> Iterator[Tie]:
    """'The U.S., along with the United Kingdom, sanctioned X', 'A together with B and C voted': the names after
    'along with' act beside the subject named right before it (not 'sanctioned A, along with B': an object), each
    beside it and not beside each other."""
    first, last = toks[0].i, toks[-1].i
    doc = toks[0].doc
    for t in words_in(toks, _ALONG):
        if t.lower_ not in ("along", "together") or t.i + 1 > last or doc[t.i + 1].lower_ != "with":
            continue
        j = t.i - 1
        if j >= first and doc[j].text == ",":
            j -= 1
        x = tok_ent[j] if j >= first else -1
        if x < 0 or kind(x) not in _SIDES:
            continue
        k = j
        while k > first and tok_ent[k - 1] == x:
            k -= 1
        if not any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(k, j + 1)):
            continue
        others = _items(doc, range(t.i + 2, last + 1), tok_ent, kind, lex, single=True)
        others = [e for e in others if e != x and kind(e) in _SIDES]
        for o in others:  # each beside the subject, not beside each other (companions.py)
            yield from _partners([x, o], "acted along with", Family.ALLIANCE, word=False)


def _front(low: list[str], i: int) -> bool:
    """'a united front': a joint act ('the United States' is not: its 'united' is capitalised)."""
    return low[i] == "united" and i + 1 < len(low) and low[i + 1] == "front"


def _listed_doers(n: Token, toks: list[Token], tok_ent: list[int], kind, lex: Lexicon, noun: str, fam: Family):
    """'President A of X and Prime Minister B of Y issued a joint statement', 'A, B and C showcased a united front':
    the titled names listed as the subject of the verb the joint noun hangs on are partners."""
    first = toks[0].i
    verb = n
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    subj = [c.i for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or verb.i <= first:
        return
    i = verb.i - 1
    while i >= first and verb.doc[i].pos_ in _BEFORE_VERB:
        i -= 1
    items = _items(verb.doc, range(i, first - 1, -1), tok_ent, kind, lex, must=subj)
    if len(items) > 1:
        yield from _partners(items, noun, fam)
