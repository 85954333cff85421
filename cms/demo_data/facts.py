"""Demo facts for the A.L.I. – Antenne Locali per l'Integrazione portal.

Plain data only. Every value that could NOT be traced to a public source is
listed in the entry's ``sample_fields`` (or flagged ``sample=True``) and must
be shown on the site as "dati di esempio".

Conventions
-----------
* ``opening_hours``: list of ``{"weekday": 0-6 (Monday=0), "opens": "HH:MM",
  "closes": "HH:MM"}``; a day with a split schedule has two dicts.
* Coordinates are approximate (town centre or square) unless stated otherwise;
  see each entry's ``notes``.
* Sample phone numbers use the obviously fake "+39 0564 000 000" pattern and
  sample e-mails use the reserved ``.invalid`` top-level domain.
* Sources are stored public pages (news items, COeSO's own site); several are
  years old (2010–2018), so "sourced" means "was true at the source's date".
"""

# ---------------------------------------------------------------------------
# Source URLs (kept as constants so they can be reused and checked in one place)
# ---------------------------------------------------------------------------
SRC_COESO_STRANIERI = "http://www.coesoareagr.it/stranieri/"
SRC_COESO_STRANIERI_P247 = "https://coesoareagr.it/?p=247"
SRC_COESO_FINALITA = "https://coesoareagr.it/2015/07/09/finalita-del-servizio-info-immigrati"
SRC_COESO_FOLLONICA = (
    "https://coesoareagr.it/2018/07/05/lo-sportello-info-immigrati-anche-a-follonica"
)
SRC_EDINET_FOLLONICA = (
    "https://demo9.edinet.info/2018/07/05/"
    "info-immigrati-lo-sportello-diventa-permanente-aperta-una-nuova-sede"
)
SRC_COESO_CORSI_2010 = (
    "https://coesoareagr.it/2010/09/22/stranieri-a-lezione-di-italiano-con-la-societa-della-salute"
)
SRC_COESO_LAVORO_2011 = (
    "https://coesoareagr.it/2011/05/06/"
    "orientamento-al-lavoro-per-gli-stranieri-grazie-alla-collaborazione-tra-sds-e-provincia"
)
SRC_COESO_CIVITELLA_2009 = (
    "https://coesoareagr.it/2009/09/29/a-civitella-un-nuovo-sportello-info-immigrati"
)
SRC_COESO_RESISTO_2009 = "https://coesoareagr.it/2009/04/09/gli-sportelli-info-immigrati-del-coeso-primi-nel-progetto-qresistoq"
SRC_SCANSANO = "https://www.grossetonotizie.com/sportello-info-immigrati-comune-scansano/"
SRC_COESO_SEDE_2023 = "https://maremmanews.it/post/parte-il-camper-della-salute-e-porta-servizi-e-prestazioni-nelle-frazioni"
SRC_WEITA_FAMI = "https://www.maremmanews.it/post/evento-finale-del-progetto-we-ita-di-coeso-sds"
SRC_SOFTCAS_FAMI = "https://coesoareagr.it/?p=16582"
SRC_FSE_2026 = (
    "https://maremmanews.it/attualita/2026-02-27/"
    "grosseto-parte-il-progetto-di-inclusione-socio-lavorativa-per-persone-in-condizione-di-"
    "fragilita-finanziato-dalla-regione-toscana"
)

SRC_ARTI_ROCCASTRADA_RT = (
    "https://www.regione.toscana.it/it/web/toscana-notizie/-/"
    "servizi-impiego-arti-inaugura-due-sportelli-gioved%C3%AC-31-agosto-a-s.giovanni-valdarno-"
    "e-venerd%C3%AC-1%C2%B0-settembre-a-roccastrada"
)
SRC_ARTI_ROCCASTRADA_NAZIONE = (
    "https://www.lanazione.it/grosseto/cronaca/"
    "centro-per-limpiego-nuovo-sportello-decentrato-a-roccastrada-1b8171db"
)
SRC_ARTI_ROCCASTRADA_MN = (
    "https://maremmanews.it/post/arti-inaugura-sportello-venerdi-1-settembre-a-roccastrada"
)
SRC_CARTA_SERVIZI_CPI = (
    "https://studylibit.com/doc/6760455/carta-dei-servizi-dei-centri-per-l-impiego-della"
)
SRC_EX_CPI_GROSSETO_2025 = "https://www.grossetonotizie.com/2025/09/25/cittadella-dello-studente-attivato-un-servizio-post-scuola-per-i-ragazzi/"
SRC_EX_CPI_GROSSETO_2024 = (
    "https://www.grossetonotizie.com/grosseto/cronaca-grosseto/2024/07/17/"
    "occupano-abusivamente-lex-centro-per-limpiego-denunciati/"
)

