"""Employment centres (CPI, run by ARTI) and adult schools (CPIA 1 Grosseto) of the province.

Shown on the "Lavoro e formazione" page (demo/data/programme_pages.py), which every job offer
links to. Same shape as demo/data/desks.py.
"""

from demo.data.sources import (
    SRC_ARTI_ROCCASTRADA_MN,
    SRC_ARTI_ROCCASTRADA_NAZIONE,
    SRC_ARTI_ROCCASTRADA_RT,
    SRC_CARTA_SERVIZI_CPI,
    SRC_CPIA_ARCIDOSSO,
    SRC_CPIA_FOLLONICA,
    SRC_CPIA_GROSSETO,
    SRC_CPIA_SEDI_2018,
    SRC_EX_CPI_GROSSETO_2024,
    SRC_EX_CPI_GROSSETO_2025,
)

# Centri per l'Impiego (ARTI – Agenzia Regionale Toscana per l'Impiego)
_SERVIZI_CPI = [
    "prima informazione orientativa",
    "patto di servizio e orientamento di base",
    "orientamento specialistico",
    "incontro domanda/offerta di lavoro",
    "promozione di tirocini",
    "iscrizione al collocamento mirato (L. 68/99)",
    "mediazione linguistico-culturale",
]

CPI = [
    {
        "slug": "cpi-grosseto",
        "town": "Grosseto",
        "title": "Centro per l'Impiego di Grosseto",
        "address": "Sede da verificare su arti.toscana.it",
        "postcode": "58100",
        "lat": 42.7603,
        "lon": 11.1135,
        "phone": "+39 0564 000 010",
        "email": "cpi.grosseto@esempio.invalid",
        "partner": "ARTI – Agenzia Regionale Toscana per l'Impiego",
        "services": _SERVIZI_CPI,
        "languages": ["it"],
        "opening_hours": [{"weekday": d, "opens": "09:00", "closes": "12:30"} for d in range(0, 5)],
        "notes": (
            "ATTENZIONE: la vecchia sede alla Cittadella dello Studente (via Scopetani 3) è indicata "
            "come \"ex Centro per l'impiego\" in articoli del 2024 e 2025: l'indirizzo attuale non è "
            "stato trovato nelle fonti e va preso da arti.toscana.it. I servizi sono quelli della "
            "Carta dei servizi dei CPI toscani. Coordinate approssimative (centro città)."
        ),
        "sources": [SRC_CARTA_SERVIZI_CPI, SRC_EX_CPI_GROSSETO_2025, SRC_EX_CPI_GROSSETO_2024],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "cpi-follonica",
        "town": "Follonica",
        "title": "Centro per l'Impiego di Follonica",
        "address": "Sede da verificare su arti.toscana.it",
        "postcode": "58022",
        "lat": 42.9227,
        "lon": 10.7623,
        "phone": "+39 0566 000 010",
        "email": "cpi.follonica@esempio.invalid",
        "partner": "ARTI – Agenzia Regionale Toscana per l'Impiego",
        "services": _SERVIZI_CPI,
        "languages": ["it"],
        "opening_hours": [{"weekday": d, "opens": "09:00", "closes": "12:30"} for d in range(0, 5)],
        "notes": (
            "Indirizzo e orari non trovati nelle fonti consultate. Servizi dalla Carta dei servizi "
            "dei CPI toscani. Coordinate approssimative (centro città)."
        ),
        "sources": [SRC_CARTA_SERVIZI_CPI],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "cpi-orbetello",
        "town": "Orbetello",
        "title": "Centro per l'Impiego di Orbetello",
        "address": "Sede da verificare su arti.toscana.it",
        "postcode": "58015",
        "lat": 42.4406,
        "lon": 11.2127,
        "phone": "+39 0564 000 011",
        "email": "cpi.orbetello@esempio.invalid",
        "partner": "ARTI – Agenzia Regionale Toscana per l'Impiego",
        "services": _SERVIZI_CPI,
        "languages": ["it"],
        "opening_hours": [{"weekday": d, "opens": "09:00", "closes": "12:30"} for d in range(0, 5)],
        "notes": (
            "Indirizzo e orari non trovati nelle fonti consultate. Servizi dalla Carta dei servizi "
            "dei CPI toscani. Coordinate approssimative (centro città)."
        ),
        "sources": [SRC_CARTA_SERVIZI_CPI],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "cpi-arcidosso",
        "town": "Arcidosso",
        "title": "Centro per l'Impiego di Arcidosso",
        "address": "Sede da verificare su arti.toscana.it",
        "postcode": "58031",
        "lat": 42.8715,
        "lon": 11.5398,
        "phone": "+39 0564 000 012",
        "email": "cpi.arcidosso@esempio.invalid",
        "partner": "ARTI – Agenzia Regionale Toscana per l'Impiego",
        "services": _SERVIZI_CPI,
        "languages": ["it"],
        "opening_hours": [{"weekday": d, "opens": "09:00", "closes": "12:30"} for d in range(0, 5)],
        "notes": (
            "Indirizzo e orari non trovati nelle fonti consultate. Servizi dalla Carta dei servizi "
            "dei CPI toscani. Coordinate approssimative (centro paese)."
        ),
        "sources": [SRC_CARTA_SERVIZI_CPI],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "arti-roccastrada",
        "town": "Roccastrada",
        "title": "Sportello decentrato ARTI di Roccastrada",
        "address": "Corso Roma 8 (Municipio)",
        "postcode": "58036",
        "lat": 43.0096,
        "lon": 11.1681,
        "phone": "+39 0564 000 013",
        "email": "arti.roccastrada@esempio.invalid",
        "partner": "ARTI – Agenzia Regionale Toscana per l'Impiego",
        "services": [
            "prima accoglienza e prima informazione orientativa",
            "percorsi di orientamento individualizzato",
            "prima iscrizione nelle liste per le categorie fragili",
            "servizi alle imprese",
        ],
        "languages": ["it"],
        "opening_hours": [
            {"weekday": 2, "opens": "09:00", "closes": "13:00"},
        ],
        "notes": (
            "Inaugurato il 1° settembre 2023 nei locali del Municipio; aperto ogni mercoledì 9-13; "
            "serve anche Civitella Paganico e Campagnatico. Realizzato anche grazie al programma GOL "
            "(PNRR). Coordinate approssimative (centro paese)."
        ),
        "sources": [SRC_ARTI_ROCCASTRADA_RT, SRC_ARTI_ROCCASTRADA_NAZIONE, SRC_ARTI_ROCCASTRADA_MN],
        "sample_fields": ["phone", "email", "languages"],
    },
]

