"""The programme and its partners, as shown on *Chi siamo* and the home page."""

from demo.data.sources import (
    SRC_ARCISOLIDARIETA,
    SRC_AUXILIUM_VITAE,
    SRC_AUXILIUM_VITAE_VITA,
    SRC_COESO_SEDE_2023,
    SRC_COESO_STRANIERI,
    SRC_COESO_STRANIERI_P247,
    SRC_OLYMPIA,
    SRC_SEC_ABOUT,
    SRC_SEC_DORMITORIO,
    SRC_SOFTCAS_FAMI,
    SRC_WEITA_FAMI,
)

PROJECT = {
    "description": (
        "A.L.I. è un programma di integrazione sociale promosso da COeSO – Società della Salute "
        "delle zone Amiata Grossetana, Colline Metallifere e Grossetana insieme a cinque partner del "
        "terzo settore. Attraverso sportelli a Grosseto, Follonica, Scansano, Castiglione della "
        "Pescaia e Roccastrada, sportelli volanti e punti informativi itineranti, offre "
        "informazione e accompagnamento sulle pratiche di soggiorno e cittadinanza, corsi di lingua "
        "italiana, percorsi di orientamento all'abitare e al lavoro e un servizio di incrocio "
        "domanda/offerta in collaborazione con i Centri per l'Impiego."
    ),
    "funding": (
        "Fondo Asilo, Migrazione e Integrazione (FAMI) – Ministero dell'Interno, con il "
        "cofinanziamento dell'Unione europea"
    ),
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
    "sources": [
        SRC_COESO_STRANIERI,
        SRC_COESO_STRANIERI_P247,
        SRC_COESO_SEDE_2023,
        SRC_WEITA_FAMI,
        SRC_SOFTCAS_FAMI,
    ],
    "notes": (
        'Nessuna fonte pubblica consultata nomina il programma "A.L.I. – Antenne Locali per '
        "l'Integrazione\": nome, partenariato e descrizione vengono dal committente. Sono "
        "documentati: la rete di sportelli info-immigrati COeSO negli stessi comuni, la sede COeSO "
        "in via De' Calboli 19 (2023) e l'uso del FAMI da parte di COeSO per altri progetti "
        "(We-Ita, Softcas). Il fondo qui indicato è quindi di esempio."
    ),
}
