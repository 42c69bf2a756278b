"""The list of people in one part of a credit line: names, places, e-mails and employers.

"A and B in Washington, C in Toledo, Ohio" is cut into people here; the credit-line grammar
(app/core/analysis/credits.py) finds the parts and their roles. An item that names no person
("staff", "the Africa desk") is reported back instead of losing the people beside it.
The list is cut into items by credit_list_items and each item read by credit_item_names; this
module decides, item by item, what the list holds: a person, a place, an outlet or a title
that belongs to the people before it, or a part it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_affiliations import is_affiliation
from app.core.analysis.credit_byline_place import closing_outlet, closing_town, joined_town
from app.core.analysis.credit_desk_titles import (
    OUTLET_STAFF_RE,
    TITLE_ONLY_RE,
    is_desk_title,
    outlet_staff,
    title_outlet,
)
from app.core.analysis.credit_emails import ITEM_EMAIL_RE
from app.core.analysis.credit_house_authors import house_author
from app.core.analysis.credit_item_names import (
    BRACKETED_ORG_RE,
    OF_SUFFIX_RE,
    clean_name,
    cut_for_phrase,
    cut_place,
    read_bracketed,
)
from app.core.analysis.credit_list_items import joined_items, list_groups, mark_joins
from app.core.analysis.credit_name_pairs import paired_words
from app.core.analysis.credit_names import (
    is_agency_or_title,
    is_caps,
    looks_like_location,
    looks_like_name,
    looks_like_outlet,
    proper_case,
)
from app.core.analysis.credit_organisations import (
    COPYRIGHT_RE,
    is_agency,
    is_organisation,
    is_organisation_after_of,
)
from app.core.analysis.credit_people_items import (
    DANGLING_PREP_RE,
    HANDLE_OR_FIGURE_RE,
    OF_ITEM_RE,
    bare_item,
    before_closing_town,
    closes_group,
    cued_outlet,
    group_outlets,
    keep_stray_email,
    pair_word,
    person_of,
    trailing_town,
    unnamed_writer,
)
from app.core.analysis.credit_person import is_person
from app.core.analysis.credit_person_records import (
    OUTLET_CUE_RE,
    People,
    Person,
    employ,
    placed,
    with_place,
)
from app.core.analysis.credit_picture_sources import (
    library_name,
    picture_source,
    site_not_place,
)
from app.core.analysis.credit_places import is_known_place, is_region, is_town
from app.core.analysis.credit_post_nominals import is_post_nominals, without_post_nominals
from app.core.analysis.credit_titles import without_titles
from app.core.model import CreditRole

_LOCATION_CONTINUATION_RE = re.compile(r"(?:D\.C\.|[A-Z]{2}|[A-Z][a-z]{1,4}\.)")

# A note after the names, neither a credit nor a failure: "Compiled by A from agency reports".
_NOTE_RE = re.compile(
    r",?\s+(?:from|with|and)\s+(?:(?:news\s+)?agency|wire|agencies'?|staff\s+and\s+wire|"
    r"wire\s+service)\s+(?:reports|dispatches|services)$",
    re.I,
)
# Words that say an item names a desk or a crowd, not a person: the item is reported as
# unreadable and the people beside it are kept.
_NO_PERSON_RE = re.compile(
    r"^(?:[\w.'’-]+\s+){0,3}?(?i:staff|desk|bureau|team|agencies|wires?|newsroom|reporters|"
    r"correspondents|others|colleagues|contributors|board)(?:\s+(?i:staff))?"
    r"(?:\s+(?:in|from)\s+[A-Z][\w .,'’-]{0,40})?$"
)  # the whole item, so "colleagues exposed the scandal" stays prose

# A plural journalist's title with an outlet before a list: "Associated Press writers A and B".
_PLURAL_TITLE_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?i:staff\s+)?"
    r"(?i:writers|reporters|correspondents|journalists|photographers)\s+(?=[A-Z])"
)
_DOTTED_END_RE = re.compile(r"(?:\bJr|\bSr|\b[A-Z])$")


def parse_people(segment: str, role: CreditRole, allow_single: bool = True) -> People | None:
    """Split "A and B in Washington, C in Kyiv" into people; None when it is not a name list."""
    text = segment.strip()
    if text[:1] == "©" or text[:3].lower() == "(c)":
        # "Photo: (c) Ana Lima", "Photo: © 2026 The Harbour Times": the holder, without the
        # sign and its year ("(c)" was read as brackets and the credit lost without a word)
        text = COPYRIGHT_RE.sub("", text)
    text = text.rstrip(";,)").strip()
    stripped_dot = text.endswith(".")
    text = _NOTE_RE.sub("", text.rstrip(".").strip()).strip()
    if not text:
        return None
    text = mark_joins(text)
    semicolons = ";" in text
    out = People()
    chunk_of: list[int] = []
    items = joined_items(text)
    groups = list_groups(text)  # an item's chunk is its group's index
    with_at: set[int] = set()  # the names joined by "with": a place after them stays theirs
    outlet_at: tuple[int, str] | None = None  # the item that last gave the names an outlet
    # "By Ana Lima, Tarnowo, and Tom Ray, Vellmar": each word is the name's before it
    pairs = paired_words([(bare_item(raw), join) for _, raw, join in items])
    after_outlet = False  # an outlet or a title was passed over: a town may close the list
    own_of = False  # a name came with its own "of" a town (or an unread "of ...")
    own_of_at: set[int] = set()  # ... and which names did
    outlet_of_at: set[int] = set()  # the names an "of" an outlet closed ("B of The Times")
    stray: tuple[str, int, int] | None = None  # an e-mail on an item that may name no one
    for position, (chunk, raw_item, join) in enumerate(items):
        if join == "with":
            with_at.add(len(out.people))
        keep_stray_email(out, stray)
        stray = None
        item = bare_item(raw_item)
        if not item:
            continue
        people = out.people
        email = None
        found = ITEM_EMAIL_RE.search(item)
        if found:
            email = found.group(1).rstrip(".")
            stray = (email, len(people), len(out.failed))
            item = " ".join((item[: found.start()] + " " + item[found.end() :]).split())
            item = item.strip("<>()[] ,:")
            if item.endswith(".") and not _DOTTED_END_RE.search(item[:-1]):
                item = item[:-1]  # "By Ana Lima. Email: ana@...": the sentence's stop
        if not item:
            if email and people and people[-1].email is None:
                last = people[-1]
                people[-1] = Person(last.name, last.location, email, last.agency)
                continue
            return None
        original = item
        item, phrase = cut_for_phrase(item)
        if phrase:
            # "By Ana Lima for the paper", "..., Norway for a week": no outlet's name after
            # "for", reported (the item was unread and the line lost, or it named an outlet)
            out.failed.append(phrase)
            if not item:
                continue
        # the ";"-group the item is in: a town or an outlet closes a group as it does a list
        group_text = groups[chunk]
        # the group whose names an outlet or a place after this item reaches (None: the list)
        own_chunk = chunk if semicolons else None
        dotted = item + "." if stripped_dot and position == len(items) - 1 else item
        if dotted != item and _DOTTED_END_RE.search(item):
            item = dotted  # "By Ana Lima Jr.": the dot was the suffix's, not the sentence's
        last = people[-1] if people else None
        if (
            last is not None
            and last.location
            and (email is None or last.email is None)
            and (
                _LOCATION_CONTINUATION_RE.fullmatch(dotted)
                or is_region(dotted)
                # "Gil Navarro in Phoenix; Cora Beaudry in Santa Fe, New Mexico; ...": between
                # semicolons a comma belongs to the place; not an "and" or a person's name
                # ("By A, Tarnowo, and B, Vellmar; C, Reuters" lost B into A's place)
                or (
                    semicolons
                    and join == ","
                    and chunk_of[-1] == chunk
                    and looks_like_location(item)
                    and not is_person(item)
                )
            )
        ):
            people[-1] = Person(
                last.name, f"{last.location}, {dotted}", last.email or email, last.agency
            )
            continue
        if last and last.location and join == "and" and joined_town(item, _names(people)):
            # "By Ana Lima in Oslo and Bergen": her two towns, not a writer called Bergen
            towns = f"{proper_case(last.location)} and {proper_case(item)}"  # "OSLO AND BERGEN"
            people[-1] = replace(last, location=towns)
            continue
        if position in pairs and people:
            pair_word(out, item, original, email, photo=role is CreditRole.PHOTO)
            continue
        if people and is_post_nominals(item):
            # "By Ana Lima, MD, PhD": her degrees (credit_post_nominals), neither a second
            # person nor, as it was read, her employer ("In Baltimore, MD" is a place: above)
            continue
        # "Reporting by Ana Lima in; Editing by ...": a template's "in" left with no place.
        item = DANGLING_PREP_RE.sub("", item)
        cut = cut_place(item)
        if cut is None:
            if _NO_PERSON_RE.match(item):
                out.failed.append(original)
                continue
            return None
        site = None  # "Photo by Ana Lima from Snapsite": the site, no place; her source
        if (
            cut[1]
            and role is CreditRole.PHOTO
            and site_not_place(item.removesuffix(cut[2] or "").strip(), cut[1])
        ):
            cut, site = (cut[0], None, cut[2]), cut[1]
        item, location, unread = cut
        if unread:
            out.failed.append(unread)  # "By Ana Lima in Oslo for a week": her town, and this
        cued = OUTLET_CUE_RE.match(item) if people else None
        if cued:
            # "By Ana Lima, for Reuters", "..., Special To The Harbour Times": whom the names
            # before work for, never one more writer ("For Reuters" was credited as a person,
            # the cue kept in the outlet's name, or the whole line lost over a lower-case "for")
            body = item[cued.end() :]
            if not cued_outlet(body, text, role):
                out.failed.append(original)  # "..., for Tom Ray": reported, not guessed at
                continue
            in_chunk = [i for i in range(len(people)) if not semicolons or chunk_of[i] == chunk]
            if outlet_at is not None and outlet_at[0] == position - 1:
                body = f"{outlet_at[1]}/{body}"  # "..., Harbour Times, for Reuters": a chain
                for index in in_chunk:
                    if people[index].agency == outlet_at[1]:
                        people[index] = replace(people[index], agency=None)
            if not any(people[index].agency is None for index in in_chunk):
                out.failed.append(original)  # "By Ana Lima/AFP, for Reuters": one too many
                continue
            employ(people, chunk_of, own_chunk, body)
            if location:  # "..., for The Harbour Times in Oslo": their place too
                for index in in_chunk:
                    if people[index].location is None:
                        people[index] = with_place(people[index], location)
            outlet_at = (position, body)
            after_outlet = True
            continue
        # "By Ana Lima MD", "By Dr Ana Lima", "By the Rev. Tom Ray": letters and titles that
        # are no part of the name (the title before "the" kept the name from being read)
        item = without_titles(without_post_nominals(item))
        if unnamed_writer(item, bool(people)):
            # "By Our Correspondent", "By Special Correspondent", "By A and Our Reporter": a
            # writer the line does not name, reported (it was read as a name, or lost)
            out.failed.append(original)
            continue
        if not item and location and people:
            # "By Ana Lima, Europe editor, in Brussels": the place of the names before it.
            out.people = placed(people, location, chunk_of, own_chunk)
            continue
        if (
            location
            and people
            and (is_agency_or_title(item) or TITLE_ONLY_RE.fullmatch(item))
            and not is_agency(item)
        ):  # "By Ana Lima, a freelance journalist in Oslo": her title's town (it read nothing)
            out.people = placed(people, location, chunk_of, own_chunk)
            continue
        of_item = OF_ITEM_RE.fullmatch(item) if people and not location else None
        if of_item:
            # "By A and B, of The Harbour Times", "By Per Lund, of Bergen": whom they work
            # for, or their town; neither a person nor (as it was) a reason to lose them
            body = of_item["body"]
            if is_organisation_after_of(body, item):
                employ(people, chunk_of, own_chunk, body)
                after_outlet = True
            elif is_known_place(body):
                out.people = placed(people, body, chunk_of, own_chunk)
            else:
                out.failed.append(original)
            continue
        house = house_author(item) if not people and not email else None
        if house:  # "By the Harbour Times editorial board": the outlet's body is the author
            people.append(Person(house, location, None, None))
            chunk_of.append(chunk)
            continue
        staffed = OUTLET_STAFF_RE.fullmatch(item) if people and not location else None
        if staffed and outlet_staff(item):
            # "Ana Lima and Tom Ray, Harbour Times staff": the outlet they work for
            employ(people, chunk_of, own_chunk, staffed["outlet"])
            after_outlet = True
            continue
        if (
            people
            and not location
            and (is_desk_title(item) or (is_affiliation(item) and not person_of(item)))
        ):
            after_outlet = True
            # "By A and B, Associated Press writers": the title's outlet is theirs (it was
            # dropped with the title)
            titled = title_outlet(item, "") if is_desk_title(item) else None
            if titled:
                employ(people, chunk_of, own_chunk, titled)
            continue  # "By Ana Lima, National Affairs Correspondent", "..., Harbour College"
        of_outlet = OF_SUFFIX_RE.search(item) is not None
        item, agency = clean_name(item, role, not people, located=location is not None)
        agency = agency or site
        if of_outlet and agency is not None and OF_SUFFIX_RE.search(item) is None:
            outlet_of_at.add(len(people))  # clean_name read the "of" as her outlet
        bracket = BRACKETED_ORG_RE.search(item) if agency is None else None
        if (
            bracket
            and not HANDLE_OR_FIGURE_RE.search(bracket["org"])
            and looks_like_name(item[: bracket.start()], allow_single=False)
        ):
            # "By Cleo Adair (Kelp Living)", "Reporting by A (Lagos) and B (Reuters)": after
            # a full name, brackets hold her outlet or her town; the person was lost with them.
            item, location, agency, unread = read_bracketed(item, bracket, location)
            if unread:
                out.failed.append(unread)
        if people and not location and TITLE_ONLY_RE.fullmatch(item):
            if agency and all(p.agency for p in people):
                out.failed.append(original)  # "By A/AFP, Staff Writer for B": one too many
            elif agency:
                # "By Ana Lima, Staff Writer for The Harbour Times": the outlet after her title
                # is hers (it was dropped with the title)
                employ(people, chunk_of, own_chunk, agency)
                after_outlet = True
            continue  # "By Ana Lima, political correspondent", "..., Staff Writer"
        if _NO_PERSON_RE.match(item) and not looks_like_name(item, allow_single=False):
            out.failed.append(original)  # "... and staff", "Trinidad and Tobago desk"
            continue
        # "By Ana Lima and the Associated Press": the agency joined by "and" is credited in
        # its own right, as a co-writer is ("By Ana Lima, Associated Press" is her employer)
        co_credit = join == "and" and bool(people) and not after_outlet and is_agency(item)
        if people and not location and role is not CreditRole.ADDITIONAL_REPORTING:
            ends = closes_group(items, position)
            # "By A and B, Politico, Oslo": a one-word outlet before the town closing the list
            # is theirs as one closing it is (Politico and Oslo were credited as writers)
            closing = ends or before_closing_town(items, position)
            # "ANA LIMA, REUTERS, OSLO": in capitals one short word has no acronym's look, so
            # only the lists make it an outlet; else it may close the list as the town
            outlet_shaped = (looks_like_outlet(item) or (closing and closing_outlet(item))) and (
                " " in item or not is_caps(text) or is_organisation_after_of(item, text)
            )
            # "Photo: Ana Lima, Harbour Images, Reuters": a library's name anywhere in the list
            # is the picture's source (only the last item was asked; this one was a person)
            library = role is CreditRole.PHOTO and (
                library_name(item) or (ends and picture_source(item, group_text, people))
            )
            if not co_credit and (is_agency_or_title(item) or outlet_shaped or library):
                after_outlet = True
                body = item  # a cued outlet ("..., for Reuters") was read above
                # "By Ana Lima, Politico", "Photo: Ana Lima, Shutterstock": a one-word outlet
                # or picture library closing the list is hers (it was lost)
                known = is_organisation(body) or library or (closing and closing_outlet(body))
                if known and not is_desk_title(body):
                    if agency:  # "By Ana Lima, Harbour Times/Reuters": the slash's agency too
                        body = f"{body}/{agency}"
                    if outlet_at is not None and outlet_at[0] == position - 1:
                        # "By Ana Lima, Harbour Times, Reuters": a second outlet straight
                        # after the first is theirs too (it was dropped), written as a chain
                        body = f"{outlet_at[1]}/{body}"
                        out.people = [
                            replace(p, agency=body) if p.agency == outlet_at[1] else p
                            for p in people
                        ]
                    else:
                        # "By Ana Lima and Tom Reed, Associated Press": everyone before it works
                        # there
                        employ(people, chunk_of, own_chunk, body)
                    outlet_at = (position, body)
                continue  # "By Ana Lima, The Harbour Times": the outlet is not a person
            photo = role is CreditRole.PHOTO
            if (
                is_region(item)
                or (after_outlet and ends and trailing_town(item))
                or (ends and closing_town(item, group_text, _names(people), known_only=photo))
            ):
                # "By Ana Lima, The Harbour Times, London": a place, not a person
                out.people = placed(people, item, chunk_of, own_chunk)
                continue
        if (
            people
            and not location
            and role is CreditRole.ADDITIONAL_REPORTING
            and not is_organisation(item)
            and (
                is_region(item)
                or (
                    closes_group(items, position) and closing_town(item, group_text, _names(people))
                )
            )
        ):
            # "Additional reporting by Ana Lima, Oslo": her town, as in a byline (the town was
            # credited as a co-reporter; an agency there is one: "..., Reuters")
            out.people = placed(people, item, chunk_of, own_chunk)
            continue
        if (
            semicolons
            and people
            and not location
            and chunk_of[-1] == chunk
            and people[-1].agency is None
            and (is_organisation(item) or (closes_group(items, position) and closing_outlet(item)))
        ):
            # "Contributing: Ana Lima, The Harbour Times; Tom Ray, Reuters": between semicolons
            # an outlet after a person is where that person works, not a contributor; after
            # several, where they all do ("A and B, Politico;": it was credited as one more)
            last = people[-1]
            people[-1] = Person(last.name, last.location, last.email or email, last.agency)
            employ(people, chunk_of, chunk, item)
            continue
        if (
            (role is CreditRole.ADDITIONAL_REPORTING and is_organisation(item))
            or (not people and is_agency(item))
            or (co_credit and not location)
        ):
            # "The Associated Press contributed to this report", "-- With AFP": the agency is
            # the credit.
            name = "The" + item[3:] if item.startswith("the ") else item
            people.append(Person(name, location, email, None))
            chunk_of.append(chunk)
            continue
        if " OF " in item or not looks_like_name(
            item, allow_single=allow_single or is_agency(item)
        ):  # "ANA LIMA OF BERGEN": "OF" in capitals is no word of a name
            if _NO_PERSON_RE.match(item):
                out.failed.append(original)
                continue
            # "By Per Lund of Bergen": her town or an outlet the lists do not know (clean_name
            # read those it knows). A town they know is her place; anything else is reported,
            # and the person kept.
            of = OF_SUFFIX_RE.search(item) if location is None else None
            if of is None or not looks_like_name(item[: of.start()], allow_single=False):
                return None
            item_of = item[of.start() :].strip()
            item, town = item[: of.start()].strip(), of["outlet"].strip()
            own_of = True  # her own "of": another's outlet does not reach back to her
            own_of_at.add(len(people))
            if is_town(town):
                location = town
            else:
                out.failed.append(item_of)  # as typed: "of Bergen", "OF BERGEN"
        people.append(Person(item, location, email, agency))
        chunk_of.append(chunk)
    keep_stray_email(out, stray)
    if not out.people:
        return out if out.failed else None
    people = out.people  # a place after the list ("..., London") made a new list
    if not semicolons and outlet_of_at:
        group_outlets(people, outlet_of_at, own_of_at)
    # "A and B/EPA": an agency after the last name reaches back over the list, as a place does.
    # Not over a name with its own "of" ("A of Bergen and B of Reuters": only B is Reuters').
    if (
        not semicolons
        and not own_of
        and not with_at  # "By A, with B/Reuters": only B is Reuters'
        and not pairs  # "By A, Tarnowo, and B, Reuters": each name's word is its own
        and people[-1].agency
        and all(p.agency is None for p in people[:-1])
    ):
        employ(people, chunk_of, None, people[-1].agency)
    # "Associated Press writers A in X and B in Y": the plural title introduces them all.
    if people[0].agency and _PLURAL_TITLE_RE.match(text):
        employ(people, chunk_of, None, people[0].agency)
    # "A, B and C in London": a location reaches back over the names before it, not over a
    # "with" ("By A and B, with C in Bergen": C is in Bergen, A and B were not said to be),
    # nor over a ";" ("Contributing: A, The Harbour Times; B, Bergen": each group its own,
    # as AP lists set them; A was put in Bergen).
    carried: str | None = None
    for index in range(len(people) - 1, -1, -1):
        next_chunk = chunk_of[index + 1] if index + 1 < len(people) else chunk_of[index]
        if index + 1 in with_at or pairs or next_chunk != chunk_of[index]:
            carried = None
        if people[index].location:
            carried = people[index].location
        elif carried:
            people[index] = with_place(people[index], carried)
    return out


def _names(people: list[Person]) -> list[str]:
    return [person.name for person in people]
