"""The programme as its project document states it: funding, lead partner and partners, the
activities A.1 … E.4 with who carries out each, and the targets.

Source: "Progetto A.L.I. – Antenne Locali per l'Integrazione", documento di progetto (Regione
Toscana, Decreto Dirigenziale n. 20998 del 29/11/2019; call of DD n. 12595 del 19/07/2019),
``SRC_PROGETTO``. The partners' own descriptions come from public pages (their sources).
The Italian texts here are page content (*Chi siamo*, the home page); their translations are in
demo/data/programme_pages.py. The partnership and activities as data (for counting) are the
partners app's, written by its own migration.
"""

from demo.data.sources import (
    SRC_ARCISOLIDARIETA,
    SRC_AUXILIUM_VITAE,
    SRC_AUXILIUM_VITAE_VITA,
    SRC_COESO_SEDE_2023,
    SRC_COESO_STRANIERI,
    SRC_COESO_STRANIERI_P247,
    SRC_OLYMPIA,
    SRC_PROGETTO,
    SRC_SEC_ABOUT,
    SRC_SEC_DORMITORIO,
)

FUNDING_DECREE = "Decreto Dirigenziale n. 20998 del 29/11/2019"
CALL_DECREE = "Decreto Dirigenziale n. 12595 del 19/07/2019"
LEAD_PARTNER = (
    "COeSO – Società della Salute delle zone Amiata Grossetana, Colline Metallifere e Grossetana"
)

PROJECT = {
    "description": (
        "A.L.I. – Antenne Locali per l'Integrazione è un progetto di COeSO – Società della Salute "
        "delle zone Amiata Grossetana, Colline Metallifere e Grossetana (capofila) con cinque "
        "partner del terzo settore, finanziato dalla Regione Toscana. Attraverso gli sportelli "
        "di Grosseto, Follonica, Scansano, Castiglione della Pescaia e Roccastrada, gli sportelli "
        "volanti, lo sportello itinerante e gli infopoint, offre informazione e consulenza su "
        "soggiorno e cittadinanza, corsi di lingua italiana, orientamento all'abitare e al "
        "lavoro, accoglienza nelle emergenze e un servizio di incontro domanda/offerta di lavoro "
        "in accordo con i Centri per l'Impiego."
    ),
    "funding": (
        "Progetto finanziato con il contributo della Regione Toscana (Decreto Dirigenziale n. "
        "20998 del 29/11/2019), nell'ambito dell'avviso pubblico per progetti di integrazione e "
        "coesione sociale nelle comunità toscane e per la tutela dei bisogni essenziali della "
        "persona umana (Decreto Dirigenziale n. 12595 del 19/07/2019)."
    ),
    "lead": f"Capofila: {LEAD_PARTNER}.",
    "area": ("Territorio: Zona Distretto Amiata Grossetana – Colline Metallifere – Grossetana."),
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
            "about": (
                "Onlus partner del progetto: attiva lo sportello itinerante e, nei propri "
                "servizi, l'incontro domanda/offerta di lavoro e il supporto al curriculum."
            ),
            "sources": [SRC_PROGETTO],
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
    "sources": [
        SRC_PROGETTO,
        SRC_COESO_STRANIERI,
        SRC_COESO_STRANIERI_P247,
        SRC_COESO_SEDE_2023,
    ],
}

