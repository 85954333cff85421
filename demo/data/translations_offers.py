"""Translations of the demo's job offers (titles and texts; the job, skills, place and contract
are the same vacancy in every language) and of the contact page with its form (keys: the
Italian segment text), as rows of (Italian, English, French, Arabic)."""

ROWS = [
    # --- job offers (sample data) ----------------------------------------------------------------
    ("Offerte di lavoro", "Job offers", "Offres d'emploi", "عروض العمل"),
    (
        "Le offerte di lavoro concordate con le aziende dai Centri per l'Impiego della provincia di Grosseto. <i>Dati di esempio.</i>",
        "Job offers agreed with employers by the employment centres of the province of Grosseto. <i>Sample data.</i>",
        "Les offres d'emploi convenues avec les entreprises par les Centres pour l'emploi de la province de Grosseto. <i>Données d'exemple.</i>",
        "عروض العمل المتفق عليها مع الشركات من قِبل مراكز التشغيل في مقاطعة غروسيتو. <i>بيانات مثال.</i>",
    ),
    (
        "Braccianti per la raccolta degli ortaggi",
        "Farm workers for the vegetable harvest",
        "Ouvriers agricoles pour la récolte des légumes",
        "عمّال زراعيون لجني الخضروات",
    ),
    (
        "Raccolta in campo, 6 ore al giorno, trasporto dal paese.",
        "Picking in the fields, 6 hours a day, transport from the village.",
        "Récolte aux champs, 6 heures par jour, transport depuis le village.",
        "الجني في الحقول، 6 ساعات يوميًا، مع النقل من البلدة.",
    ),
    (
        "Operai per la vendemmia",
        "Grape-harvest workers",
        "Ouvriers pour les vendanges",
        "عمّال لقطف العنب",
    ),
    (
        "Cameriere di sala per ristorante sul mare",
        "Waiter or waitress for a seaside restaurant",
        "Serveur ou serveuse pour un restaurant en bord de mer",
        "نادل أو نادلة لمطعم على البحر",
    ),
    (
        "Cuoco per trattoria",
        "Cook for a trattoria",
        "Cuisinier pour une trattoria",
        "طبّاخ لمطعم شعبي (تراتوريا)",
    ),
    (
        "Cameriera ai piani in hotel",
        "Hotel room attendant",
        "Femme ou valet de chambre en hôtel",
        "عاملة تنظيف غرف في فندق",
    ),
    (
        "Assistente familiare convivente",
        "Live-in home carer",
        "Aide à domicile logée chez l'employeur",
        "مساعدة منزلية مقيمة لرعاية شخص",
    ),
    (
        "Muratore per ristrutturazioni",
        "Builder for renovations",
        "Maçon pour des rénovations",
        "بنّاء لأعمال الترميم",
    ),
    (
        "Autista patente C per trasporti regionali",
        "Lorry driver (licence C) for regional transport",
        "Chauffeur permis C pour des transports régionaux",
        "سائق برخصة C للنقل الإقليمي",
    ),
    (
        "Magazziniere con patentino del muletto",
        "Warehouse worker with a forklift licence",
        "Magasinier avec le permis cariste",
        "عامل مستودع مع رخصة قيادة الرافعة الشوكية",
    ),
    (
        "Addetti alle pulizie di uffici",
        "Office cleaners",
        "Agents de nettoyage de bureaux",
        "عمّال تنظيف مكاتب",
    ),
    # --- the contact page and its form ------------------------------------------------------------
    ("Contatti", "Contact", "Contact", "اتصل بنا"),
    (
        "Messaggio dal sito A.L.I.",
        "Message from the A.L.I. website",
        "Message du site A.L.I.",
        "رسالة من موقع ⁦A.L.I.⁩",
    ),
    (
        "Scrivici per informazioni su sportelli, corsi e lavoro. Puoi scrivere anche in inglese, francese o arabo. Per un aiuto subito, vai a uno sportello.",
        "Write to us about help desks, courses and work. You can write in Italian, English, French or Arabic. For help straight away, go to a help desk.",
        "Écrivez-nous pour toute question sur les guichets, les cours et le travail. Vous pouvez écrire en italien, anglais, français ou arabe. Pour une aide immédiate, allez à un guichet.",
        "اكتب لنا للاستفسار عن المكاتب والدورات والعمل. يمكنك الكتابة بالإيطالية أو الإنجليزية أو الفرنسية أو العربية. للمساعدة الفورية، توجّه إلى أحد المكاتب.",
    ),
    (
        "Grazie! Ti risponderemo il prima possibile.",
        "Thank you! We will answer as soon as we can.",
        "Merci ! Nous vous répondrons dès que possible.",
        "شكرًا! سنرد عليك في أقرب وقت ممكن.",
    ),
    (
        "I dati che scrivi qui servono solo a risponderti e sono conservati per 12 mesi (dato di esempio).",
        "What you write here is used only to answer you and is kept for 12 months (sample data).",
        "Ce que vous écrivez ici sert uniquement à vous répondre et est conservé 12 mois (donnée d'exemple).",
        "ما تكتبه هنا يُستخدم فقط للرد عليك ويُحفظ لمدة 12 شهرًا (بيانات مثال).",
    ),
    ("Nome", "Name", "Nom", "الاسم"),
    # the languages' own names: the same in every language
    ("Italiano<br/>English<br/>Français<br/>العربية",) * 4,
    ("Email", "Email", "E-mail", "البريد الإلكتروني"),
    (
        "Per ricevere la risposta per email.",
        "To get the answer by email.",
        "Pour recevoir la réponse par e-mail.",
        "لتلقّي الرد عبر البريد الإلكتروني.",
    ),
    ("Telefono", "Phone", "Téléphone", "الهاتف"),
    (
        "Se preferisci essere richiamato.",
        "If you would rather we call you back.",
        "Si vous préférez être rappelé.",
        "إذا كنت تفضّل أن نتصل بك.",
    ),
    (
        "Lingua in cui preferisci la risposta",
        "Language you would like the answer in",
        "Langue dans laquelle vous préférez la réponse",
        "اللغة التي تفضّل أن نرد بها",
    ),
    ("Messaggio", "Message", "Message", "الرسالة"),
    (
        "Ho letto l'informativa sulla privacy",
        "I have read the privacy notice",
        "J'ai lu la notice sur la protection des données",
        "قرأتُ إشعار الخصوصية",
    ),
    (
        "Usiamo i tuoi dati solo per risponderti.",
        "We use your data only to answer you.",
        "Nous utilisons vos données uniquement pour vous répondre.",
        "نستخدم بياناتك فقط للرد عليك.",
    ),
]
