"""Which police service a bare "police said", "officers said" or "gardaí said" means
(police_services.py): the one service the story named, however far back; as written when two
were named."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core.analysis.engine import analyze

_SERVICE_NAMED = (
    "A man was arrested after a fire at a warehouse in Brackley on Tuesday night.\n\n"
    "The Brackley Police Service said officers were called shortly after 10 p.m.\n\n"
    "Firefighters spent several hours at the scene.\n\n"
    "Nearby homes were evacuated as a precaution.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "After what police describe as “an incident involving a lit container,” the road shut.",
        "“We are asking anyone with video to come forward,” police said in a statement.",
        "“We are asking anyone with video to come forward,” officers said.",
        "“We are asking anyone with video to come forward,” Police said.",
    ],
)
def test_bare_police_paragraphs_after_the_one_service_named_is_that_service(tail: str) -> None:
    # Before, lower-case "police" and "officers" stayed as written however near the service
    (quote,) = analyze(_SERVICE_NAMED + tail).quotes
    assert quote.speaker == "Brackley Police Service"


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        # two services named: "police" may be either, so it stays as written
        (
            "The Brackley Police Service and the Fenmoor Constabulary searched the coast.",
            "police",
        ),
        # a name and its short form are one service, called by its fuller name
        (
            "The Brackley Police Service opened an inquiry. Brackley Police later named him.",
            "Brackley Police Service",
        ),
        # a union of officers is no police service
        ("The Brackley Police Federation criticised the cuts.", "police"),
        # a county's force is another service than the town's, though its name holds the town's
        ("The Brackley Police and the Brackley County Police searched the coast.", "police"),
        # a force without a place in its name
        ("Police Scotland opened an inquiry into the crash.", "Police Scotland"),
    ],
)
def test_which_named_body_bare_police_is(named: str, speaker: str) -> None:
    text = f"{named}\n\nThe pilot ejected safely.\n\n“Stay away from the cliffs,” police said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_police_is_no_air_force() -> None:
    # Before, "Police said" took the Royal Air Force, its name holding "force"
    text = (
        "A military jet crashed near Brackley on Tuesday, the Royal Air Force said.\n\n"
        "The pilot ejected safely.\n\n“Stay away from the cliffs,” Police said."
    )
    assert analyze(text).quotes[-1].speaker != "Royal Air Force"


def test_gardai_after_the_irish_service_named_is_that_service() -> None:
    # Before, "Garda" was no organisation word, so the service was never remembered
    text = (
        "Garda Síochána has opened an inquiry into the crash near Brackley.\n\n"
        "The pilot ejected safely.\n\n“Stay away from the cliffs,” gardaí said."
    )
    assert analyze(text).quotes[0].speaker == "Garda Síochána"


def test_officers_with_another_body_of_officers_named_stay_as_written() -> None:
    # Before, "officers said" went to the police service though the prison officers' union,
    # whose members are officers too, was named with it
    text = (
        "The Prison Officers' Association criticised the Brackley Police Service on Monday.\n\n"
        "“We are exhausted,” officers said."
    )
    assert analyze(text).quotes[0].speaker == "officers"


def test_the_one_service_does_not_hang_on_the_order_names_were_stored() -> None:
    # Before, which of several names came first out of a set decided whether "police" was
    # read at all; the same story now gives one answer however Python hashes its strings
    story = (
        "Calder Police and Harbour Police met officers of the Calder Harbour Police Service.\n\n"
        "“Stay away from the quay,” police said."
    )
    script = (
        "from app.core.analysis.engine import analyze; import sys; "
        "print(analyze(sys.stdin.read()).quotes[0].speaker)"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=story,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(1, 5)
    }
    assert answers == {"police"}


def test_an_office_title_holding_a_place_s_police_names_that_service() -> None:
    # Before, "Calder Police Chief Ann Roe" recorded no service, so bare "police" stayed as written
    text = (
        "Calder Police Chief Ann Roe said the bypass would stay closed overnight.\n\n"
        "A second lorry overturned on Tuesday. “The surface is still treacherous,” police said."
    )
    assert analyze(text).quotes[0].speaker == "Calder Police"


def test_the_irish_article_stays_in_the_service_s_name() -> None:
    # Before, "An" read as the English article and "Garda Síochána" as a modifier after it
    text = (
        "An Garda Síochána said it had opened an inquiry into the crash near Brackley.\n\n"
        "A man in his 40s was taken to hospital. “His injuries are not serious,” gardaí said."
    )
    assert analyze(text).quotes[0].speaker == "An Garda Síochána"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # a retired chief speaks for no service
        ("Retired Harbour Police Chief Tom Vell said the road was unsafe.", "police"),
        # "Acting" qualifies the office, not the place
        ("Acting Harbour Police Chief Ana Roe said the road was unsafe.", "Harbour Police"),
    ],
)
def test_the_service_in_a_qualified_office_title(opening: str, speaker: str) -> None:
    text = f"{opening}\n\nA lorry overturned on Tuesday. “The surface is treacherous,” police said."
    assert analyze(text).quotes[0].speaker == speaker