SRC_CPIA_GROSSETO = "https://www.grossetonotizie.com/sede-corsi-cpia-grosseto/"
SRC_CPIA_SEDI_2018 = (
    "https://demo9.edinet.info/2018/03/20/"
    "il-centro-di-istruzione-per-adulti-rischia-di-restare-senza-sede-da-tre-anni-ci-rivolgiamo-al-comune-senza-risultato"
)
SRC_CPIA_FOLLONICA = (
    "https://grossetonotizie.com/follonica/2016/11/03/"
    "follonica-inaugurata-la-sede-del-centro-provinciale-per-istruzione-degli-adulti"
)
SRC_CPIA_ARCIDOSSO = (
    "https://grossetonotizie.com/2025/03/19/"
    "apre-lo-sportello-sociale-di-prossimita-ecco-il-nuovo-servizio-dedicato-ai-cittadini-stranieri"
)

SRC_SAN_LORENZO_1 = (
    "https://quimaremmatoscana.it/it/eventi/arte-e-tradizioni/grosseto-celebra-san-lorenzo"
)
SRC_SAN_LORENZO_2 = "https://www.parrinihotel.com/area_it.asp?tag=&idCanale=15&idArea=43&sezione=1"
SRC_SAN_LORENZO_3 = (
    "https://www.iltirreno.it/grosseto/cronaca/2022/08/10/news/"
    "san-lorenzo-la-festa-del-patrono-in-centro-ambra-sabatini-riceve-il-grifone-d-oro-1.100068767"
)

SRC_MERCATO_GR_ORARIO = (
    "https://www.ilgiunco.net/evento/mercato-del-1-novembre-loccasione-per-fare-shopping/"
)
SRC_MERCATO_GR_AREE = (
    "https://www.lanazione.it/grosseto/cronaca/mercato-oggi-modifiche-al-traffico-04e897bb"
)
SRC_MERCATI_MAREMMA = "https://intomaremma.com/tipps-in-der-maremma-toskana/wochenmaerkte-duefte-und-farben-die-verfuehren/"
SRC_MERCATO_FOLLONICA_2016 = (
    "https://www.quinewsmaremma.it/follonica-il-mercato-si-sposta-al-parco-centrale.htm"
)
SRC_MERCATO_FOLLONICA_2020 = "https://www.ilgiunco.net/2020/05/22/oggi-il-primo-mercato-a-follonica-garantite-normative-e-sicurezza/"
SRC_PIAZZE_EUROPA_FOLLONICA = (
    "https://maremmanews.it/post/da-domani-a-follonica-parte-piazze-d-europa"
)
SRC_CASTIGLIONE_PIAZZA = "https://demo9.edinet.info/?p=65825"
SRC_CHELLIANA = "https://informareunh.it/parole-per-capire-la-violenza-sulle-donne-con-disabilita"

