"""Concept tagging of people's own words, per language, and what it gives them in the ranking
(no OpenSearch needed: the rules are evaluated in Python exactly as in the query)."""

from datetime import date

import pytest

from jobs.models import Municipality, Occupation, Skill
from search.concepts import english_minimal_stem, french_minimal_stem, italian_light_stem, words
from search.documents.build import (
    CandidateFacts,
    ExperienceFacts,
    OfferFacts,
    candidate_document,
    offer_document,
)
from search.queries import rules as R
from search.vocabulary import vocabulary

pytestmark = pytest.mark.django_db


def tags(text: str) -> dict[str, str]:
    """label_it of each concept found -> the words that said it."""
    found = vocabulary().tagger.tag(text)
    names = {}
    for concept, said in found.items():
        model = Occupation if concept.kind == "occupation" else Skill
        names[model.objects.get(pk=concept.id).label_it] = said
    return names


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Italian synonyms and trade words
        ("Ho il patentino del muletto", "uso del carrello elevatore"),
        ("Faccio il mulettista da cinque anni", "Carrellista (mulettista)"),
        ("Sono badante convivente", "Assistente familiare (badante)"),
        ("Ho lavorato come lavapiatti", "Lavapiatti"),
        ("Cameriera ai piani in hotel", "Cameriera ai piani"),
        # French
        ("J'ai conduit un chariot élévateur au port", "uso del carrello elevatore"),
        ("Je suis cariste", "Carrellista (mulettista)"),
        ("la taille des vignes en hiver", "potatura"),
        ("plongeuse dans un hôtel", "Lavapiatti"),
        ("J'ai été femme de chambre", "Cameriera ai piani"),
        # English
        ("I drove a forklift in a warehouse", "uso del carrello elevatore"),
        ("I cut grass with a brush cutter", "uso di decespugliatore e motosega"),
        ("I was a waitress", "Cameriere di sala"),
        # Arabic: standard words and the loanwords people use
        ("اشتغلت سائق رافعة شوكية", "Carrellista (mulettista)"),
        ("اشتغلت نادلًا (سرباي) في مقهى", "Cameriere di sala"),
        ("غسّال صحون (بلونجور)", "Lavapiatti"),
        ("أعمل بادانتي منذ ثلاث سنوات", "Assistente familiare (badante)"),
        ("عملت جناينيًا في حدائق الفنادق", "Giardiniere"),
        ("سائق شاحنة (تريلا)", "Autista di camion (patente C)"),
        # an Italian word inside a French sentence
        ("le patentino du muletto depuis 2025", "uso del carrello elevatore"),
    ],
)
def test_words_in_four_languages_name_the_concept(text, concept):
    assert concept in tags(text), tags(text)


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("Faccio la cameriera in pizzeria", "Cameriera ai piani"),  # a waitress
        ("Cameriera ai piani in hotel", "Cameriere di sala"),  # the longest phrase wins
        ("tre anni in una trattoria di Grosseto", "guida del trattore"),  # light stemmer
        ("pulizia della stalla e mungitura", "pulizia di uffici e locali"),
        ("servizio al carrello", "uso del carrello elevatore"),
        ("à la machine, nettoyage de l'étable", "uso di macchine per la pulizia"),  # punctuation
        ("I am looking for part-time work", "cura degli animali"),
        ("سوريا: طباخ في حلب", "mungitura"),  # Aleppo, not milking
        ("His son did the washing", "igiene della persona"),
    ],
)
def test_look_alike_words_do_not(text, not_concept):
    assert not_concept not in tags(text), tags(text)


def test_the_chains_are_light():
    assert italian_light_stem("camerieri") == italian_light_stem("cameriera")
    assert italian_light_stem("trattoria") == "trattor"  # (hence no single-word "trattore")
    assert french_minimal_stem("vendanges") == french_minimal_stem("vendanger")
    assert english_minimal_stem("cooking") == "cooking"  # not "cook"
    assert english_minimal_stem("pallets") == "pallet"
    assert words("L'étable, dell'albergo; «ok»") == [
        "l",
        "étable",
        "|",
        "dell",
        "albergo",
        "|",
        "|",
        "ok",
        "|",
    ]


def _grosseto() -> dict:
    town = Municipality.objects.get(name="Grosseto")
    return {"municipality_id": town.pk, "lat": town.latitude, "lon": town.longitude}


def _offer(occupation: str, essential: list[str]) -> dict:
    vocab = vocabulary()
    return offer_document(
        OfferFacts(
            offer_id=1,
            title="Offerta",
            text="",
            occupation_id=str(Occupation.objects.get(label_it=occupation).pk),
            municipality="Grosseto",
            **_grosseto(),
            essential=[str(Skill.objects.get(label_it=s).pk) for s in essential],
            start_date=date(2027, 2, 1),
        ),
        vocab,
    )


def _candidate(**fields) -> dict:
    base = {
        "profile_id": 7,
        "municipality": "Grosseto",
        **_grosseto(),
        "radius_km": 20,
    }
    return candidate_document(CandidateFacts(**{**base, **fields}), vocabulary())


@pytest.mark.parametrize(
    ("presentation", "title", "tasks"),
    [
        (
            "J'ai conduit un chariot élévateur pendant quatre ans.",
            "Cariste",
            "Chargement des camions",
        ),
        (
            "I drove a forklift in a warehouse in Lagos for three years.",
            "Forklift driver",
            "Loading trucks",
        ),
        ("عملت سائق رافعة شوكية (كلارك) في مخزن.", "سائق رافعة شوكية", "تحميل وتفريغ الشاحنات"),
    ],
)
def test_a_candidate_writing_only_in_french_english_or_arabic_gets_the_points(
    presentation, title, tasks
):
    """No vocabulary item picked: their own words give the trade, the skills and the years."""
    offer = _offer(
        "Carrellista (mulettista)", ["uso del carrello elevatore", "carico e scarico merci"]
    )
    silent = _candidate()
    speaking = _candidate(
        presentation=presentation,
        experiences=[ExperienceFacts(occupation_id=None, title=title, tasks=tasks, years=4)],
    )
    ranking = R.for_candidates(offer, R.Context(today=date(2026, 11, 25)))
    assert ranking.failed_filters(silent) == ["connected"]  # nothing connects them to the job
    assert ranking.failed_filters(speaking) == []
    points = ranking.points(speaking)
    assert points["trade"] == pytest.approx(R.TRADE * R.TAGGED)  # an experience in their words
    assert points["essential"] == pytest.approx(R.ESSENTIAL * R.TAGGED)  # both skills, in words
    assert points["experience"] == pytest.approx(R.EXPERIENCE * R.TAGGED)  # four years
    said = speaking["evidence"]
    assert any(key.startswith("occupation:") for key in said)  # the explanation's «words»


def test_a_licence_counts_as_the_skill_it_implies():
    offer = _offer("Carrellista (mulettista)", ["uso del carrello elevatore"])
    holder = _candidate(licences=["FORKLIFT"], desired=[offer["occupation_id"]])
    points = R.for_candidates(offer, R.Context(today=date(2026, 11, 25))).points(holder)
    assert points["essential"] == R.ESSENTIAL  # as if picked
    forklift = str(Skill.objects.get(label_it="uso del carrello elevatore").pk)
    assert holder["evidence"][f"paper:{forklift}"] == "FORKLIFT_CERT"  # "from: forklift licence"
