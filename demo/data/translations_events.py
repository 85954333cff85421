"""Translations of the demo's events and of the news items not in translations.py (keys: the
Italian segment text), as rows of (Italian, English, French, Arabic)."""

ROWS = [
    # --- events: mobile desks and info points -------------------------------------------------
    (
        "Sportello volante a Follonica: Parco Centrale",
        "Mobile desk in Follonica: Parco Centrale",
        "Guichet mobile à Follonica : Parco Centrale",
        "مكتب متنقل في فولونيكا: باركو سنترالي",
    ),
    (
        "Informazioni su permesso di soggiorno, corsi di italiano, casa e lavoro; appuntamenti agli sportelli. Con mediazione linguistica.",
        "Information on residence permits, Italian courses, housing and work; appointments at the help desks. With language mediators.",
        "Informations sur le titre de séjour, les cours d'italien, le logement et le travail ; rendez-vous aux guichets. Avec des médiateurs linguistiques.",
        "معلومات عن تصريح الإقامة ودورات الإيطالية والسكن والعمل؛ ومواعيد في المكاتب. مع وساطة لغوية.",
    ),
    (
        "Punto informativo a Scansano: Centro storico",
        "Info point in Scansano: old town",
        "Point d'information à Scansano : centre historique",
        "نقطة معلومات في سكانسانو: المركز التاريخي",
    ),
    (
        "Punto informativo a Castiglione della Pescaia: Piazza Garibaldi",
        "Info point in Castiglione della Pescaia: Piazza Garibaldi",
        "Point d'information à Castiglione della Pescaia : Piazza Garibaldi",
        "نقطة معلومات في كاستيليوني ديلا بيسكايا: ساحة غاريبالدي",
    ),
    (
        "Punto informativo a Roccastrada: Corso Roma, davanti al Municipio",
        "Info point in Roccastrada: Corso Roma, in front of the town hall",
        "Point d'information à Roccastrada : Corso Roma, devant la mairie",
        "نقطة معلومات في روكاسترادا: كورسو روما، أمام البلدية",
    ),
    (
        "Sportello volante a Grosseto: Piazza De Maria / via Ximenes",
        "Mobile desk in Grosseto: Piazza De Maria / Via Ximenes",
        "Guichet mobile à Grosseto : Piazza De Maria / via Ximenes",
        "مكتب متنقل في غروسيتو: ساحة دي ماريا / شارع خيمينيس",
    ),
    # --- news ------------------------------------------------------------------------------------
    (
        "A Scansano lo sportello info immigrati diventa virtuale",
        "In Scansano the immigrant information desk goes online",
        "À Scansano, le guichet d'information pour les immigrés passe en ligne",
        "في سكانسانو يصبح مكتب معلومات المهاجرين مكتبًا عبر الإنترنت",
    ),
    (
        "Il Comune di Scansano, con il COeSO, ha attivato uno sportello collegato in via telematica con gli sportelli Info Immigrati.",
        "The town council of Scansano and COeSO have opened a desk connected online with the immigrant information desks.",
        "La commune de Scansano, avec COeSO, a ouvert un guichet relié à distance aux guichets d'information pour les immigrés.",
        "فتحت بلدية سكانسانو، مع COeSO، مكتبًا متصلًا عبر الإنترنت بمكاتب معلومات المهاجرين.",
    ),
    (
        "Lo sportello è aperto il martedì e il venerdì dalle 10 alle 13 e il giovedì dalle 15 alle 17: il personale comunale mette in contatto i cittadini con gli operatori del servizio.",
        "The desk is open on Tuesdays and Fridays from 10 to 13 and on Thursdays from 15 to 17: council staff put residents in touch with the service's advisers.",
        "Le guichet est ouvert le mardi et le vendredi de 10h à 13h et le jeudi de 15h à 17h : le personnel communal met les habitants en contact avec les conseillers du service.",
        "المكتب مفتوح يومي الثلاثاء والجمعة من 10 إلى 13 ويوم الخميس من 15 إلى 17: يربط موظفو البلدية السكان بموظفي الخدمة.",
    ),
    (
        "Tra i servizi: informazioni su residenza, soggiorno e lavoro, moduli per cittadinanza e ricongiungimento, iscrizione al test di italiano, incrocio domanda/offerta di lavoro domestico, mediazione linguistica e culturale.",
        "Services include: information on residence, permits and work, citizenship and family-reunification forms, booking the Italian test, matching for domestic work, language and cultural mediation.",
        "Parmi les services : informations sur la résidence, le séjour et le travail, formulaires de citoyenneté et de regroupement familial, inscription au test d'italien, mise en relation pour le travail domestique, médiation linguistique et culturelle.",
        "من الخدمات: معلومات عن الإقامة والتصاريح والعمل، واستمارات الجنسية ولمّ الشمل، والتسجيل في امتحان الإيطالية، والمطابقة في العمل المنزلي، والوساطة اللغوية والثقافية.",
    ),
    (
        "Per le pratiche più complesse si fissa un appuntamento in presenza tramite l'ufficio protocollo del Comune.",
        "For more complex procedures, an in-person appointment is booked through the council's post office.",
        "Pour les démarches plus complexes, un rendez-vous sur place est fixé par le bureau du courrier de la commune.",
        "للإجراءات الأكثر تعقيدًا يُحدَّد موعد حضوري عبر مكتب البريد في البلدية.",
    ),
    (
        "Lavoro: a Roccastrada lo sportello del Centro per l'impiego",
        "Work: an employment-centre desk in Roccastrada",
        "Emploi : un guichet du Centre pour l'emploi à Roccastrada",
        "العمل: مكتب لمركز التشغيل في روكاسترادا",
    ),
    (
        "ARTI, l'Agenzia regionale toscana per l'impiego, ha aperto uno sportello decentrato nel Municipio di Roccastrada, in corso Roma 8.",
        "ARTI, the Tuscan regional employment agency, has opened a local desk in Roccastrada town hall, Corso Roma 8.",
        "ARTI, l'agence régionale toscane pour l'emploi, a ouvert un guichet dans la mairie de Roccastrada, corso Roma 8.",
        "افتتحت ARTI، الوكالة الإقليمية للتشغيل في توسكانا، مكتبًا محليًا في بلدية روكاسترادا، كورسو روما 8.",
    ),
    (
        "Lo sportello è aperto ogni mercoledì dalle 9 alle 13 e serve anche i cittadini di Civitella Paganico e Campagnatico, evitando il viaggio fino al capoluogo.",
        "The desk is open every Wednesday from 9 to 13 and also serves residents of Civitella Paganico and Campagnatico, who no longer need to travel to Grosseto.",
        "Le guichet est ouvert chaque mercredi de 9h à 13h et sert aussi les habitants de Civitella Paganico et de Campagnatico, qui évitent ainsi le trajet jusqu'à Grosseto.",
        "المكتب مفتوح كل أربعاء من 9 إلى 13 ويخدم أيضًا سكان تشيفيتيلا باغانيكو وكامبانياتيكو، فلا يحتاجون إلى السفر إلى غروسيتو.",
    ),
    (
        "Offre prima accoglienza, orientamento individualizzato, prima iscrizione nelle liste per le categorie fragili e servizi alle imprese.",
        "It offers a first welcome, personal guidance, first registration on the lists for vulnerable groups, and services for employers.",
        "Il propose un premier accueil, une orientation personnalisée, la première inscription sur les listes des publics fragiles et des services aux entreprises.",
        "يقدّم الاستقبال الأول، والتوجيه الفردي، والتسجيل الأول في قوائم الفئات الهشة، وخدمات للشركات.",
    ),
    (
        "Per chi segue un percorso A.L.I. è un punto di contatto in più per l'incrocio tra domanda e offerta di lavoro.",
        "For people on an A.L.I. path it is one more contact point for job matching.",
        "Pour les personnes qui suivent un parcours A.L.I., c'est un point de contact de plus pour la mise en relation avec les offres d'emploi.",
        "لمن يتابع مسارًا في ⁦A.L.I.⁩ هو نقطة تواصل إضافية للمطابقة بين عروض العمل وطلباته.",
    ),
    (
        "Corsi di italiano: aperte le iscrizioni per l'autunno",
        "Italian courses: enrolment for the autumn is open",
        "Cours d'italien : les inscriptions pour l'automne sont ouvertes",
        "دورات الإيطالية: التسجيل لفصل الخريف مفتوح",
    ),
    (
        "Agli sportelli A.L.I. si raccolgono le iscrizioni ai corsi gratuiti di lingua italiana, in collaborazione con il CPIA di Grosseto.",
        "The A.L.I. help desks take enrolments for the free Italian courses, with the CPIA adult-education centre of Grosseto.",
        "Les guichets A.L.I. prennent les inscriptions aux cours gratuits d'italien, avec le CPIA (centre d'éducation des adultes) de Grosseto.",
        "تستقبل مكاتب ⁦A.L.I.⁩ التسجيل في دورات اللغة الإيطالية المجانية، بالتعاون مع مركز تعليم الكبار CPIA في غروسيتو.",
    ),
    (
        "I corsi sono aperti a tutti i cittadini stranieri dai 16 anni e prevedono livelli diversi, dall'alfabetizzazione al livello A2 richiesto per il permesso di soggiorno di lungo periodo.",
        "The courses are open to all foreign residents aged 16 and over, at several levels, from literacy to the A2 level needed for the long-term residence permit.",
        "Les cours sont ouverts à toutes les personnes étrangères dès 16 ans, à plusieurs niveaux, de l'alphabétisation au niveau A2 demandé pour le titre de séjour de longue durée.",
        "الدورات مفتوحة لجميع الأجانب من سن 16 عامًا، بمستويات مختلفة، من محو الأمية إلى المستوى A2 المطلوب لتصريح الإقامة طويلة الأمد.",
    ),
    (
        "Per chi lavora sono previste lezioni nel tardo pomeriggio; per le mamme con bambini piccoli è allo studio un servizio di accoglienza durante le lezioni.",
        "For people who work there are late-afternoon lessons; childcare during lessons for mothers of young children is being planned.",
        "Pour ceux qui travaillent, des cours ont lieu en fin d'après-midi ; une garde d'enfants pendant les cours est à l'étude pour les mères de jeunes enfants.",
        "لمن يعمل هناك دروس في آخر العصر؛ وتُدرَس خدمة لرعاية الأطفال أثناء الدروس للأمهات ذوات الأطفال الصغار.",
    ),
    (
        "Lo sportello volante arriva al mercato del giovedì",
        "The mobile desk comes to the Thursday market",
        "Le guichet mobile arrive au marché du jeudi",
        "المكتب المتنقل يصل إلى سوق الخميس",
    ),
    (
        "Un punto informativo A.L.I. sarà presente al mercato settimanale di Grosseto, tra piazza De Maria e via Ximenes.",
        "An A.L.I. info point will be at the weekly market in Grosseto, between Piazza De Maria and Via Ximenes.",
        "Un point d'information A.L.I. sera présent au marché hebdomadaire de Grosseto, entre la piazza De Maria et la via Ximenes.",
        "ستكون نقطة معلومات ⁦A.L.I.⁩ حاضرة في السوق الأسبوعي في غروسيتو، بين ساحة دي ماريا وشارع خيمينيس.",
    ),
    (
        "Gli operatori, con il supporto di mediatori culturali, daranno informazioni sui servizi del territorio e fisseranno appuntamenti agli sportelli.",
        "Staff, with cultural mediators, will give information on local services and book appointments at the help desks.",
        "L'équipe, avec des médiateurs culturels, informera sur les services du territoire et fixera des rendez-vous aux guichets.",
        "سيقدّم الموظفون، بمساعدة وسطاء ثقافيين، معلومات عن خدمات المنطقة ويحدّدون مواعيد في المكاتب.",
    ),
    (
        "Il calendario delle uscite nei mercati di Follonica e dei comuni collinari sarà pubblicato nella sezione Eventi.",
        "The dates for the markets of Follonica and the hill towns will be published in the Events section.",
        "Le calendrier des marchés de Follonica et des communes des collines sera publié dans la rubrique Événements.",
        "سيُنشر جدول الحضور في أسواق فولونيكا وبلدات التلال في قسم الفعاليات.",
    ),
]
