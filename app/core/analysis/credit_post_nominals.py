"""Letters after a name that are no part of it: degrees, honours and offices ("Ana Lima MD",
"Tom Ray, PhD", "Ana Lima OBE", "Tom Ray QC").

A credit names the person; the letters say what the person holds, which the credit has no
place for. Kept in the name they make "Ana Lima MD" and "Ana Lima" two contributors (the
directory, the merge of one person credited twice and the house styles all compare names);
after a comma they were read as an employer ("By Ana Lima, MD" credited the organisation "MD").
So they are dropped, unlike "Jr." or "III", which are part of the name itself.

Only the forms as they are written count ("OBE", not the surname "Obe"), in capitals too
("ANA LIMA PHD"), and not the letters that are also a state, an agency or a word ("MA", "PA",
"DO", "AM"): "By Ana Lima in Baltimore, MD" keeps Maryland (credit_people reads a state after
a place first).
"""

from __future__ import annotations

_FORMS = (
    "MD PhD DPhil PsyD EdD DNP DDS DMD DVM JD LLM MBA MPH MPP MSW LCSW MSc BSc MBChB MBBS "
    "RN NP CPA FRCP FRCS FRCPC FACP FRS FRSA QC KC MP MSP MEP OBE MBE CBE KBE DBE Esq"
).split()
# Each form as written and in capitals, initials also with dots ("M.D.", "Q.C."), and the
# dotted forms of the mixed-case degrees.
_WRITTEN = frozenset(
    variant
    for form in _FORMS
    for variant in (form, form.upper(), ".".join(form) + "." if form.isupper() else form)
) | frozenset({"M.D", "Ph.D.", "Ph.D", "PH.D.", "D.Phil.", "Ed.D.", "Psy.D.", "LL.M.", "Esq."})


def is_post_nominal(token: str) -> bool:
    """ "MD", "M.D.", "PhD", "OBE", "Esq.": letters a name may be followed by."""
    return token.strip(",") in _WRITTEN


def is_post_nominals(item: str) -> bool:
    """An item of nothing but such letters ("MD", "MD PhD"), set off by commas after a name."""
    tokens = item.split()
    return bool(tokens) and all(is_post_nominal(token) for token in tokens)


def without_post_nominals(item: str) -> str:
    """ "Ana Lima MD PhD" -> "Ana Lima"; a name of fewer than two words is left as it is, so
    the letters are never all that is left."""
    tokens = item.split()
    end = len(tokens)
    while end > 2 and is_post_nominal(tokens[end - 1]):
        end -= 1
    return item if end == len(tokens) else " ".join(tokens[:end])