SRC_ARCISOLIDARIETA = "http://www.arcigrosseto.com/arci-solidarieta/"
SRC_AUXILIUM_VITAE = "https://www.coopauxiliumvitaeonlus.it/cosa-facciamo/emergenza-ucraina.html"
SRC_AUXILIUM_VITAE_VITA = "https://vita.it/accoglienza-a-grosseto-fa-rima-con-legalita-e-open-day"
SRC_OLYMPIA = "https://www.lanazione.it/grosseto/cronaca/centro-olympia-de-gouges-ce-9fb44706"
SRC_SEC_ABOUT = "https://www.coopsec.it/about/"
SRC_SEC_DORMITORIO = (
    "https://www.lanazione.it/grosseto/cronaca/apre-i-battenti-il-dormitorio-14e92050"
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

# ---------------------------------------------------------------------------
# Help desks ("sportelli")
# ---------------------------------------------------------------------------
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
        "partner": "Arcisolidarietà Grosseto",
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
            SRC_COESO_CORSI_2010,
            SRC_COESO_LAVORO_2011,
            SRC_COESO_STRANIERI,
            SRC_COESO_STRANIERI_P247,
            SRC_COESO_FINALITA,
        ],
        "sample_fields": ["phone", "email", "partner", "languages"],
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
        "partner": "Solidarietà è Crescita",
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
        "sources": [SRC_COESO_FOLLONICA, SRC_EDINET_FOLLONICA, SRC_COESO_STRANIERI],
        "sample_fields": ["phone", "email", "partner", "languages"],
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
        "partner": "Partecipazione e Sviluppo",
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
        "sources": [SRC_SCANSANO, SRC_COESO_STRANIERI],
        "sample_fields": ["partner", "languages"],
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
        "partner": "Olympia de Gouges",
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
        "sources": [SRC_COESO_STRANIERI, SRC_COESO_FINALITA, SRC_COESO_CIVITELLA_2009],
        "sample_fields": ["address", "phone", "email", "partner", "languages", "opening_hours"],
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
        "partner": "Auxilium Vitae",
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
            SRC_COESO_STRANIERI,
            SRC_COESO_FINALITA,
            SRC_COESO_CIVITELLA_2009,
            SRC_ARTI_ROCCASTRADA_RT,
        ],
        "sample_fields": ["address", "phone", "email", "partner", "languages", "opening_hours"],
    },
]

# ---------------------------------------------------------------------------
# Centri per l'Impiego (ARTI – Agenzia Regionale Toscana per l'Impiego)
# ---------------------------------------------------------------------------
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

# ---------------------------------------------------------------------------
# CPIA – Centro Provinciale per l'Istruzione degli Adulti (Italian courses)
# Same shape as DESKS/CPI.
# ---------------------------------------------------------------------------
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

# ---------------------------------------------------------------------------
# The programme
# ---------------------------------------------------------------------------
PROJECT = {
    "name": "A.L.I. – Antenne Locali per l'Integrazione",
    "description": (
        "A.L.I. è un programma di integrazione sociale promosso da COeSO – Società della Salute "
        "delle zone Amiata Grossetana, Colline Metallifere e Grossetana insieme a cinque partner del "
        "terzo settore. Attraverso sportelli a Grosseto, Follonica, Scansano, Castiglione della "
        "Pescaia e Roccastrada, sportelli volanti e punti informativi itineranti, offre "
        "informazione e accompagnamento sulle pratiche di soggiorno e cittadinanza, corsi di lingua "
        "italiana, percorsi di orientamento all'abitare e al lavoro e un servizio di incrocio "
        "domanda/offerta in collaborazione con i Centri per l'Impiego."
    ),
    "lead": {
        "name": "COeSO – Società della Salute Grosseto",
        "address": "Via De' Calboli 19, 58100 Grosseto",
        "phone": "+39 0564 000 000",
        "email": "info@ali-esempio.invalid",
        "sources": [SRC_COESO_SEDE_2023, SRC_COESO_STRANIERI],
    },
    "funding": (
        "Fondo Asilo, Migrazione e Integrazione (FAMI) – Ministero dell'Interno, con il "
        "cofinanziamento dell'Unione europea"
    ),
    "duration": "36 mesi",
    "partners": [
        {
            "name": "Arcisolidarietà Grosseto",
            "about": (
                "Associazione nata nel giugno 2005 dall'ARCI Comitato territoriale di Grosseto; "
                "progetti su legalità, multiculturalità e inclusione sociale."
            ),
            "sources": [SRC_ARCISOLIDARIETA],
        },
        {
            "name": "Auxilium Vitae",
            "about": (
                "Cooperativa sociale grossetana che dal 2014 gestisce centri di accoglienza per "
                "richiedenti asilo in provincia (Montieri, Grosseto, Castiglione della Pescaia, "
                "Arcidosso, Castel del Piano, Scarlino) e corsi su diritti e lavoro."
            ),
            "sources": [SRC_AUXILIUM_VITAE, SRC_AUXILIUM_VITAE_VITA],
        },
        {
            "name": "Olympia de Gouges",
            "about": (
                "Associazione e centro antiviolenza attivo dal 1999 in tutta la provincia di "
                "Grosseto, con sei sedi; segue anche donne arrivate da altri Paesi."
            ),
            "sources": [SRC_OLYMPIA],
        },
        {
            "name": "Partecipazione e Sviluppo",
            "about": "Organizzazione del terzo settore partner del programma (scheda da completare).",
            "sources": [],
        },
        {
            "name": "Solidarietà è Crescita",
            "about": (
                "Cooperativa sociale A+B nata a Grosseto nel 1998; inserimento lavorativo di persone "
                "svantaggiate e, dal 2014, accoglienza di richiedenti protezione internazionale; "
                "gestisce per Comune e COeSO l'accoglienza notturna invernale."
            ),
            "sources": [SRC_SEC_ABOUT, SRC_SEC_DORMITORIO],
        },
    ],
    "goals": [
        "avvicinare i servizi alle persone straniere dei comuni più piccoli",
        "semplificare pratiche di soggiorno, cittadinanza e ricongiungimento",
        "favorire l'apprendimento dell'italiano",
        "accompagnare verso casa e lavoro, in rete con i Centri per l'Impiego",
    ],
    "sources": [
        SRC_COESO_STRANIERI,
        SRC_COESO_STRANIERI_P247,
        SRC_COESO_SEDE_2023,
        SRC_WEITA_FAMI,
        SRC_SOFTCAS_FAMI,
    ],
    "sample_fields": [
        "funding",
        "duration",
        "goals",
        "lead.phone",
        "lead.email",
        "partners[Partecipazione e Sviluppo].about",
    ],
    "notes": (
        'Nessuna fonte pubblica consultata nomina il programma "A.L.I. – Antenne Locali per '
        "l'Integrazione\": nome, partenariato e descrizione vengono dal committente. Sono "
        "documentati: la rete di sportelli info-immigrati COeSO negli stessi comuni, la sede COeSO "
        "in via De' Calboli 19 (2023) e l'uso del FAMI da parte di COeSO per altri progetti "
        "(We-Ita, Softcas). Fondo, durata e obiettivi qui indicati sono quindi di esempio."
    ),
}

