"""The five A.L.I. help desks ("sportelli"): addresses, hours, services, languages.

All five are COeSO's own information desks (activity C.1 of the project document,
``SRC_PROGETTO``), so each is run by COeSO SdS Grosseto.

Every field no source confirms is listed in the desk's ``sample_fields`` and shown on the site as
"dati di esempio" (see the conventions in demo/data/__init__.py).
"""

from demo.data.sources import (
    SRC_ARTI_ROCCASTRADA_RT,
    SRC_COESO_CIVITELLA_2009,
    SRC_COESO_CORSI_2010,
    SRC_COESO_FINALITA,
    SRC_COESO_FOLLONICA,
    SRC_COESO_LAVORO_2011,
    SRC_COESO_STRANIERI,
    SRC_COESO_STRANIERI_P247,
    SRC_EDINET_FOLLONICA,
    SRC_PROGETTO,
    SRC_SCANSANO,
)

# Services that COeSO's own pages describe for every "Sportello Info immigrati"
# (used for the desks whose specific service list is not documented).
_SERVIZI_INFO_IMMIGRATI = [
    "informazione e orientamento su diritti e doveri",
    "richiesta e rinnovo del permesso di soggiorno",
    "pratiche per la cittadinanza italiana",
    "ricongiungimento familiare",
    "accompagnamento nel rapporto con la pubblica amministrazione",
    "collegamento con i servizi del territorio (Prefettura, Questura, Comuni, ASL, Centro per l'impiego)",
]