# CPIA – Centro Provinciale per l'Istruzione degli Adulti (Italian courses)
CPIA = [
    {
        "slug": "cpia-grosseto",
        "town": "Grosseto",
        "title": "CPIA 1 Grosseto – sede di Grosseto",
        "address": "Via Meda (locali dell'ISIS Leopoldo II di Lorena)",
        "postcode": "58100",
        "lat": 42.7603,
        "lon": 11.1135,
        "phone": "+39 0564 000 020",
        "email": "cpia.grosseto@esempio.invalid",
        "partner": "CPIA 1 Grosseto (scuola statale)",
        "services": [
            "corsi di alfabetizzazione e lingua italiana per stranieri (fino al livello A2 e oltre)",
            "licenza media (primo ciclo) per adulti dai 16 anni",
            "certificazione delle competenze di base",
        ],
        "languages": ["it"],
        "opening_hours": [{"weekday": d, "opens": "15:00", "closes": "19:00"} for d in range(0, 5)],
        "notes": (
            "Convenzione per 6 aule in via Meda nelle ore pomeridiane \"fino all'anno scolastico "
            '2020-2021" (articolo senza data, circa 2019): sede attuale da verificare. CPIA 1 ha '
            "sedi associate a Grosseto, Follonica e Arcidosso. Coordinate approssimative."
        ),
        "sources": [SRC_CPIA_GROSSETO, SRC_CPIA_SEDI_2018],
        "sample_fields": ["phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "cpia-follonica",
        "town": "Follonica",
        "title": "CPIA 1 Grosseto – sede di Follonica",
        "address": "Viale Europa 20",
        "postcode": "58022",
        "lat": 42.9227,
        "lon": 10.7623,
        "phone": "+39 0566 59095",
        "email": "cpia.follonica@esempio.invalid",
        "partner": "CPIA 1 Grosseto (scuola statale)",
        "services": [
            "corsi di italiano per stranieri e richiedenti asilo",
            "corsi di scuola media e diploma per adulti",
        ],
        "languages": ["it"],
        "opening_hours": [],
        "notes": (
            "Sede inaugurata a novembre 2016 nei locali dell'IPSIA; segreteria aperta da lunedì a "
            "sabato (orari non indicati). Telefono del 2016: da verificare. Coordinate approssimative."
        ),
        "sources": [SRC_CPIA_FOLLONICA],
        "sample_fields": ["email", "languages"],
    },
    {
        "slug": "cpia-arcidosso",
        "town": "Arcidosso",
        "title": "CPIA 1 Grosseto – sede di Arcidosso",
        "address": "Via Risorgimento 26",
        "postcode": "58031",
        "lat": 42.8715,
        "lon": 11.5398,
        "phone": "+39 0564 000 021",
        "email": "cpia.arcidosso@esempio.invalid",
        "partner": "CPIA 1 Grosseto (scuola statale)",
        "services": ["corsi di italiano per stranieri"],
        "languages": ["it"],
        "opening_hours": [],
        "notes": (
            "Via Risorgimento 26 è indicata come sede del CPIA in un articolo di marzo 2025 (che vi "
            "ospita anche uno sportello sociale per stranieri, martedì 10-12 e 15-17). "
            "Coordinate approssimative (centro paese)."
        ),
        "sources": [SRC_CPIA_ARCIDOSSO, SRC_CPIA_SEDI_2018],
        "sample_fields": ["phone", "email", "languages"],
    },
]
