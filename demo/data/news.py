"""News items: real ones paraphrased (never copied) with their source, others marked sample."""

from demo.data.sources import SRC_ARTI_ROCCASTRADA_RT, SRC_COESO_FOLLONICA, SRC_SCANSANO

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
            "Agli sportelli A.L.I. si raccolgono le iscrizioni ai corsi gratuiti di lingua italiana "
            "di Arcisolidarietà, al Punto di Accesso Facilitato del Circolo Arci di Grosseto e agli "
            "sportelli volanti."
        ),
        "body": [
            "I corsi sono aperti a tutti i cittadini stranieri dai 16 anni e prevedono livelli "
            "diversi, dall'alfabetizzazione al livello A2 richiesto per il permesso di soggiorno "
            "di lungo periodo.",
            "Per chi lavora sono previste lezioni nel tardo pomeriggio.",
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