# ---------------------------------------------------------------------------
# Local facts
# ---------------------------------------------------------------------------
PATRON_SAINT = {
    "town": "Grosseto",
    "saint": "San Lorenzo",
    "date": "08-10",  # MM-DD, 10 agosto
    "notes": (
        "Patrono della città, a cui è dedicata la Cattedrale; la sera del 9 agosto processione con "
        "il carro trainato dai buoi maremmani, il 10 Pontificale in Cattedrale e concerto in piazza "
        "Dante. Molti negozi chiudono; il mercato del giovedì si è svolto anche il 10/8/2023."
    ),
    "sources": [SRC_SAN_LORENZO_1, SRC_SAN_LORENZO_2, SRC_SAN_LORENZO_3],
}

# ---------------------------------------------------------------------------
# News (real items are paraphrased, not copied)
# ---------------------------------------------------------------------------
NEWS = [
    {
        "slug": "al-via-ali",
        "title": "Al via A.L.I., cinque antenne per l'integrazione in Maremma",
        "date": "2025-10-01",
        "intro": (
            "COeSO e cinque partner del terzo settore avviano una rete di sportelli, sportelli "
            "volanti e punti informativi itineranti per le persone straniere dell'area grossetana."
        ),
        "body": [
            "Grosseto, Follonica, Scansano, Castiglione della Pescaia e Roccastrada: sono questi i "
            'cinque comuni che ospitano le "antenne" del programma A.L.I., pensato per portare '
            "informazioni e accompagnamento il più vicino possibile a chi ne ha bisogno.",
            "Agli sportelli si possono chiedere informazioni su permesso di soggiorno, cittadinanza "
            "e ricongiungimento familiare, iscriversi ai corsi di italiano e iniziare percorsi di "
            "orientamento all'abitare e al lavoro.",
            "Nei mesi estivi e nei giorni di mercato gli operatori saranno presenti anche con "
            "sportelli volanti nelle piazze dei paesi.",
        ],
        "source": None,
        "sample": True,
    },
    {
        "slug": "follonica-sportello-via-roma",
        "title": "Follonica, lo sportello per gli stranieri in via Roma diventa stabile",
        "date": "2018-07-05",
        "intro": (
            "Dal luglio 2018 lo Sportello Info immigrati del COeSO ha una sede fissa nell'ex Casello "
            "idraulico di via Roma e un orario settimanale."
        ),
        "body": [
            "Fino ad allora un'operatrice raggiungeva Follonica una volta a settimana; con "
            "l'allargamento della Società della Salute il servizio è diventato continuo ed è entrato "
            "nel contesto degli altri sportelli aperti al pubblico.",
            "Lo sportello, rivolto a stranieri e italiani, offre informazione e orientamento su "
            "diritti e doveri e aiuta nelle pratiche per permesso di soggiorno, cittadinanza e "
            "ricongiungimenti familiari.",
            "Gli orari indicati all'apertura erano il martedì dalle 10 alle 12.45 e dalle 15 alle "
            "17, il giovedì dalle 10 alle 12.45.",
        ],
        "source": SRC_COESO_FOLLONICA,
        "sample": False,
    },
    {
        "slug": "scansano-sportello-virtuale",
        "title": "A Scansano lo sportello info immigrati diventa virtuale",
        "date": "2022-09-27",
        "intro": (
            "Il Comune di Scansano, con il COeSO, ha attivato uno sportello collegato in via "
            "telematica con gli sportelli Info Immigrati."
        ),
        "body": [
            "Lo sportello è aperto il martedì e il venerdì dalle 10 alle 13 e il giovedì dalle 15 "
            "alle 17: il personale comunale mette in contatto i cittadini con gli operatori del "
            "servizio.",
            "Tra i servizi: informazioni su residenza, soggiorno e lavoro, moduli per cittadinanza "
            "e ricongiungimento, iscrizione al test di italiano, incrocio domanda/offerta di lavoro "
            "domestico, mediazione linguistica e culturale.",
            "Per le pratiche più complesse si fissa un appuntamento in presenza tramite l'ufficio "
            "protocollo del Comune.",
        ],
        "source": SRC_SCANSANO,
        "sample": False,
        "notes": 'Data dedotta: l\'articolo indica "martedì 27 settembre" senza anno.',
    },
    {
        "slug": "arti-roccastrada",
        "title": "Lavoro: a Roccastrada lo sportello del Centro per l'impiego",
        "date": "2023-09-01",
        "intro": (
            "ARTI, l'Agenzia regionale toscana per l'impiego, ha aperto uno sportello decentrato "
            "nel Municipio di Roccastrada, in corso Roma 8."
        ),
        "body": [
            "Lo sportello è aperto ogni mercoledì dalle 9 alle 13 e serve anche i cittadini di "
            "Civitella Paganico e Campagnatico, evitando il viaggio fino al capoluogo.",
            "Offre prima accoglienza, orientamento individualizzato, prima iscrizione nelle liste "
            "per le categorie fragili e servizi alle imprese.",
            "Per chi segue un percorso A.L.I. è un punto di contatto in più per l'incrocio tra "
            "domanda e offerta di lavoro.",
        ],
        "source": SRC_ARTI_ROCCASTRADA_RT,
        "sample": False,
        "notes": "Il terzo paragrafo (collegamento con A.L.I.) è un'aggiunta di esempio.",
    },
    {
        "slug": "corsi-italiano-autunno",
        "title": "Corsi di italiano: aperte le iscrizioni per l'autunno",
        "date": "2025-09-15",
        "intro": (
            "Agli sportelli A.L.I. si raccolgono le iscrizioni ai corsi gratuiti di lingua italiana, "
            "in collaborazione con il CPIA di Grosseto."
        ),
        "body": [
            "I corsi sono aperti a tutti i cittadini stranieri dai 16 anni e prevedono livelli "
            "diversi, dall'alfabetizzazione al livello A2 richiesto per il permesso di soggiorno "
            "di lungo periodo.",
            "Per chi lavora sono previste lezioni nel tardo pomeriggio; per le mamme con bambini "
            "piccoli è allo studio un servizio di accoglienza durante le lezioni.",
        ],
        "source": None,
        "sample": True,
    },
    {
        "slug": "sportello-volante-mercato",
        "title": "Lo sportello volante arriva al mercato del giovedì",
        "date": "2025-11-06",
        "intro": (
            "Un punto informativo A.L.I. sarà presente al mercato settimanale di Grosseto, tra "
            "piazza De Maria e via Ximenes."
        ),
        "body": [
            "Gli operatori, con il supporto di mediatori culturali, daranno informazioni sui "
            "servizi del territorio e fisseranno appuntamenti agli sportelli.",
            "Il calendario delle uscite nei mercati di Follonica e dei comuni collinari sarà "
            "pubblicato nella sezione Eventi.",
        ],
        "source": None,
        "sample": True,
    },
]

