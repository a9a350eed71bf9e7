"""The policies benchmarks/bench_model_contributions.py scores (its thresholds, and the table
of named policies; moved here in session 26 to keep that script under 600 lines)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Policy:
    """Thresholds to evaluate (``settings.yaml``'s meaning)."""

    min_root: float = 0.7  # proposals
    targetless_min_root: float | None = None  # ... of the targetless roots (None: min_root)
    min_code: float = 0.3
    refine_min: float = 0.3  # refinement: code probability at least this
    refine_margin: float = 0.0  # ... and at least this above the residual code's
    refine_ratio: float = 1.0  # ... and at least this times the residual code's
    refine_roots: frozenset[str] | None = None  # refine only codes of these roots (None: all)
    arbitrate: bool = True
    propose_roots: frozenset[str] | None = None
    veto: tuple | None = None  # (weak set, max root, min none, min other, spare main)
    require_target: bool = True  # proposals: only with a target, but of the targetless roots
    targetless: frozenset[str] = frozenset({"08", "09", "14", "15"})
    max_candidates: int = 3  # verbs tried (at most MAX_CANDIDATES, the recording's)
    root_min: tuple[tuple[str, float], ...] = ()  # per-root proposal thresholds (override)
    # a sentence where modality blocked a predicate gets no proposal (the coder's rule), but
    # for the blocking outcomes that hold one of ``unblock`` ("": all); ``block_main``: only
    # when the blocked predicate is the sentence's root
    unblock: tuple[str, ...] = ()
    block_main: bool = False
    block_same_root: bool = False  # ... only when the blocked word has patterns of the root
    blocked_min_root: float = 0.0  # ... and an unblocked sentence's proposal needs this root p
    block_no_pattern: bool = True  # ... a blocked word with no pattern at all blocks any root
    # recoding (session 26): a weak rule's event whose root is below max root and another root
    # at least min other is given that root's likeliest code: (weak set, max root, min other,
    # roots recoded into (None: all), roots recoded out of (None: all), which predicates:
    # "spare" all but the sentence's main one, "main" only it, None all)
    recode: tuple | None = None
    recode_untaken: bool = False  # ... never into a root another verb of the sentence has
    recode_earlier: bool = False  # ... of those coded before it only (as the coder knows them)
    recode_no_object_noun: bool = False  # ... nor into a root of an event noun in its phrase
    recode_max_specificity: int | None = None  # ... nor a rule with more requirements than this


MAX_CANDIDATES = 6  # verbs a proposal is tried on while recording
WEAK = frozenset({"bare", "noun", "residual"})
TARGETLESS = frozenset({"08", "09", "14", "15"})
VETO = (WEAK, 0.05, 2.0, 0.7, True)
# settings.yaml as shipped in session 12: the baseline every policy is compared with
SHIPPED = Policy(min_root=0.9, targetless_min_root=0.7, refine_min=0.6, veto=VETO)


def _shipped(**kw) -> Policy:
    return dataclasses.replace(SHIPPED, **kw)


# session 26's shipped proposal settings, and its recoding policy on top of them
SESSION26 = _shipped(min_code=0.0, targetless=TARGETLESS | {"13"})
RECODING = dataclasses.replace(
    SESSION26,
    recode=(WEAK, 0.05, 0.5, None, None, "main"),
    recode_untaken=True,
    recode_earlier=True,
)
NO_PROPOSALS = {"min_root": 2.0, "targetless_min_root": 2.0}
POLICIES: dict[str, Policy] = {
    "shipped": SHIPPED,
    "session 26 shipped": SESSION26,
    "session 26 recoding": RECODING,
    "session 26 recoding, no object noun": dataclasses.replace(RECODING, recode_no_object_noun=True),
    # session 28: a specific pattern (an object class, two words or more) is the dictionary's
    # considered reading, as the verifier spares it: only bare verbs and event nouns recoded
    "recoding, no object noun, specific spared": dataclasses.replace(
        RECODING,
        recode=(frozenset({"bare", "noun"}), 0.05, 0.5, None, None, "main"),
        recode_no_object_noun=True,
    ),
    "recoding, no object noun, specificity <= 2": dataclasses.replace(
        RECODING, recode_no_object_noun=True, recode_max_specificity=2
    ),
    "recoding, no object noun, specificity <= 1": dataclasses.replace(
        RECODING, recode_no_object_noun=True, recode_max_specificity=1
    ),
    "no proposals": _shipped(**NO_PROPOSALS),
    "proposals 0.8/0.7": _shipped(min_root=0.8),
    "proposals 0.85/0.7": _shipped(min_root=0.85),
    "proposals 0.95/0.7": _shipped(min_root=0.95),
    "proposals 0.7/0.7": _shipped(min_root=0.7),
    "proposals 0.9/0.6": _shipped(targetless_min_root=0.6),
    "proposals 0.9/0.5": _shipped(targetless_min_root=0.5),
    "proposals 0.9/0.8": _shipped(targetless_min_root=0.8),
    "proposals 0.9/0.9": _shipped(targetless_min_root=0.9),
    "proposal code 0.0": _shipped(min_code=0.0),
    "proposal code 0.2": _shipped(min_code=0.2),
    "proposal code 0.4": _shipped(min_code=0.4),
    "proposal code 0.5": _shipped(min_code=0.5),
    "max candidates 1": _shipped(max_candidates=1),
    "max candidates 2": _shipped(max_candidates=2),
    "max candidates 4": _shipped(max_candidates=4),
    "max candidates 6": _shipped(max_candidates=6),
    "no target required": _shipped(require_target=False),
    "no target required, 0.95": _shipped(require_target=False, min_root=0.95),
    "targetless: none": _shipped(targetless=frozenset()),
    "targetless: 14 15": _shipped(targetless=frozenset({"14", "15"})),
    "targetless: 08 09 14": _shipped(targetless=frozenset({"08", "09", "14"})),
    "targetless: 09 14 15": _shipped(targetless=frozenset({"09", "14", "15"})),
    "targetless: + 01": _shipped(targetless=TARGETLESS | {"01"}),
    "targetless: + 13": _shipped(targetless=TARGETLESS | {"13"}),
    "targetless: + 16": _shipped(targetless=TARGETLESS | {"16"}),
    "targetless: + 18": _shipped(targetless=TARGETLESS | {"18"}),
    "targetless: + 19": _shipped(targetless=TARGETLESS | {"19"}),
    "code 0.0 + targetless 13": _shipped(min_code=0.0, targetless=TARGETLESS | {"13"}),
    "roots 13 15 17 at 0.7": _shipped(root_min=(("13", 0.7), ("15", 0.7), ("17", 0.7))),
    "root 03 at 0.95": _shipped(root_min=(("03", 0.95),)),
    "no proposals of 03": _shipped(root_min=(("03", 2.0),)),
    "no proposals of 02 03 04": _shipped(root_min=(("02", 2.0), ("03", 2.0), ("04", 2.0))),
    "roots 07 20 at 0.95": _shipped(root_min=(("07", 0.95), ("20", 0.95))),
    "unblocked: all": _shipped(unblock=("",)),
    "unblocked: purpose": _shipped(unblock=("purpose or plan",)),
    "unblocked: content of another act": _shipped(unblock=("the content of another",)),
    "unblocked: speech or thought": _shipped(unblock=("reports speech",)),
    "unblocked: participle": _shipped(unblock=("a participle identifying",)),
    "unblocked: wanted": _shipped(unblock=("wanted",)),
    "unblocked: hypothetical": _shipped(unblock=("hypothetical",)),
    "unblocked: negated": _shipped(unblock=("negated",)),
    "unblocked: deferred": _shipped(unblock=("deferred",)),
    "blocked only at the root": _shipped(block_main=True),
    "blocked only by a word of the root": _shipped(block_same_root=True),
    "blocked only by a word of the root, s26": _shipped(
        block_same_root=True, min_code=0.0, targetless=TARGETLESS | {"13"}
    ),
    "unblocked: all, at 0.95": _shipped(unblock=("",), blocked_min_root=0.95),
    "unblocked: all, at 0.98": _shipped(unblock=("",), blocked_min_root=0.98),
    "unblocked: purpose, content": _shipped(unblock=("purpose or plan", "the content of")),
    "proposal code 0.1": _shipped(min_code=0.1),
    "code 0.0 + targetless 13 + 16": _shipped(min_code=0.0, targetless=TARGETLESS | {"13", "16"}),
    "refine 0.3": _shipped(refine_min=0.3),
    "refine 0.4": _shipped(refine_min=0.4),
    "refine 0.5": _shipped(refine_min=0.5),
    "refine 0.7": _shipped(refine_min=0.7),
    "refine 0.8": _shipped(refine_min=0.8),
    "refine 0.9": _shipped(refine_min=0.9),
    "no refinement": _shipped(refine_min=2.0),
    "refine ratio 2": _shipped(refine_ratio=2.0),
    "no arbitration": _shipped(arbitrate=False),
    "no veto": _shipped(veto=None),
    "veto, no spare": _shipped(veto=(WEAK, 0.05, 2.0, 0.7, False)),
    "veto 0.03": _shipped(veto=(WEAK, 0.03, 2.0, 0.7, True)),
    "veto 0.08": _shipped(veto=(WEAK, 0.08, 2.0, 0.7, True)),
    "veto 0.1": _shipped(veto=(WEAK, 0.1, 2.0, 0.7, True)),
    "veto other 0.5": _shipped(veto=(WEAK, 0.05, 2.0, 0.5, True)),
    "veto other 0.8": _shipped(veto=(WEAK, 0.05, 2.0, 0.8, True)),
    "veto none 0.9": _shipped(veto=(WEAK, 0.05, 0.9, 0.7, True)),
    "veto weak bare noun": _shipped(veto=(frozenset({"bare", "noun"}), 0.05, 2.0, 0.7, True)),
    "veto weak + generic": _shipped(veto=(WEAK | {"generic"}, 0.05, 2.0, 0.7, True)),
}
# session 26: recoding a weak rule's event into the root the classifier finds very probable
# (weak set, max rule root, min other root, into, out of, spare main predicate)
for _w, _ws in (("weak", WEAK), ("bare noun", frozenset({"bare", "noun"})),
                ("noun", frozenset({"noun"})), ("bare", frozenset({"bare"}))):  # fmt: skip
    for _max in (0.02, 0.05, 0.1, 0.2, 0.3):
        for _min in (0.7, 0.8, 0.9, 0.95):
            for _spare in (None, "spare", "main"):
                POLICIES[f"recode {_w} <{_max} >={_min} {_spare or 'all'}"] = _shipped(
                    recode=(_ws, _max, _min, None, None, _spare)
                )

for _max in (0.03, 0.05, 0.07):
    for _min in (0.5, 0.6, 0.65, 0.75):
        POLICIES[f"recode weak <{_max} >={_min} main"] = _shipped(
            recode=(WEAK, _max, _min, None, None, "main")
        )

for _max in (0.05,):
    for _min in (0.5, 0.7, 0.9):
        POLICIES[f"recode weak <{_max} >={_min} main untaken"] = _shipped(
            recode=(WEAK, _max, _min, None, None, "main"), recode_untaken=True
        )
        POLICIES[f"recode weak <{_max} >={_min} main untaken earlier"] = _shipped(
            recode=(WEAK, _max, _min, None, None, "main"), recode_untaken=True, recode_earlier=True
        )

# session 46: the settings shipped since session 28 ("now"), and one change at a time to them
NOW = dataclasses.replace(RECODING, recode_no_object_noun=True, recode_max_specificity=2)
_NOW_RECODE = NOW.recode
_NOW_CHANGES: dict[str, dict] = {
    "": {},
    "proposals 0.8": {"min_root": 0.8},
    "proposals 0.85": {"min_root": 0.85},
    "proposals 0.95": {"min_root": 0.95},
    "targetless 0.6": {"targetless_min_root": 0.6},
    "targetless 0.8": {"targetless_min_root": 0.8},
    "targetless 0.9": {"targetless_min_root": 0.9},
    "targetless + 16": {"targetless": NOW.targetless | {"16"}},
    "targetless + 18 19": {"targetless": NOW.targetless | {"18", "19"}},
    "targetless + 01 02": {"targetless": NOW.targetless | {"01", "02"}},
    "targetless - 13": {"targetless": NOW.targetless - {"13"}},
    "proposal code 0.3": {"min_code": 0.3},
    "max candidates 2": {"max_candidates": 2},
    "max candidates 4": {"max_candidates": 4},
    "no target required": {"require_target": False},
    "no proposals": NO_PROPOSALS,
    "no proposals of 03": {"root_min": (("03", 2.0),)},
    "no proposals of 01 02": {"root_min": (("01", 2.0), ("02", 2.0))},
    "unblocked: all, at 0.95": {"unblock": ("",), "blocked_min_root": 0.95},
    "blocked only by a word of the root": {"block_same_root": True},
    "refine 0.4": {"refine_min": 0.4},
    "refine 0.5": {"refine_min": 0.5},
    "refine 0.7": {"refine_min": 0.7},
    "refine 0.8": {"refine_min": 0.8},
    "no refinement": {"refine_min": 2.0},
    "no arbitration": {"arbitrate": False},
    "no veto": {"veto": None},
    "veto 0.03": {"veto": (WEAK, 0.03, 2.0, 0.7, True)},
    "veto 0.08": {"veto": (WEAK, 0.08, 2.0, 0.7, True)},
    "veto 0.12": {"veto": (WEAK, 0.12, 2.0, 0.7, True)},
    "veto other 0.5": {"veto": (WEAK, 0.05, 2.0, 0.5, True)},
    "veto other 0.9": {"veto": (WEAK, 0.05, 2.0, 0.9, True)},
    "veto none 0.9": {"veto": (WEAK, 0.05, 0.9, 0.7, True)},
    "veto none 0.95": {"veto": (WEAK, 0.05, 0.95, 0.7, True)},
    "veto no spare": {"veto": (WEAK, 0.05, 2.0, 0.7, False)},
    "no recoding": {"recode": None},
    "recode other 0.4": {"recode": _NOW_RECODE[:2] + (0.4,) + _NOW_RECODE[3:]},
    "recode other 0.6": {"recode": _NOW_RECODE[:2] + (0.6,) + _NOW_RECODE[3:]},
    "recode other 0.7": {"recode": _NOW_RECODE[:2] + (0.7,) + _NOW_RECODE[3:]},
    "recode root 0.1": {"recode": _NOW_RECODE[:1] + (0.1,) + _NOW_RECODE[2:]},
    "recode root 0.2": {"recode": _NOW_RECODE[:1] + (0.2,) + _NOW_RECODE[2:]},
    "recode specificity <= 3": {"recode_max_specificity": 3},
    "recode any object noun": {"recode_no_object_noun": False},
    "same root, others at 0.95": {"block_same_root": True, "blocked_min_root": 0.95},
    "same root, others at 0.98": {"block_same_root": True, "blocked_min_root": 0.98},
    "unblocked: all, at 0.98": {"unblock": ("",), "blocked_min_root": 0.98},
    "same root, proposals 0.85": {"block_same_root": True, "min_root": 0.85},
    "same root, others at 0.95, proposals 0.85": {
        "block_same_root": True, "blocked_min_root": 0.95, "min_root": 0.85
    },
    "unblocked: all, at 0.95, proposals 0.85": {
        "unblock": ("",), "blocked_min_root": 0.95, "min_root": 0.85
    },
}
for _label, _kw in _NOW_CHANGES.items():
    POLICIES[f"now{': ' + _label if _label else ''}"] = dataclasses.replace(NOW, **_kw)

# session 58: the settings shipped since session 46 (a blocked word stops proposals of its own
# roots only, "modality_block: root"), and one change at a time to them, chosen again with the
# fold classifiers of 1-200
S58 = dataclasses.replace(NOW, block_same_root=True)
_S58_CHANGES: dict[str, dict] = {
    "": {},
    "no-pattern blocked word blocks nothing": {"block_no_pattern": False},
    "proposals 0.8": {"min_root": 0.8},
    "proposals 0.85": {"min_root": 0.85},
    "proposals 0.95": {"min_root": 0.95},
    "targetless 0.6": {"targetless_min_root": 0.6},
    "targetless 0.8": {"targetless_min_root": 0.8},
    "no target required": {"require_target": False},
    "max candidates 4": {"max_candidates": 4},
    "refine 0.5": {"refine_min": 0.5},
    "refine 0.7": {"refine_min": 0.7},
    "recode other 0.4": {"recode": _NOW_RECODE[:2] + (0.4,) + _NOW_RECODE[3:]},
    "recode other 0.6": {"recode": _NOW_RECODE[:2] + (0.6,) + _NOW_RECODE[3:]},
    "veto 0.03": {"veto": (WEAK, 0.03, 2.0, 0.7, True)},
    "veto 0.08": {"veto": (WEAK, 0.08, 2.0, 0.7, True)},
    "no veto": {"veto": None},
    "no recoding": {"recode": None},
    "no proposals": NO_PROPOSALS,
}
for _label, _kw in _S58_CHANGES.items():
    POLICIES[f"s58{': ' + _label if _label else ''}"] = dataclasses.replace(S58, **_kw)
