"""spaCy makes a new Token object at every access (``doc[0] is doc[0]`` is False), so a token's head compared by
identity never matches: ``t.head is t`` was always False and ``t.head is not t`` always True in 27 places, which left
root guards dead and loops bounded only by their other tests (one such loop never ended). Compare indices."""

from __future__ import annotations

import ast
from pathlib import Path

from core.extract.nlp import load_nlp

CORE = Path(__file__).resolve().parents[2] / "core"


def _is_head(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "head"


def test_spacy_tokens_are_new_objects_at_every_access():
    doc = load_nlp()("Freedonia seized the tanker.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head == root and root.head.i == root.i
    assert root.head is not root  # why identity is no test


def _heads_named(fn: ast.AST) -> set[str]:
    """Names a function binds to a token's head ('clause = t.head', 'verb = head.head if ... else head')."""
    out: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and any(_is_head(x) for x in ast.walk(node.value)):
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return out


def test_no_head_is_compared_by_identity():
    # also through a name bound to a head: 'clause = t.head ... clause is t' (review of round AD)
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef):
                continue
            heads = _heads_named(fn)
            for node in ast.walk(fn):
                if not isinstance(node, ast.Compare):
                    continue
                sides = [node.left, *node.comparators]
                for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
                    if not isinstance(op, ast.Is | ast.IsNot):
                        continue
                    named = {x.id for x in (left, right) if isinstance(x, ast.Name)}
                    if _is_head(left) or _is_head(right) or (named & heads and len(named) == 2):
                        found.append(f"{path.relative_to(CORE.parent)}:{node.lineno}")
    assert not found, sorted(set(found))