# ---------------------------------------------------------------------------
# Places where an itinerant info point could stand
# ---------------------------------------------------------------------------
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
        "sample": False,
    },
    {
        "town": "Grosseto",
        "place": "Piazza Dante",
        "lat": 42.7606,
        "lon": 11.1133,
        "market_day": None,
        "hours": None,
        "notes": (
            "Piazza della Cattedrale; ospita il concerto di San Lorenzo (10 agosto). "
            "Coordinate approssimative."
        ),
        "sources": [SRC_SAN_LORENZO_1],
        "sample": False,
    },
    {
        "town": "Grosseto",
        "place": "Biblioteca Chelliana, via Giuseppe Mazzini 36",
        "lat": 42.7613,
        "lon": 11.1117,
        "market_day": None,
        "hours": None,
        "notes": "Biblioteca comunale con aula magna usata per incontri pubblici. Coordinate approssimative.",
        "sources": [SRC_CHELLIANA],
        "sample": False,
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
        "sample": False,
    },
    {
        "town": "Follonica",
        "place": "Viale Italia (lungomare), davanti ai giardini Socci Mazzini",
        "lat": 42.9205,
        "lon": 10.7595,
        "market_day": None,
        "hours": None,
        "notes": (
            'Sede a marzo del mercato internazionale "Piazze d\'Europa" (edizione 2024: 22-24 marzo). '
            "Coordinate approssimative."
        ),
        "sources": [SRC_PIAZZE_EUROPA_FOLLONICA],
        "sample": False,
    },
    {
        "town": "Castiglione della Pescaia",
        "place": "Piazza Garibaldi",
        "lat": 42.7637,
        "lon": 10.8829,
        "market_day": None,
        "hours": None,
        "notes": (
            "Piazza centrale, usata per il mercato \"Sapori d'Italia e d'Europa\" (giugno). Giorno "
            "del mercato settimanale non trovato. Coordinate approssimative."
        ),
        "sources": [SRC_CASTIGLIONE_PIAZZA],
        "sample": False,
    },
    {
        "town": "Roccastrada",
        "place": "Corso Roma, davanti al Municipio (n. 8)",
        "lat": 43.0096,
        "lon": 11.1681,
        "market_day": None,
        "hours": None,
        "notes": (
            "Il Municipio ospita il mercoledì (9-13) lo sportello ARTI: un punto informativo lo "
            "stesso giorno favorirebbe il rinvio tra i servizi. Coordinate approssimative."
        ),
        "sources": [SRC_ARTI_ROCCASTRADA_NAZIONE],
        "sample": False,
    },
    {
        "town": "Scansano",
        "place": "Centro storico (piazza principale)",
        "lat": 42.6878,
        "lon": 11.3316,
        "market_day": None,
        "hours": None,
        "notes": "Luogo e giorno di esempio: nessuna fonte trovata sul mercato di Scansano.",
        "sources": [],
        "sample": True,
    },
]