DESKS = [
    {
        "slug": "grosseto",
        "town": "Grosseto",
        "title": "Sportello A.L.I. Grosseto",
        "address": "Via Giuseppe Verdi 5",
        "postcode": "58100",
        "lat": 42.7603,
        "lon": 11.1135,
        "phone": "+39 0564 439225",
        "email": "grosseto@ali-esempio.invalid",
        "partner": "COeSO SdS Grosseto",
        "services": _SERVIZI_INFO_IMMIGRATI
        + [
            "orientamento al lavoro e invio del curriculum al Centro per l'impiego",
            "informazioni e iscrizioni ai corsi di italiano",
        ],
        "languages": ["it", "en", "fr", "ar"],
        "opening_hours": [
            {"weekday": 0, "opens": "10:00", "closes": "14:00"},
            {"weekday": 2, "opens": "10:00", "closes": "14:00"},
            {"weekday": 3, "opens": "10:00", "closes": "14:00"},
            {"weekday": 4, "opens": "10:00", "closes": "14:00"},
        ],
        "notes": (
            "Indirizzo, orari (lun, mer, gio, ven 10-14) e telefono 0564/439225 sono quelli dello "
            "Sportello Info Immigrati COeSO nel 2010 (confermato in via Verdi 5 anche nel 2011): "
            "da verificare prima della pubblicazione. Presidio fisso COeSO insieme a Follonica. "
            "Coordinate approssimative (centro città)."
        ),
        "sources": [
            SRC_PROGETTO,
            SRC_COESO_CORSI_2010,
            SRC_COESO_LAVORO_2011,
            SRC_COESO_STRANIERI,
            SRC_COESO_STRANIERI_P247,
            SRC_COESO_FINALITA,
        ],
        "sample_fields": ["phone", "email", "languages"],
    },
    {
        "slug": "follonica",
        "town": "Follonica",
        "title": "Sportello A.L.I. Follonica",
        "address": "Via Roma (ex Casello idraulico)",
        "postcode": "58022",
        "lat": 42.9227,
        "lon": 10.7623,
        "phone": "+39 0566 000 000",
        "email": "follonica@ali-esempio.invalid",
        "partner": "COeSO SdS Grosseto",
        "services": _SERVIZI_INFO_IMMIGRATI,
        "languages": ["it", "en", "fr", "ar"],
        "opening_hours": [
            {"weekday": 1, "opens": "10:00", "closes": "12:45"},
            {"weekday": 1, "opens": "15:00", "closes": "17:00"},
            {"weekday": 3, "opens": "10:00", "closes": "12:45"},
        ],
        "notes": (
            "Sportello Info immigrati COeSO aperto in via Roma (ex Casello idraulico) a luglio 2018, "
            "diventato servizio stabile; coordinato da Cristina Totti. Orari del 2018 "
            "(mar 10-12.45 e 15-17, gio 10-12.45): da verificare. Numero civico non indicato "
            "dalle fonti. Coordinate approssimative (centro città)."
        ),
        "sources": [SRC_PROGETTO, SRC_COESO_FOLLONICA, SRC_EDINET_FOLLONICA, SRC_COESO_STRANIERI],
        "sample_fields": ["phone", "email", "languages"],
    },
    {
        "slug": "scansano",
        "town": "Scansano",
        "title": "Sportello A.L.I. Scansano (sportello virtuale)",
        "address": "Sede del Comune di Scansano",
        "postcode": "58054",
        "lat": 42.6878,
        "lon": 11.3316,
        "phone": "+39 0564 509411",
        "email": "protocollo@comune.scansano.gr.it",
        "partner": "COeSO SdS Grosseto",
        "services": [
            "informazioni su residenza, soggiorno e lavoro",
            "richiesta e rinnovo del permesso di soggiorno",
            "moduli per cittadinanza e ricongiungimento familiare",
            "iscrizione al test di italiano per il permesso di soggiorno",
            "incrocio domanda/offerta di lavoro domestico",
            "rientro volontario assistito nel Paese d'origine",
            "mediazione linguistica e culturale",
            "sportello anti-discriminazione",
        ],
        "languages": ["it", "en", "ar", "uk"],
        "opening_hours": [
            {"weekday": 1, "opens": "10:00", "closes": "13:00"},
            {"weekday": 3, "opens": "15:00", "closes": "17:00"},
            {"weekday": 4, "opens": "10:00", "closes": "13:00"},
        ],
        "notes": (
            '"Sportello virtuale info immigrati" attivato dal Comune con COeSO (apertura martedì '
            "27 settembre, con ogni probabilità 2022): il personale comunale si collega in via "
            "telematica con gli sportelli Info Immigrati; per le pratiche complesse un operatore "
            "fissa un appuntamento in presenza. Telefono ed e-mail sono quelli dell'ufficio "
            "protocollo del Comune, indicati per prenotare. Via e numero civico della sede non "
            "indicati. Coordinate approssimative (centro paese)."
        ),
        "sources": [SRC_PROGETTO, SRC_SCANSANO, SRC_COESO_STRANIERI],
        "sample_fields": ["languages"],
    },
    {
        "slug": "castiglione-della-pescaia",
        "town": "Castiglione della Pescaia",
        "title": "Sportello A.L.I. Castiglione della Pescaia",
        "address": "Piazza Garibaldi",
        "postcode": "58043",
        "lat": 42.7637,
        "lon": 10.8829,
        "phone": "+39 0564 000 001",
        "email": "castiglione@ali-esempio.invalid",
        "partner": "COeSO SdS Grosseto",
        "services": _SERVIZI_INFO_IMMIGRATI,
        "languages": ["it", "en", "ro", "ar"],
        "opening_hours": [
            {"weekday": 2, "opens": "09:30", "closes": "12:30"},
        ],
        "notes": (
            "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di "
            "Castiglione della Pescaia (già nel 2009) con i servizi comuni a tutti gli sportelli. "
            "Sede, orari e contatti sono di esempio (Piazza Garibaldi è una piazza reale del centro, "
            "non la sede accertata). Coordinate approssimative (centro paese)."
        ),
        "sources": [
            SRC_PROGETTO,
            SRC_COESO_STRANIERI,
            SRC_COESO_FINALITA,
            SRC_COESO_CIVITELLA_2009,
        ],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
    {
        "slug": "roccastrada",
        "town": "Roccastrada",
        "title": "Sportello A.L.I. Roccastrada",
        "address": "Corso Roma 8 (Palazzo comunale)",
        "postcode": "58036",
        "lat": 43.0096,
        "lon": 11.1681,
        "phone": "+39 0564 000 002",
        "email": "roccastrada@ali-esempio.invalid",
        "partner": "COeSO SdS Grosseto",
        "services": _SERVIZI_INFO_IMMIGRATI,
        "languages": ["it", "en", "sq", "ar"],
        "opening_hours": [
            {"weekday": 0, "opens": "15:00", "closes": "17:30"},
        ],
        "notes": (
            "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di "
            "Roccastrada (già nel 2009). Corso Roma 8 è l'indirizzo reale del Municipio (dove dal 2023 "
            "c'è anche lo sportello ARTI del mercoledì), ma non è la sede accertata dello sportello "
            "immigrati. Orari e contatti di esempio. Coordinate approssimative (centro paese)."
        ),
        "sources": [
            SRC_PROGETTO,
            SRC_COESO_STRANIERI,
            SRC_COESO_FINALITA,
            SRC_COESO_CIVITELLA_2009,
            SRC_ARTI_ROCCASTRADA_RT,
        ],
        "sample_fields": ["address", "phone", "email", "languages", "opening_hours"],
    },
]
