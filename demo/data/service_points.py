"""The programme's service points for the demo. Who runs each kind comes from the project
document (C.1 the five COeSO desks; C.2 the flying desks, Arcisolidarietà; C.3 the itinerant
desk, Partecipazione e Sviluppo; E.2 the itinerant info points, Arcisolidarietà). The places of
the flying desks, itinerant desk and info points are sample data ("dati di esempio"): the
document does not name them, except the Punto di Accesso Facilitato in the Circolo Arci of
Grosseto (D.2)."""

SERVICE_POINTS = [
    # slug, name, kind, town, partner slug, activity, desk page slug (bookable)
    (
        "sportello-grosseto",
        "Sportello A.L.I. Grosseto",
        "desk",
        "Grosseto",
        "coeso",
        "C.1",
        "grosseto",
    ),
    (
        "sportello-follonica",
        "Sportello A.L.I. Follonica",
        "desk",
        "Follonica",
        "coeso",
        "C.1",
        "follonica",
    ),
    (
        "sportello-scansano",
        "Sportello A.L.I. Scansano",
        "desk",
        "Scansano",
        "coeso",
        "C.1",
        "scansano",
    ),
    (
        "sportello-castiglione",
        "Sportello A.L.I. Castiglione della Pescaia",
        "desk",
        "Castiglione della Pescaia",
        "coeso",
        "C.1",
        "castiglione-della-pescaia",
    ),
    (
        "sportello-roccastrada",
        "Sportello A.L.I. Roccastrada",
        "desk",
        "Roccastrada",
        "coeso",
        "C.1",
        "roccastrada",
    ),
    (
        "volante-circolo-arci",
        "Sportello volante – Circolo Arci Grosseto (Punto di Accesso Facilitato)",
        "flying",
        "Grosseto",
        "arcisolidarieta",
        "C.2",
        None,
    ),
    (
        "volante-orbetello",
        "Sportello volante – Orbetello (dati di esempio)",
        "flying",
        "Orbetello",
        "arcisolidarieta",
        "C.2",
        None,
    ),
    (
        "sportello-itinerante",
        "Sportello itinerante",
        "itinerant",
        "Provincia di Grosseto",
        "partecipazione-sviluppo",
        "C.3",
        None,
    ),
    (
        "infopoint-itinerante",
        "Infopoint itinerante",
        "infopoint",
        "Provincia di Grosseto",
        "arcisolidarieta",
        "E.2",
        None,
    ),
]

# Share of the year's contacts at each point (sample data).
CONTACT_SHARES = {
    "sportello-grosseto": 0.34,
    "sportello-follonica": 0.16,
    "sportello-scansano": 0.05,
    "sportello-castiglione": 0.07,
    "sportello-roccastrada": 0.05,
    "volante-circolo-arci": 0.13,
    "volante-orbetello": 0.06,
    "sportello-itinerante": 0.08,
    "infopoint-itinerante": 0.06,
}