# The activities, who carries out each one (the document's words, shortened), in the order of
# the document. Keys: code, the Italian text shown on *Chi siamo*, the partners named.
ACTIVITIES = [
    (
        "A.1",
        "Potenziamento del Centro di Pronto Intervento socio-sanitario “La Rugginosa” di "
        "Grosseto, per la prima accoglienza dei migranti in arrivo dai luoghi di sbarco: gestito "
        "da COeSO SdS Grosseto.",
        ["COeSO SdS Grosseto"],
    ),
    (
        "A.2",
        "Servizio residenziale di pronta accoglienza, nelle 72 ore dopo la dimissione dal Pronto "
        "Soccorso (Codice Rosa), per persone adulte vittime di violenza, anche con figli: gestito "
        "da Auxilium Vitae.",
        ["Auxilium Vitae"],
    ),
    (
        "B.1",
        "Potenziamento della Casa Rifugio per donne vittime di violenza e i loro figli (supporto "
        "psicologico, consulenza legale, gruppi di sostegno): Olympia de Gouges con COeSO SdS "
        "Grosseto.",
        ["Olympia de Gouges", "COeSO SdS Grosseto"],
    ),
    (
        "B.2",
        "Accoglienza temporanea sperimentale per persone senza dimora in emergenza alloggiativa, "
        "in un'area periurbana di Grosseto, con trasporto, pasti e igiene: Solidarietà è Crescita.",
        ["Solidarietà è Crescita"],
    ),
    (
        "B.3",
        "Co-housing pilota per tre famiglie uscite dai CAS, che condividono un podere seguite dal "
        "servizio sociale: COeSO SdS Grosseto.",
        ["COeSO SdS Grosseto"],
    ),
    (
        "B.4",
        "Accoglienza di famiglie in emergenza abitativa nella struttura “Il Poggio” di Grosseto, "
        "con contributi per l'affitto, manutenzione e beni per gli alloggi: COeSO SdS Grosseto.",
        ["COeSO SdS Grosseto"],
    ),
    (
        "C.1",
        "Potenziamento degli sportelli informativi di COeSO a Grosseto, Follonica, Scansano, "
        "Castiglione della Pescaia e Roccastrada: soggiorno, cittadinanza, ricongiungimenti, "
        "rimpatrio volontario assistito, pratiche online e segretariato sociale.",
        ["COeSO SdS Grosseto"],
    ),
    (
        "C.2",
        "Sportelli volanti nella rete delle associazioni, con orari diversi da quelli degli "
        "sportelli pubblici: Arcisolidarietà.",
        ["Arcisolidarietà"],
    ),
    ("C.3", "Sportello itinerante: Partecipazione e Sviluppo.", ["Partecipazione e Sviluppo"]),
    (
        "D.1",
        "Percorsi di competenze trasversali per cittadini stranieri: un corso di lingua italiana, "
        "un percorso di orientamento all'abitare e uno di orientamento al lavoro: Auxilium Vitae.",
        ["Auxilium Vitae"],
    ),
    (
        "D.2",
        "Corsi di italiano aperti a tutti i cittadini stranieri, al Punto di Accesso Facilitato "
        "nel Circolo Arci di Grosseto e agli sportelli volanti: Arcisolidarietà.",
        ["Arcisolidarietà"],
    ),
    (
        "E.1",
        "Accompagnamento agli uffici per le pratiche, quando serve, e nuovo servizio di incontro "
        "domanda/offerta di lavoro in accordo con i Centri per l'Impiego, con supporto per il "
        "curriculum: COeSO, Arcisolidarietà e Partecipazione e Sviluppo, ciascuno nei propri "
        "servizi.",
        ["COeSO SdS Grosseto", "Arcisolidarietà", "Partecipazione e Sviluppo"],
    ),
    (
        "E.2",
        "Infopoint itineranti di ascolto e orientamento nei centri commerciali, nelle scuole, alle "
        "feste e agli eventi: Arcisolidarietà.",
        ["Arcisolidarietà"],
    ),
    (
        "E.3",
        "Percorso di autonomia lavorativa per due titolari di protezione internazionale: lavoro "
        "in un'unità produttiva e alloggio temporaneo vicino: Solidarietà è Crescita.",
        ["Solidarietà è Crescita"],
    ),
    (
        "E.4",
        "Progetti personalizzati di autonomia lavorativa per cinque donne seguite dal centro "
        "antiviolenza o dai servizi sociali: borse lavoro, corsi di formazione professionale, "
        "babysitteraggio per i figli: Olympia de Gouges.",
        ["Olympia de Gouges"],
    ),
]

# Direct and indirect beneficiaries ("destinatari"), as the document counts them.
TARGETS = [
    "50 richiedenti asilo accolti nel Centro di Pronto Intervento “La Rugginosa”.",
    "12 persone in emergenza alloggiativa, in particolare titolari di protezione internazionale "
    "e senza fissa dimora.",
    "80 famiglie in emergenza abitativa, con minori o persone non autosufficienti.",
    "20 donne vittime di violenza con figli, italiane e straniere.",
    "6.000 persone che si rivolgono agli sportelli informativi.",
    "100 cittadini stranieri nei percorsi formativi.",
    "Indirettamente: 50 operatori dei servizi pubblici e almeno 30 del privato sociale.",
]