SOURCES_NOTE = (
    "Fonti: pagine pubbliche archiviate (sito coesoareagr.it, regione.toscana.it, testate locali "
    "come La Nazione, Il Giunco, GrossetoNotizie, MaremmaNews). Molti dati sugli sportelli "
    "risalgono al 2009-2018 e vanno verificati con COeSO prima della pubblicazione; in "
    "particolare il telefono 0564/439225 e gli orari di via Verdi 5 sono del 2010. Nessuna fonte "
    "nomina il programma A.L.I.: nome, partner e attribuzione dei partner agli sportelli vengono "
    "dal committente o sono di esempio. Indirizzi attuali e orari dei Centri per l'Impiego di "
    "Grosseto, Follonica, Orbetello e Arcidosso non sono stati trovati (la sede di via Scopetani 3 "
    "risulta dismessa): vanno presi da arti.toscana.it. Coordinate: approssimative, centro del "
    "paese o della piazza (conoscenza generale, non da fonte). CAP: codici postali standard dei "
    'comuni. Telefoni di esempio nel formato "+39 0564 000 0xx" ed e-mail con dominio .invalid '
    "sono fittizi e non vanno mai presentati come reali. Le festività nazionali italiane non sono "
    "incluse; il patrono di Grosseto (San Lorenzo, 10 agosto) è in PATRON_SAINT."
)
