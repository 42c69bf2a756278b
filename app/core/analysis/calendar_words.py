"""Month and weekday names as regex alternations, for the readers of printed dates (datelines,
the publication stamps around bylines): one list, so a spelling added for one reader ("Sept")
reaches the other."""

from __future__ import annotations

# The twelve names spelled out: the words a reader that looks up one word at a time takes
# for a month (a dateline's place is never one).
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTHS = MONTH_NAMES + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# Weekday forms for the readers outside printed dates, which read a day as the time of a
# remark ("said on Monday"), the end of a name ("published by the Institute on Monday") or a
# name in its own right ("Sunday Adebayo"): phrases, phrase_owners, role_phrases,
# subject_patterns, lead_ins, run_reading and names spell the day from WEEKDAYS or this block.
WEEKDAY_WORDS: frozenset[str] = frozenset(WEEKDAYS.lower().split("|"))
"""The weekday names in lower case, as a set: for readers that look up one word whatever its
case ("Sunday" opening a run of capitals may be a given name), where a regex would be a scan."""

# Short forms a content system prints in a stamp ("Tue, May 3"); a dateline spells the day out.
WEEKDAY_ABBREVIATIONS = "Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
# Month names of the wires and papers that print datelines in other languages, day first
# ("KUALA LUMPUR, 3 Ogos", "Jakarta, 5 Agustus", "Buenos Aires, 12 de octubre", "Lisboa, 12 out",
# "PARIS, 5 mai", "Berlin, 3. März", "Roma, 3 maggio", "Utrecht, 3 maart"): Malay, Indonesian,
# Spanish, Portuguese, French, German, Italian and Dutch (the names English does not share), full
# and in the wires' short forms. Only ever read after a day's number, so the short ones stay safe.
OTHER_LANGUAGE_MONTHS = (
    "Januari|Februari|Mac|Mei|Julai|Ogos|Oktober|Disember|"
    "Maret|Juni|Juli|Agustus|Desember|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre|ene|abr|ago|dic|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|mai|set|out|"
    "dez|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|"
    "avr|juil|sept|déc|"
    "Januar|Februar|März|Dezember|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "februari|maart|augustus"
)
