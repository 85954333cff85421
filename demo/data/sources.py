"""Public sources of the demo facts, as constants so each is written and checked once.

Stored public pages (news items, COeSO's own site, regional and local press); several are
years old (2009–2018), so "sourced" means "was true at the source's date".
"""

# The programme's own project document (Italian; /work/shared/seed in the project's files): the
# source for every statement about the programme, its activities, partners and targets.
SRC_PROGETTO = (
    "Progetto A.L.I. – Antenne Locali per l'Integrazione, documento di progetto (Regione Toscana, "
    "Decreto Dirigenziale n. 20998 del 29/11/2019; avviso pubblico approvato con Decreto "
    "Dirigenziale n. 12595 del 19/07/2019)"
)

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
SRC_SCANSANO = "https://www.grossetonotizie.com/sportello-info-immigrati-comune-scansano/"
SRC_COESO_SEDE_2023 = "https://maremmanews.it/post/parte-il-camper-della-salute-e-porta-servizi-e-prestazioni-nelle-frazioni"

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
SRC_CASTIGLIONE_PIAZZA = "https://demo9.edinet.info/?p=65825"

SRC_ARCISOLIDARIETA = "http://www.arcigrosseto.com/arci-solidarieta/"
SRC_AUXILIUM_VITAE = "https://www.coopauxiliumvitaeonlus.it/cosa-facciamo/emergenza-ucraina.html"
SRC_AUXILIUM_VITAE_VITA = "https://vita.it/accoglienza-a-grosseto-fa-rima-con-legalita-e-open-day"
SRC_OLYMPIA = "https://www.lanazione.it/grosseto/cronaca/centro-olympia-de-gouges-ce-9fb44706"
SRC_SEC_ABOUT = "https://www.coopsec.it/about/"
SRC_SEC_DORMITORIO = (
    "https://www.lanazione.it/grosseto/cronaca/apre-i-battenti-il-dormitorio-14e92050"
)

# Help for women facing violence
SRC_1522 = "https://www.1522.eu/cose-1522/?lang=en"
SRC_1522_GOV = (
    "https://lineaamica.gov.it/news-e-multimedia/news/d/2024/11/25/"
    "non-sei-sola-chiama-il-1522-boom-dell-help-line-per-le-vittime-di-violenza-e-stalking"
)
SRC_OLYMPIA_CONTATTI_2021 = (
    "https://demo9.edinet.info/2021/09/23/"
    "quasi-2-mila-donne-accolte-dal-centro-antiviolenza-in-20-anni-sportelli-in-tutta-la-maremma"
)
SRC_OLYMPIA_CONTATTI_NAZIONE = (
    "https://www.lanazione.it/grosseto/cronaca/"
    "centri-antiviolenza-e-punti-di-ascolto-ecco-dove-sono-e-come-e-possibile-contattarli-vqb64v31"
)
