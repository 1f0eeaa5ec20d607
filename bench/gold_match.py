"""Predicted entities matched to gold entities one-to-one, as ../shared/eval/score.py matches them."""

from __future__ import annotations


def match_forms(pred_forms: dict, gold: dict, norm) -> dict:
    """Predicted entity key -> gold name, one-to-one, as the shared scorer matches them: a predicted entity's
    normalised forms against each gold entity's name and aliases, the gold name itself first, then the most shared."""
    gforms = {ge["name"]: {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])} for ge in gold["entities"]}
    return match_form_sets(pred_forms, gforms, norm)


def match_form_sets(pred_forms: dict, gforms: dict[str, set[str]], norm) -> dict:
    """``match_forms`` on gold forms already normalised: gold name -> its normalised name and aliases."""
    cands = []
    for key, pf in pred_forms.items():
        for name, gf in gforms.items():
            shared = pf & gf
            if shared:
                cands.append((-(2 if norm(name) in pf else 1), -len(shared), key, name))
    used_p, used_g, m = set(), set(), {}
    for _, _, key, name in sorted(cands):
        if key not in used_p and name not in used_g:
            used_p.add(key)
            used_g.add(name)
            m[key] = name
    return m
