"""Squares and markets where a mobile desk or an info point stands (demo events).

A mobile desk stands at each market on its ``market_day``; the squares without a market have an
info point once a week on their ``info_point_day`` (0 = Monday). The places are sourced; the
programme's presence on those days is a plan, so every event is marked as sample data.
"""

from demo.data.sources import (
    SRC_ARTI_ROCCASTRADA_NAZIONE,
    SRC_CASTIGLIONE_PIAZZA,
    SRC_MERCATI_MAREMMA,
    SRC_MERCATO_FOLLONICA_2016,
    SRC_MERCATO_FOLLONICA_2020,
    SRC_MERCATO_GR_AREE,
    SRC_MERCATO_GR_ORARIO,
)

EVENTS_PLACES = [
    {
        "town": "Grosseto",
        "place": "Piazza De Maria / via Ximenes (mercato settimanale del giovedì)",
        "lat": 42.7625,
        "lon": 11.1160,
        "market_day": 3,
        "hours": {"opens": "08:00", "closes": "13:00"},
        "notes": "Mercato del giovedì 8-13, lungo le mura medicee. Coordinate approssimative.",
        "sources": [SRC_MERCATO_GR_ORARIO, SRC_MERCATO_GR_AREE, SRC_MERCATI_MAREMMA],
    },
    {
        "town": "Follonica",
        "place": "Parco Centrale (mercato settimanale del venerdì)",
        "lat": 42.9285,
        "lon": 10.7620,
        "market_day": 4,
        "hours": None,
        "notes": (
            "Dal 2016 il mercato del venerdì (circa 200 banchi, il più grande della provincia dopo "
            "Grosseto) si tiene nel Parco Centrale, ex Ippodromo dei Pini. Orario non indicato. "
            "Coordinate approssimative."
        ),
        "sources": [SRC_MERCATO_FOLLONICA_2016, SRC_MERCATO_FOLLONICA_2020],
    },
    {
        "town": "Castiglione della Pescaia",
        "place": "Piazza Garibaldi",
        "info_point_day": 1,
        "lat": 42.7637,
        "lon": 10.8829,
        "market_day": None,
        "hours": None,
        "notes": (
            "Piazza centrale, usata per il mercato \"Sapori d'Italia e d'Europa\" (giugno). Giorno "
            "del mercato settimanale non trovato. Coordinate approssimative."
        ),
        "sources": [SRC_CASTIGLIONE_PIAZZA],
    },
    {
        "town": "Roccastrada",
        "place": "Corso Roma, davanti al Municipio (n. 8)",
        "info_point_day": 2,
        "lat": 43.0096,
        "lon": 11.1681,
        "market_day": None,
        "hours": None,
        "notes": (
            "Il Municipio ospita il mercoledì (9-13) lo sportello ARTI: un punto informativo lo "
            "stesso giorno favorirebbe il rinvio tra i servizi. Coordinate approssimative."
        ),
        "sources": [SRC_ARTI_ROCCASTRADA_NAZIONE],
    },
    {
        "town": "Scansano",
        "place": "Centro storico (piazza principale)",
        "info_point_day": 5,
        "lat": 42.6878,
        "lon": 11.3316,
        "market_day": None,
        "hours": None,
        "notes": "Luogo e giorno di esempio: nessuna fonte trovata sul mercato di Scansano.",
        "sources": [],
    },
]
