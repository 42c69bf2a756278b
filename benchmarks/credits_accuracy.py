"""Credit-line and dateline accuracy on the invented gold in benchmarks/gold/credits/.

Credit lines are read as the credits panel reads a pasted line (`read_credit_line(line,
declared=True)`: the editor said the line is a credit); with --as-import as the importer reads a
paragraph (`declared=False`), the mode of the figures before round 23; dateline
openings as the importer reads a story (`read_text` on an invented headline, the opening and a
second paragraph), so a byline before the dateline is handled as on real copy.

Printed per half:
- credits P/R/F1 over (role, name, place) triples, counted as multisets per line: names compared
  exactly (proper case matters) after Unicode NFC, collapsed spaces and a leading "The " dropped;
  places compared case-insensitively, trailing "." and "," ignored;
- the same over names only (role and place ignored), and how many missed names were only in the
  wrong case; e-mails right among gold credits that carry one; per-role precision and recall;
- organisations P/R/F1 over (name, organisation) pairs of the credits that have one (who a
  contributor worked for: "Photo: Ana Lima/Reuters"), organisations compared without case or a
  leading "The" and never merged ("AP" is not "Associated Press"); items whose gold has no
  organisation field (a set built before round 25) are left out of this line;
- lines read whole, lines where something was lost (a gold triple missing), lines whose
  unreadable part the parser reported (`failed`) and lines where it reported a failure the gold
  does not have;
- datelines: found (any dateline where the gold has one), correct (place and agency both
  right; "AP" and "Associated Press", "AFP" and "Agence France-Presse" count as one agency),
  and datelines invented where the opening has none.

The dev half (dev.jsonl, the odd-numbered items) is the default. The held-out half
(held_out.jsonl) is read only with --held-out, and then never with error examples.

With --gold-dir DIR the halves are read from DIR (built there by
`benchmarks/gold/credits/build.py --gold-dir DIR`), e.g. a set of real copy kept outside the
repository; the same rules apply to its held-out half.

    python benchmarks/credits_accuracy.py [--gold-dir DIR] [--held-out] [--errors N] [--as-import]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "benchmarks" / "gold" / "credits"
HEADLINE = "Harbour board delays vote on ferry fares"
SECOND = "The decision follows months of talks with operators and residents."
TARGET_F1 = 0.95
AGENCIES = {"associated press": "ap", "agence france-presse": "afp", "agence france presse": "afp"}

Triple = tuple[str, str, str | None]


def load(half: str, gold_dir: Path = GOLD_DIR) -> list[dict]:
    with (gold_dir / f"{half}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm_name(name: str) -> str:
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()
    return re.sub(r"^the ", "", name, flags=re.IGNORECASE)


def norm_place(place: str | None) -> str | None:
    if not place:
        return None
    place = re.sub(r"\s+", " ", unicodedata.normalize("NFC", place)).strip().rstrip(".,")
    return place.casefold() or None


def norm_agency(agency: str | None) -> str | None:
    if not agency:
        return None
    value = re.sub(r"^the ", "", agency.strip().casefold())
    return AGENCIES.get(value, value)


def norm_org(org: str | None) -> str | None:
    if not org:
        return None
    org = re.sub(r"\s+", " ", unicodedata.normalize("NFC", org)).strip().casefold()
    return re.sub(r"^the ", "", org) or None


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fmt(tp: int, n_pred: int, n_gold: int) -> str:
    p, r, f = prf(tp, n_pred, n_gold)
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, predicted {n_pred}, gold {n_gold})"


def score_credits(items: list[dict], errors: int, declared: bool = True) -> dict:
    from app.core.analysis.credits import read_credit_line

    tp = n_pred = n_gold = 0
    name_tp = name_pred = name_gold = case_only = 0
    emails_gold = emails_right = 0
    whole = lost = failed_reported = failed_expected = failed_spurious = 0
    roles: Counter[tuple[str, str]] = Counter()
    org_tp = org_pred = org_gold = org_items = 0
    shown = 0
    for item in items:
        read = read_credit_line(item["text"], declared=declared)
        gold = Counter(
            (c["role"], norm_name(c["name"]), norm_place(c["place"])) for c in item["credits"]
        )
        pred = Counter(
            (str(c.role), norm_name(c.name), norm_place(c.location)) for c in read.credits
        )
        hit = gold & pred
        tp += sum(hit.values())
        n_pred += sum(pred.values())
        n_gold += sum(gold.values())
        for (role, _, _), k in gold.items():
            roles[(role, "gold")] += k
        for (role, _, _), k in pred.items():
            roles[(role, "pred")] += k
        for (role, _, _), k in hit.items():
            roles[(role, "tp")] += k

        gold_names = Counter(n for _, n, _ in gold.elements())
        pred_names = Counter(n for _, n, _ in pred.elements())
        name_hit = gold_names & pred_names
        name_tp += sum(name_hit.values())
        name_pred += sum(pred_names.values())
        name_gold += sum(gold_names.values())
        missed = gold_names - name_hit
        extra = Counter(n.casefold() for n in (pred_names - name_hit).elements())
        for n in missed.elements():
            if extra[n.casefold()]:
                extra[n.casefold()] -= 1
                case_only += 1

        got_email = {norm_name(c.name): c.email for c in read.credits}
        for c in item["credits"]:
            if c["email"]:
                emails_gold += 1
                emails_right += got_email.get(norm_name(c["name"])) == c["email"]

        gold_orgs: Counter[tuple[str, str | None]] = Counter()
        pred_orgs: Counter[tuple[str, str | None]] = Counter()
        if all("organisation" in c for c in item["credits"]):
            org_items += 1
            gold_orgs = Counter(
                (norm_name(c["name"]), norm_org(c["organisation"]))
                for c in item["credits"]
                if c["organisation"]
            )
            pred_orgs = Counter(
                (norm_name(c.name), norm_org(c.organisation))
                for c in read.credits
                if c.organisation
            )
            org_tp += sum((gold_orgs & pred_orgs).values())
            org_pred += sum(pred_orgs.values())
            org_gold += sum(gold_orgs.values())

        if gold == pred:
            whole += 1
        if gold - pred:
            lost += 1
        if item["unparsed"]:
            failed_expected += 1
            failed_reported += bool(read.failed)
        elif read.failed:
            failed_spurious += 1

        if shown < errors and (
            gold != pred or gold_orgs != pred_orgs or bool(item["unparsed"]) != bool(read.failed)
        ):
            shown += 1
            print(f"  [{item['id']} {item['style']}] {item['text']}")
            for t in sorted((gold - pred).elements(), key=str):
                print(f"      missed   {t}")
            for t in sorted((pred - gold).elements(), key=str):
                print(f"      spurious {t}")
            for t in sorted((gold_orgs - pred_orgs).elements(), key=str):
                print(f"      organisation missed   {t}")
            for t in sorted((pred_orgs - gold_orgs).elements(), key=str):
                print(f"      organisation spurious {t}")
            if read.failed or item["unparsed"]:
                print(f"      failed reported {list(read.failed)}  gold {item['unparsed']}")

    p, r, f = prf(tp, n_pred, n_gold)
    lines = len(items)
    print(f"  credits (role, name, place): {_fmt(tp, n_pred, n_gold)}")
    print(f"  names only:                  {_fmt(name_tp, name_pred, name_gold)}")
    print(f"    missed names that were only in the wrong case: {case_only}")
    print(f"  e-mails right: {emails_right}/{emails_gold}")
    if org_items:
        print(f"  organisations ({org_items} lines): {_fmt(org_tp, org_pred, org_gold)}")
    print(
        f"  lines: {lines}; read whole {whole}; something lost {lost}; "
        f"unreadable part reported {failed_reported}/{failed_expected}; "
        f"failure reported where none {failed_spurious}"
    )
    for role in sorted({role for role, _ in roles}):
        rp, rr, _ = prf(roles[(role, "tp")], roles[(role, "pred")], roles[(role, "gold")])
        print(
            f"    {role:<21} gold {roles[(role, 'gold')]:>3}  predicted "
            f"{roles[(role, 'pred')]:>3}  P {rp:.3f}  R {rr:.3f}"
        )
    verdict = "meets" if f >= TARGET_F1 else "below"
    print(f"  credits F1 {f:.3f} {verdict} the aim of {TARGET_F1}")
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "lost": lost,
        "lines": lines,
        "organisations": prf(org_tp, org_pred, org_gold) if org_items else None,
    }


def score_datelines(items: list[dict], errors: int) -> dict:
    from app.core.importing.detect import read_text

    with_gold = found = correct = place_right = agency_right = invented = 0
    shown = 0
    for item in items:
        text = f"{HEADLINE}\n\n{item['text']}\n\n{SECOND}\n"
        got = read_text(text).draft.dateline
        expected = item["place"] is not None or item["agency"] is not None
        ok_place = ok_agency = False
        if expected:
            with_gold += 1
            if got is not None:
                found += 1
                ok_place = norm_place(got.place) == norm_place(item["place"])
                ok_agency = norm_agency(got.agency) == norm_agency(item["agency"])
                place_right += ok_place
                agency_right += ok_agency
                correct += ok_place and ok_agency
        elif got is not None:
            invented += 1
        wrong = (got is not None) if not expected else not (ok_place and ok_agency)
        if wrong and shown < errors:
            shown += 1
            first = item["text"].replace("\n", " / ")[:70]
            gold = (item["place"], item["agency"])
            print(f"  [{item['id']} {item['style']}] {first!r}")
            print(f"      gold {gold}  got {got and (got.place, got.agency)}")
    negatives = len(items) - with_gold
    print(
        f"  datelines: {len(items)} openings, {with_gold} with a dateline: found {found}, "
        f"correct {correct} (place {place_right}, agency {agency_right}); "
        f"invented where none: {invented}/{negatives}"
    )
    return {"found": found, "correct": correct, "expected": with_gold, "invented": invented}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out", action="store_true", help="score the held-out half instead of dev"
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print up to N example errors of each kind (dev half only)",
    )
    parser.add_argument(
        "--gold-dir",
        type=Path,
        default=GOLD_DIR,
        metavar="DIR",
        help="read dev.jsonl and held_out.jsonl from DIR (default: the invented gold)",
    )
    parser.add_argument(
        "--as-import",
        action="store_true",
        help="read credit lines as the importer does (no declared reading)",
    )
    args = parser.parse_args(argv)
    half = "held_out" if args.held_out else "dev"
    errors = 0 if args.held_out else max(args.errors, 0)
    items = load(half, args.gold_dir)
    lines = [i for i in items if i["kind"] == "credit_line"]
    openings = [i for i in items if i["kind"] == "dateline"]
    mode = "as the importer reads them" if args.as_import else "as pasted in the credits panel"
    print(f"== {half} half: {len(lines)} credit lines, {len(openings)} dateline openings")
    print(f"  credit lines read {mode}")
    score_credits(lines, errors, declared=not args.as_import)
    score_datelines(openings, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
