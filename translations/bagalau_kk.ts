<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AppealDocument</name>
    <message>
        <source>Result of the re-check on the complaint of %1 about the conclusion of %2 for %3, block %4 (§62)</source>
        <translation>%2 берген %3 жылғы %4-блок бойынша қорытындыға қатысты %1 енгізген шағым бойынша қайта тексеру нәтижесі (§62)</translation>
    </message>
    <message>
        <source>Decision on the objection of %1 to the conclusion of %2 for %3, block %4 (§57–61)</source>
        <translation>%2 берген %3 жылғы %4-блок бойынша қорытындыға %1 жіберген қарсылық бойынша шешім (§57–61)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Evaluated body:</source>
        <translation>Бағаланатын мемлекеттік орган:</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Бағалауға уәкілетті орган:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Қорытынды:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>Appeal procedure ended on:</source>
        <translation>Шағымдану рәсімі аяқталған күн:</translation>
    </message>
    <message>
        <source>Conclusion received on:</source>
        <translation>Қорытындыны алған күн:</translation>
    </message>
    <message>
        <source>Complaint filed on:</source>
        <translation>Шағым енгізілген күн:</translation>
    </message>
    <message>
        <source>Objection filed on:</source>
        <translation>Қарсылық жіберілген күн:</translation>
    </message>
    <message>
        <source>Last day to file (5 working days, %1):</source>
        <translation>Берудің соңғы күні (5 жұмыс күні, %1):</translation>
    </message>
    <message>
        <source>Decision due by (15 calendar days, §60):</source>
        <translation>Шешім қабылдау мерзімі (күнтізбелік 15 күн, §60):</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>шешім әлі қабылданған жоқ</translation>
    </message>
    <message>
        <source>after the term of §60</source>
        <translation>§60-та белгіленген мерзім өткеннен кейін</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Шешім қабылданған күн:</translation>
    </message>
    <message>
        <source>The body&apos;s letter</source>
        <translation>Органның хаты</translation>
    </message>
    <message>
        <source>Special commission (§59)</source>
        <translation>Арнайы комиссия (§59)</translation>
    </message>
    <message>
        <source>The Presidential Administration decides without a special commission (§59).</source>
        <translation>Президент Әкімшілігі арнайы комиссиясыз шешім қабылдайды (§59).</translation>
    </message>
    <message>
        <source>No special commission has considered it yet.</source>
        <translation>Арнайы комиссия әлі қараған жоқ.</translation>
    </message>
    <message>
        <source>Formed on %1. Staff who took part in the evaluation do not sit on it; a representative of the Commission&apos;s working body does.</source>
        <translation>%1 құрылған. Оның құрамына операциялық бағалауға қатысқан қызметкерлер кірмейді; Комиссияның жұмыс органының өкілі кіреді.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүшесі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>representative of the Commission&apos;s working body</source>
        <translation>Комиссияның жұмыс органының өкілі</translation>
    </message>
    <message>
        <source>Indicators objected to</source>
        <translation>Қарсылық білдірілген көрсеткіштер</translation>
    </message>
    <message>
        <source>The objection names no indicator.</source>
        <translation>Қарсылықта бірде-бір көрсеткіш көрсетілмеген.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>The body&apos;s argument</source>
        <translation>Органның дәлелі</translation>
    </message>
    <message>
        <source>Requested fact</source>
        <translation>Сұралған факт</translation>
    </message>
    <message>
        <source>Decision and reason</source>
        <translation>Шешім және негіздеме</translation>
    </message>
    <message>
        <source>Fact: old → new</source>
        <translation>Факт: бұрынғы → жаңа</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Not decided yet: the decision is due by %1 (§60).</source>
        <translation>Шешім әлі қабылданған жоқ: ол %1 кешіктірілмей қабылдануы тиіс (§60).</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Шешім әлі қабылданған жоқ.</translation>
    </message>
    <message>
        <source>The complaint is upheld.</source>
        <translation>Шағым қанағаттандырылды.</translation>
    </message>
    <message>
        <source>The complaint is dismissed.</source>
        <translation>Шағым қанағаттандырусыз қалдырылды.</translation>
    </message>
    <message>
        <source>The objection is accepted.</source>
        <translation>Қарсылық қабылданды.</translation>
    </message>
    <message>
        <source>The objection is rejected.</source>
        <translation>Қарсылық қабылданбады.</translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation>Шешім %1 қабылданды.</translation>
    </message>
    <message>
        <source>The decision was made after the term of 15 calendar days (§60), which ended on %1.</source>
        <translation>Шешім %1 аяқталған күнтізбелік он бес күн мерзімі өткеннен кейін қабылданды (§60).</translation>
    </message>
    <message>
        <source>The conclusion was corrected: version %1 (§61).</source>
        <translation>Қорытындыға түзетулер енгізілді: %1-нұсқа (§61).</translation>
    </message>
    <message>
        <source>The conclusion is to be corrected (§61).</source>
        <translation>Қорытындыға тиісті түзетулер енгізілуі тиіс (§61).</translation>
    </message>
    <message>
        <source>The decision is final, except for §62.</source>
        <translation>§62-де көзделген жағдайларды қоспағанда, шешім қайта қаралуға жатпайды.</translation>
    </message>
    <message>
        <source>Supporting documents (§58)</source>
        <translation>Растайтын құжаттар (§58)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256 (beginning)</source>
        <translation>SHA-256 (басы)</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <source>Chair of the special commission</source>
        <translation>Арнайы комиссияның төрағасы</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>%1 басшысы</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Нұсқасын көрсету.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Дерекқор файлы (әдепкі: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Language of messages and names: kk, ru or en.</source>
        <translation>Хабарламалар мен атаулардың тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>bodies: the date, YYYY-MM-DD.</source>
        <translation>bodies: күні, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>bodies: print JSON.</source>
        <translation>bodies: JSON пішімінде шығару.</translation>
    </message>
    <message>
        <source>Try &apos;bagalau-cli --help&apos;.</source>
        <translation>&apos;bagalau-cli --help&apos; командасын орындап көріңіз.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang мәні: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Белгісіз команда: %1</translation>
    </message>
    <message>
        <source>The option --%1 does not go with %2.</source>
        <translation>--%1 параметрі %2 командасымен қолданылмайды.</translation>
    </message>
    <message>
        <source>--on takes a date as YYYY-MM-DD, e.g. 2019-09-01.</source>
        <translation>--on мәні ЖЖЖЖ-АА-КК пішіміндегі күн, мысалы, 2019-09-01.</translation>
    </message>
    <message>
        <source>Database ready, reference data loaded: %1</source>
        <translation>Дерекқор дайын, анықтамалық деректер жүктелді: %1</translation>
    </message>
    <message>
        <source>Database ready, nothing to change: %1</source>
        <translation>Дерекқор дайын, өзгертетін ештеңе жоқ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluated bodies on %1</source>
        <translation>
            <numerusform>%1 жағдай бойынша %n бағаланатын мемлекеттік орган</numerusform>
            <numerusform>%1 жағдай бойынша %n бағаланатын мемлекеттік орган</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>schedule set: the approval date (§11).</source>
        <translation>schedule set: кестені бекіту күні (§11).</translation>
    </message>
    <message>
        <source>schedule set: the results evaluation date (§70).</source>
        <translation>schedule set: нәтижелілікті бағалау күні (§70).</translation>
    </message>
    <message>
        <source>schedule set: the date of stage %1 of §10.</source>
        <translation>schedule set: §10 бойынша %1-кезеңнің күні.</translation>
    </message>
    <message>
        <source>Name what to do with %1.</source>
        <translation>%1 үшін орындалатын әрекетті көрсетіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s).</source>
        <translation>
            <numerusform>%1 командасы %n аргумент қабылдайды.</numerusform>
            <numerusform>%1 командасы %n аргумент қабылдайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD, e.g. 2026-03-20.</source>
        <translation>Күн ЖЖЖЖ-АА-КК пішімінде жазылады, мысалы, 2026-03-20.</translation>
    </message>
    <message>
        <source>Expected a whole number, not %1.</source>
        <translation>Бүтін сан күтілген, ал берілгені: %1.</translation>
    </message>
    <message>
        <source>%1 needs --year.</source>
        <translation>%1 командасына --year параметрі қажет.</translation>
    </message>
    <message>
        <source>Note: %1 is not confirmed: its transfers and Kurban Ait date may be missing.</source>
        <translation>Ескертпе: %1 жылғы күнтізбе расталмаған: демалыс күндерін ауыстыру және Құрбан айт күні енгізілмеген болуы мүмкін.</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD, or none to clear it.</source>
        <translation>Күн ЖЖЖЖ-АА-КК пішімінде жазылады; күнді өшіру үшін none деп жазыңыз.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>Schedule of the evaluation of %1 (held in %2)</source>
        <translation>%1 жылғы бағалау жүргізу кестесі (%2 жылы жүргізіледі)</translation>
    </message>
    <message>
        <source>Approved (§11, by %1)</source>
        <translation>Бекітілді (§11, %1 кешіктірмей)</translation>
    </message>
    <message>
        <source>Results evaluation (§70, by %1)</source>
        <translation>Нәтижелілікті бағалау (§70, %1 кешіктірмей)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>init: also load the demonstration data: sample methodologies, rating bands and values for 2019-2024, marked as samples.</source>
        <translation>init: демонстрациялық деректерді де жүктеу: әдістеме үлгілері, рейтингтік топтар және 2019-2024 жылдардағы мәндер үлгі ретінде белгіленеді.</translation>
    </message>
    <message>
        <source>schedule, evaluators, score: the evaluated year.</source>
        <translation>schedule, evaluators, score: бағаланатын жыл.</translation>
    </message>
    <message>
        <source>evaluators, score: the body&apos;s registry code.</source>
        <translation>evaluators, score: органның тізілімдегі коды.</translation>
    </message>
    <message>
        <source>score: the block, 1-3.</source>
        <translation>score: блок, 1-3.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмір</translation>
    </message>
    <message>
        <source>--year takes a year from 2010 to 2100, e.g. 2024.</source>
        <translation>--year мәні 2010-нан 2100-ге дейінгі жыл, мысалы, 2024.</translation>
    </message>
    <message>
        <source>--block takes 1, 2 or 3.</source>
        <translation>--block мәні: 1, 2 немесе 3.</translation>
    </message>
    <message>
        <source>Who evaluates %1 — %2 for %3 (authorized bodies as on %4, §56)</source>
        <translation>%3 жылғы бағалауда %1 — %2 органын кім бағалайды (бағалауға уәкілетті органдар %4 жағдай бойынша, §56)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ешкім</translation>
    </message>
    <message>
        <source>CONFLICT OF INTEREST: the evaluator is the evaluated body itself or part of it (§12)</source>
        <translation>МҮДДЕЛЕР ҚАҚТЫҒЫСЫ: бағалаушы — бағаланатын органның өзі немесе оның бөлігі (§12)</translation>
    </message>
    <message>
        <source>%1 is assembled by %2 (%3).</source>
        <translation>%1 бойынша қорытындыларды жинақтаушы: %2 (%3).</translation>
    </message>
    <message>
        <source>§73: fell two or more years in a row</source>
        <translation>§73: қатарынан екі және одан да көп жыл төмендеді</translation>
    </message>
    <message>
        <source>sample methodology v%1</source>
        <translation>әдістеме үлгісі, %1-нұсқа</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>салмақ</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>жоспар</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>points</source>
        <translation>салым</translation>
    </message>
    <message>
        <source>No scores: %1 has no methodology for the block, or the body is not evaluated on it.</source>
        <translation>Балдар жоқ: %1 жылға блок бойынша әдістеме жоқ немесе орган ол бойынша бағаланбайды.</translation>
    </message>
    <message>
        <source>No body in the registry has the code %1.</source>
        <translation>Тізілімде %1 коды бар орган жоқ.</translation>
    </message>
    <message>
        <source>backup, package: the file to write.</source>
        <translation>backup, package: жазылатын файл.</translation>
    </message>
    <message>
        <source>package import: show what would change, change nothing.</source>
        <translation>package import: ештеңені өзгертпей, не өзгеретінін көрсету.</translation>
    </message>
    <message>
        <source>package return: why the report is returned.</source>
        <translation>package return: есептің қайтарылу себебі.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>package return: a remark on an indicator, CODE=TEXT.</source>
        <translation>package return: көрсеткіш бойынша сын-ескертпе, КОД=МӘТІН.</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>сын-ескертпе</translation>
    </message>
    <message>
        <source>%1 needs --body CODE.</source>
        <translation>%1 командасына --body КОД параметрі қажет.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>%1 командасына --out ФАЙЛ параметрі қажет.</translation>
    </message>
    <message>
        <source>%1 needs --block N.</source>
        <translation>%1 командасына --block N параметрі қажет.</translation>
    </message>
    <message>
        <source>package return needs --reason TEXT.</source>
        <translation>package return командасына --reason МӘТІН параметрі қажет.</translation>
    </message>
    <message>
        <source>Package %1 no. %2 of %3 for %4, blocks %5, made %6 UTC, signed with key %7</source>
        <translation>Пакет: %1, № %2, %3, %4 жыл, блоктар: %5, жасалған уақыты: %6 UTC, қол қойылған кілт: %7</translation>
    </message>
    <message>
        <source>This very package was imported before: importing it again changes nothing.</source>
        <translation>Дәл осы пакет бұрын импортталған: оны қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>It supersedes the package imported as no. %1, which stays in the history.</source>
        <translation>Ол № %1 болып импортталған пакетті ауыстырады; ол пакет тарихта сақталады.</translation>
    </message>
    <message>
        <source>Received after the reporting deadline: block(s) %1.</source>
        <translation>Есептік ақпаратты ұсыну мерзімінен кейін келіп түсті, блоктар: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n өзгеріс:</numerusform>
            <numerusform>%n өзгеріс:</numerusform>
        </translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>%1-блок</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Сынақ режимі: ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <source>Template for %1, %2 written to %3.</source>
        <translation>%1 органының %2 жылға арналған шаблоны жазылды: %3.</translation>
    </message>
    <message>
        <source>The body&apos;s key %1 is registered; packages it signs are accepted until %2.</source>
        <translation>Органның %1 кілті тіркелді; осы кілтпен қол қойылған пакеттер %2 дейін қабылданады.</translation>
    </message>
    <message>
        <source>The template holds the body&apos;s signing key: hand it over like a password.</source>
        <translation>Шаблонда органның қолтаңба кілті бар: оны құпиясөз сияқты беріңіз.</translation>
    </message>
    <message>
        <source>Report package written to %1.</source>
        <translation>Есеп пакеті жазылды: %1.</translation>
    </message>
    <message>
        <source>Returned for revision; return package written to %1.</source>
        <translation>Пысықтауға қайтарылды; қайтару пакеті жазылды: %1.</translation>
    </message>
    <message>
        <source>Workstation of %1 for %2 ready: blocks %3.</source>
        <translation>%1 органының %2 жылға арналған жұмыс орны дайын, блоктар: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Workstation of %1 for %2, blocks %3; key %4; %n package(s) exported.</source>
        <translation>
            <numerusform>%1 органының %2 жылға арналған жұмыс орны, блоктар: %3; кілт: %4; экспортталған пакеттер: %n.</numerusform>
            <numerusform>%1 органының %2 жылға арналған жұмыс орны, блоктар: %3; кілт: %4; экспортталған пакеттер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved.</source>
        <translation>
            <numerusform>%n жол сақталды.</numerusform>
            <numerusform>%n жол сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Мәселелер: %1</translation>
    </message>
    <message>
        <source>Block %1 submitted (revision %2).</source>
        <translation>%1-блок бойынша есеп ұсынылды (%2-редакция).</translation>
    </message>
    <message>
        <source>Export the report package to hand it over: bagalau-cli package export --out FILE</source>
        <translation>Тапсыру үшін есеп пакетін экспорттаңыз: bagalau-cli package export --out ФАЙЛ</translation>
    </message>
    <message>
        <source>%1 of %2 filled, %3 error(s)</source>
        <translation>%2 ішінен %1 толтырылды, қателер: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) selected for re-verification.</source>
        <translation>
            <numerusform>Қайта тексеруге %n мән іріктелді.</numerusform>
            <numerusform>Қайта тексеруге %n мән іріктелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>conclusion, appeal, print: the part of the block (public-services, e-services, …).</source>
        <translation>conclusion, appeal, print: блоктың бөлігі (public-services, e-services, …).</translation>
    </message>
    <message>
        <source>part</source>
        <translation>бөлік</translation>
    </message>
    <message>
        <source>conclusion, appeal, commission: the date, YYYY-MM-DD.</source>
        <translation>conclusion, appeal, commission: күні, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>appeal file: the day the objection was filed, YYYY-MM-DD.</source>
        <translation>appeal file: қарсылық жіберілген күн, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>appeal file: the body&apos;s letter.</source>
        <translation>appeal file: органның хаты.</translation>
    </message>
    <message>
        <source>appeal file: a supporting document (§58); repeat for more.</source>
        <translation>appeal file: растайтын құжат (§58); бірнеше құжат үшін параметрді қайталаңыз.</translation>
    </message>
    <message>
        <source>appeal file: an indicator and the body&apos;s argument, CODE=ARGUMENT; repeat for more.</source>
        <translation>appeal file: көрсеткіш және органның дәлелі, КОД=ДӘЛЕЛ; бірнеше көрсеткіш үшін параметрді қайталаңыз.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>тармақ</translation>
    </message>
    <message>
        <source>appeal file: objection (§57, the default) or complaint (§62).</source>
        <translation>appeal file: қарсылық (§57, әдепкі) немесе шағым (§62).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>appeal decide, print appeal: the appeal&apos;s number.</source>
        <translation>appeal decide, print appeal: шағымданудың нөмірі.</translation>
    </message>
    <message>
        <source>appeal decide: accepted or rejected.</source>
        <translation>appeal decide: accepted (қабылданды) немесе rejected (қабылданбады).</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>appeal decide: the corrected fact of an accepted indicator, CODE=VALUE.</source>
        <translation>appeal decide: қабылданған көрсеткіштің түзетілген нақты мәні, КОД=МӘН.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>мән</translation>
    </message>
    <message>
        <source>appeal decide: an indicator rejected while others are accepted.</source>
        <translation>appeal decide: басқалары қабылданған кезде қабылданбаған көрсеткіш.</translation>
    </message>
    <message>
        <source>appeal commission: the authorized body&apos;s registry code.</source>
        <translation>appeal commission: бағалауға уәкілетті органның тізілімдегі коды.</translation>
    </message>
    <message>
        <source>appeal commission: a member, NAME|POSITION|ORG|working-body.</source>
        <translation>appeal commission: мүшесі, АТЫ|ЛАУАЗЫМЫ|ҰЙЫМ|working-body.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>commission stage: to-working-body, presented or to-head.</source>
        <translation>commission stage: to-working-body, presented немесе to-head.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>кезең</translation>
    </message>
    <message>
        <source>confidential: the indicator&apos;s code.</source>
        <translation>confidential: көрсеткіштің коды.</translation>
    </message>
    <message>
        <source>print conclusion: the version to print (default: the latest).</source>
        <translation>print conclusion: басып шығарылатын нұсқа (әдепкі: соңғысы).</translation>
    </message>
    <message>
        <source>%1 needs --body CODE and --block N.</source>
        <translation>%1 командасына --body КОД және --block N параметрлері қажет.</translation>
    </message>
    <message>
        <source>%1 needs --id N.</source>
        <translation>%1 командасына --id N параметрі қажет.</translation>
    </message>
    <message>
        <source>--part takes a part of the block: %1.</source>
        <translation>--part мәні — блоктың бөлігі: %1.</translation>
    </message>
    <message>
        <source>Started from the command line</source>
        <translation>Командалық жолдан басталды</translation>
    </message>
    <message>
        <source>received %1, objections until %2</source>
        <translation>%1 алынды, қарсылық берудің соңғы күні: %2</translation>
    </message>
    <message>
        <source>%1 needs --date YYYY-MM-DD.</source>
        <translation>%1 командасына --date ЖЖЖЖ-АА-КК параметрі қажет.</translation>
    </message>
    <message>
        <source>Issued from the command line</source>
        <translation>Командалық жолдан шығарылды</translation>
    </message>
    <message>
        <source>Conclusion on %1 for %2, block %3: version %4 issued, score %5</source>
        <translation>%1 органы бойынша %2 жылғы %3-блок қорытындысы: %4-нұсқа шығарылды, балл %5</translation>
    </message>
    <message>
        <source>Recorded from the command line</source>
        <translation>Командалық жолдан тіркелді</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>%1 жіберілді.</translation>
    </message>
    <message>
        <source>Received on %1; objections can be filed until %2 (§57).</source>
        <translation>%1 алынды; қарсылық берудің соңғы күні — %2 (§57).</translation>
    </message>
    <message>
        <source>appeal file needs --filed YYYY-MM-DD.</source>
        <translation>appeal file командасына --filed ЖЖЖЖ-АА-КК параметрі қажет.</translation>
    </message>
    <message>
        <source>--kind takes objection or complaint.</source>
        <translation>--kind мәні: objection немесе complaint.</translation>
    </message>
    <message>
        <source>--item takes CODE=ARGUMENT, not %1.</source>
        <translation>--item мәні КОД=ДӘЛЕЛ түрінде болуы тиіс, %1 емес.</translation>
    </message>
    <message>
        <source>Filed from the command line</source>
        <translation>Командалық жолдан берілді</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>Appeal no. %1 filed on %2 by %3 on block %4; decision due by %5 (§60).</source>
        <translation>№ %1 шағымдануды %3 органы %2 күні %4-блок бойынша берді; шешім %5 кешіктірілмей қабылдануы тиіс (§60).</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>берілген күні: %1</translation>
    </message>
    <message>
        <source>decide by %1</source>
        <translation>шешім мерзімі: %1</translation>
    </message>
    <message>
        <source>--id takes the appeal&apos;s number.</source>
        <translation>--id мәні — шағымданудың нөмірі.</translation>
    </message>
    <message>
        <source>--decision takes accepted or rejected.</source>
        <translation>--decision мәні: accepted немесе rejected.</translation>
    </message>
    <message>
        <source>appeal decide needs --date YYYY-MM-DD.</source>
        <translation>appeal decide командасына --date ЖЖЖЖ-АА-КК параметрі қажет.</translation>
    </message>
    <message>
        <source>appeal decide needs --reason TEXT.</source>
        <translation>appeal decide командасына --reason МӘТІН параметрі қажет.</translation>
    </message>
    <message>
        <source>--fact takes CODE=VALUE, not %1.</source>
        <translation>--fact мәні КОД=МӘН түрінде болуы тиіс, %1 емес.</translation>
    </message>
    <message>
        <source>Decided from the command line</source>
        <translation>Командалық жолдан шешілді</translation>
    </message>
    <message>
        <source>Appeal no. %1: %2 on %3.</source>
        <translation>№ %1 шағымдану: %2, %3.</translation>
    </message>
    <message>
        <source>Decided after the 15 days of §60 (last day %1).</source>
        <translation>Шешім §60-та белгіленген 15 күн өткеннен кейін қабылданды (соңғы күн %1).</translation>
    </message>
    <message>
        <source>The conclusion was corrected: version %1, score %2 (§61).</source>
        <translation>Қорытындыға түзетулер енгізілді: %1-нұсқа, балл %2 (§61).</translation>
    </message>
    <message>
        <source>appeal commission needs --date YYYY-MM-DD.</source>
        <translation>appeal commission командасына --date ЖЖЖЖ-АА-КК параметрі қажет.</translation>
    </message>
    <message>
        <source>Formed from the command line</source>
        <translation>Командалық жолдан құрылды</translation>
    </message>
    <message numerus="yes">
        <source>Special commission of %1 for %2: %n member(s).</source>
        <translation>
            <numerusform>%1 органының %2 жылғы арнайы комиссиясы: %n мүше.</numerusform>
            <numerusform>%1 органының %2 жылғы арнайы комиссиясы: %n мүше.</numerusform>
        </translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>--stage takes to-working-body, presented or to-head.</source>
        <translation>--stage мәні: to-working-body, presented немесе to-head.</translation>
    </message>
    <message>
        <source>commission stage needs --date YYYY-MM-DD.</source>
        <translation>commission stage командасына --date ЖЖЖЖ-АА-КК параметрі қажет.</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>%1 үшін тіркелді.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded for %n body(ies).</source>
        <translation>
            <numerusform>%n орган үшін тіркелді.</numerusform>
            <numerusform>%n орган үшін тіркелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs --indicator CODE.</source>
        <translation>%1 командасына --indicator КОД параметрі қажет.</translation>
    </message>
    <message>
        <source>Marked from the command line</source>
        <translation>Командалық жолдан белгіленді</translation>
    </message>
    <message>
        <source>%1 of %2, block %3, is withheld from publication (§52).</source>
        <translation>%2 органының %3-блоктағы %1 көрсеткіші жариялаудан алып қалынды (§52).</translation>
    </message>
    <message>
        <source>%1 of %2, block %3, is published again.</source>
        <translation>%2 органының %3-блоктағы %1 көрсеткіші қайта жарияланады.</translation>
    </message>
    <message>
        <source>--conclusion-version takes a version number: 1, 2, …</source>
        <translation>--conclusion-version мәні — нұсқаның нөмірі: 1, 2, …</translation>
    </message>
    <message>
        <source>--id takes an appeal&apos;s number.</source>
        <translation>--id мәні — шағымданудың нөмірі.</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>№ %1 шағымдану</translation>
    </message>
    <message>
        <source>The files were written to %1, but the publication could not be logged.</source>
        <translation>Файлдар %1 қалтасына жазылды, бірақ жариялауды журналға тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Published the results of %1 to %2:</source>
        <translation>%1 жылғы нәтижелер %2 қалтасына жарияланды:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld (logged in the database, not in the export)</source>
        <translation>
            <numerusform>Жариялаудан алып қалынғаны: %n (экспортта емес, дерекқордағы журналда тіркелді)</numerusform>
            <numerusform>Жариялаудан алып қалынғаны: %n (экспортта емес, дерекқордағы журналда тіркелді)</numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <source>a recommendation of the conclusion (%1)</source>
        <translation>қорытындының ұсынымы (%1)</translation>
    </message>
    <message>
        <source>a recommendation of the Commission (%1)</source>
        <translation>Комиссияның ұсынымы (%1)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>%1 көрсеткішінің мәні</translation>
    </message>
    <message>
        <source>Appeal no. %1 has no indicator %2.</source>
        <translation>№ %1 шағымдануда %2 көрсеткіші жоқ.</translation>
    </message>
    <message>
        <source>Bagalau command-line tool.

Commands:
  init [--demo]                  create or upgrade the database and load the reference data
  generate [--preset national|stress] [--bodies N] [--indicators M] [--years Y] [--last-year YEAR]
      [--seed S]   fill a new database with synthetic data for measuring (the same for a seed)
  bodies [--on DATE] [--json]    the evaluated bodies on a date (default: today)
  backup [--out FILE]            a consistent copy of the database
  calendar days YEAR [--json]    the non-working days and the working weekend days of a year
  calendar is-working DATE       true or false
  calendar add-working-days DATE N    the last day of a term of N working days after DATE
  calendar add-calendar-days DATE N   the last day of a term of N calendar days after DATE
  schedule show --year YEAR [--json]  the schedule of the evaluation of YEAR (§10-11, §70)
  schedule set --year YEAR [--approved DATE] [--reporting DATE] [--conclusions-to-bodies DATE]
      [--conclusions-to-state-planning DATE] [--to-working-body DATE] [--to-president DATE]
      [--results-evaluation DATE]     set dates (&quot;none&quot; clears one)
  evaluators --body CODE --year YEAR [--json]   who evaluates each part of the body&apos;s scope (§24-40)
  score --year YEAR [--body CODE] [--block N] [--json]   scores with their breakdown per indicator
  package template --body CODE --year YEAR --out FILE   a template for a body&apos;s workstation (a new key)
  package verify FILE [--json]   check a package without importing it
  package import FILE [--dry-run] [--json]   import a report package (a return package on a workstation)
  package return --body CODE --year YEAR --block N --reason TEXT [--remark CODE=TEXT]... --out FILE
      return a submitted report for revision and write the return package
  workstation init TEMPLATE      make this new database the body&apos;s workstation
  workstation show [--json]      what this workstation is
  report import-csv FILE [--body CODE --year YEAR]   values from a spreadsheet, all rows or none
  report submit --block N [--body CODE --year YEAR]  submit a report (refused while it has errors)
  report list [--year YEAR] [--body CODE] [--json]   the reports of a year, their state and timeliness
  package export [--year YEAR] --out FILE   the workstation&apos;s signed report package
  recheck select --year YEAR [--block N] [--json]   select values for re-verification (§42-43)
  recheck list --year YEAR [--block N] [--json]     the values selected for re-verification
  conclusion list --year YEAR [--block N] [--json]  the conclusions of a year and where they stand
  conclusion issue --body CODE --block N --year YEAR [--part PART] [--reason TEXT]
      issue a new version of the conclusion from the current data (started if missing)
  conclusion send|receive --body CODE --block N --year YEAR --date DATE [--part PART]
      when the latest version was sent, or received by the body (receipt starts the appeal term)
  appeal file --body CODE --block N --year YEAR --filed DATE --text TEXT [--document FILE]...
      [--item CODE=ARGUMENT]... [--kind objection|complaint] [--part PART]   file an objection (§57-58)
  appeal list --year YEAR [--json]   the year&apos;s objections and complaints with their terms
  appeal decide --id N --decision accepted|rejected --reason TEXT --date DATE
      [--fact CODE=VALUE]... [--reject CODE]...   decide an appeal (§60-61)
  appeal commission --authority CODE --year YEAR --date DATE --member NAME|POSITION|ORG|working-body...
      form an authorized body&apos;s special commission (§59)
  commission result --year YEAR [--json]   the Commission&apos;s result per body on all blocks (§50)
  commission stage --year YEAR --stage to-working-body|presented|to-head --date DATE [--body CODE]
      record a stage of §48, §50 or §51 for one body or for every body that is ready
  print conclusion --body CODE --block N --year YEAR [--part PART] [--conclusion-version N]
      --out FILE.pdf
  print appeal --id N --out FILE.pdf      the decision on an appeal
  print commission --year YEAR --out FILE.pdf   the Commission&apos;s consolidated report
  print schedule --year YEAR --out FILE.pdf     the schedule (§10-11)
      documents in the language of --lang (kk or ru; en for checking)
  confidential mark|clear --year YEAR --block N --body CODE --indicator CODE [--reason TEXT]
      withhold a value from publication, or publish it again (§52)
  confidential list --year YEAR [--json]   the values marked confidential
  publish --year YEAR --out DIR   the public export (HTML, CSV, XLSX) without confidential items (§52)</source>
        <translation>Bagalau командалық жол құралы.

Командалар:
  init [--demo]                  дерекқорды құру немесе жаңарту және анықтамалық деректерді жүктеу
  generate [--preset national|stress] [--bodies N] [--indicators M] [--years Y] [--last-year ЖЫЛ]
      [--seed S]   жаңа дерекқорды өлшеуге арналған синтетикалық деректермен толтыру (seed бірдей болса, деректер де бірдей)
  bodies [--on КҮН] [--json]     көрсетілген күнгі бағаланатын органдар (әдепкі: бүгін)
  backup [--out ФАЙЛ]            дерекқордың тұтас көшірмесі
  calendar days ЖЫЛ [--json]     жылдың жұмыс істемейтін күндері және жұмыс күні болған демалыс күндері
  calendar is-working КҮН        true немесе false
  calendar add-working-days КҮН N     КҮН-нен кейінгі N жұмыс күндік мерзімнің соңғы күні
  calendar add-calendar-days КҮН N    КҮН-нен кейінгі N күнтізбелік күндік мерзімнің соңғы күні
  schedule show --year ЖЫЛ [--json]   ЖЫЛ үшін бағалау жүргізу кестесі (§10-11, §70)
  schedule set --year ЖЫЛ [--approved КҮН] [--reporting КҮН] [--conclusions-to-bodies КҮН]
      [--conclusions-to-state-planning КҮН] [--to-working-body КҮН] [--to-president КҮН]
      [--results-evaluation КҮН]      күндерді белгілеу (&quot;none&quot; күнді өшіреді)
  evaluators --body КОД --year ЖЫЛ [--json]   органның бағалау аясының әр бөлігін кім бағалайды (§24-40)
  score --year ЖЫЛ [--body КОД] [--block N] [--json]   балдар және олардың көрсеткіштер бойынша құрамы
  package template --body КОД --year ЖЫЛ --out ФАЙЛ   органның жұмыс орнына арналған шаблон (жаңа кілтпен)
  package verify ФАЙЛ [--json]   пакетті импорттамай тексеру
  package import ФАЙЛ [--dry-run] [--json]   есеп пакетін импорттау (жұмыс орнында — қайтару пакетін)
  package return --body КОД --year ЖЫЛ --block N --reason МӘТІН [--remark КОД=МӘТІН]... --out ФАЙЛ
      ұсынылған есепті пысықтауға қайтару және қайтару пакетін жазу
  workstation init ШАБЛОН        осы жаңа дерекқорды органның жұмыс орнына айналдыру
  workstation show [--json]      осы жұмыс орны туралы мәліметтер
  report import-csv ФАЙЛ [--body КОД --year ЖЫЛ]   электрондық кестедегі мәндер: барлық жолдар немесе ешқайсысы
  report submit --block N [--body КОД --year ЖЫЛ]  есепті ұсыну (қателері болса, қабылданбайды)
  report list [--year ЖЫЛ] [--body КОД] [--json]   жылдың есептері, олардың күйі және уақтылығы
  package export [--year ЖЫЛ] --out ФАЙЛ   жұмыс орнының қол қойылған есеп пакеті
  recheck select --year ЖЫЛ [--block N] [--json]   мәндерді қайта тексеруге іріктеу (§42-43)
  recheck list --year ЖЫЛ [--block N] [--json]     қайта тексеруге іріктелген мәндер
  conclusion list --year ЖЫЛ [--block N] [--json]  жылдың қорытындылары және олардың күйі
  conclusion issue --body КОД --block N --year ЖЫЛ [--part БӨЛІК] [--reason МӘТІН]
      ағымдағы деректер бойынша қорытындының жаңа нұсқасын шығару (қорытынды жоқ болса, ол басталады)
  conclusion send|receive --body КОД --block N --year ЖЫЛ --date КҮН [--part БӨЛІК]
      соңғы нұсқаның жіберілген немесе органның оны алған күні (алған күннен шағымдану мерзімі басталады)
  appeal file --body КОД --block N --year ЖЫЛ --filed КҮН --text МӘТІН [--document ФАЙЛ]...
      [--item КОД=ДӘЛЕЛ]... [--kind objection|complaint] [--part БӨЛІК]   қарсылықты тіркеу (§57-58)
  appeal list --year ЖЫЛ [--json]   жылдың қарсылықтары мен шағымдары және олардың мерзімдері
  appeal decide --id N --decision accepted|rejected --reason МӘТІН --date КҮН
      [--fact КОД=МӘН]... [--reject КОД]...   шағымдану бойынша шешім қабылдау (§60-61)
  appeal commission --authority КОД --year ЖЫЛ --date КҮН --member АТЫ|ЛАУАЗЫМЫ|ҰЙЫМ|working-body...
      бағалауға уәкілетті органның арнайы комиссиясын құру (§59)
  commission result --year ЖЫЛ [--json]   Комиссияның әр орган бойынша барлық блоктар нәтижесі (§50)
  commission stage --year ЖЫЛ --stage to-working-body|presented|to-head --date КҮН [--body КОД]
      бір орган немесе дайын барлық органдар үшін §48, §50 не §51 кезеңін тіркеу
  print conclusion --body КОД --block N --year ЖЫЛ [--part БӨЛІК] [--conclusion-version N]
      --out ФАЙЛ.pdf
  print appeal --id N --out ФАЙЛ.pdf      шағымдану бойынша шешім
  print commission --year ЖЫЛ --out ФАЙЛ.pdf   Комиссияның жиынтық баяндамасы
  print schedule --year ЖЫЛ --out ФАЙЛ.pdf     бағалау жүргізу кестесі (§10-11)
      құжаттар --lang параметрінде көрсетілген тілде (kk немесе ru; тексеру үшін en)
  confidential mark|clear --year ЖЫЛ --block N --body КОД --indicator КОД [--reason МӘТІН]
      мәнді жариялаудан алып қалу немесе оны қайта жариялау (§52)
  confidential list --year ЖЫЛ [--json]   құпия деп белгіленген мәндер
  publish --year ЖЫЛ --out ҚАЛТА   құпия мәліметтерсіз жария экспорт (HTML, CSV, XLSX) (§52)</translation>
    </message>
    <message>
        <source>generate: national (300 bodies) or stress (3,000 bodies).</source>
        <translation>generate: national (300 орган) немесе stress (3000 орган).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>generate: the number of evaluated bodies.</source>
        <translation>generate: бағаланатын органдар саны.</translation>
    </message>
    <message>
        <source>generate: indicators per body and year, over the three blocks.</source>
        <translation>generate: бір органның бір жылдағы көрсеткіштер саны, үш блок бойынша барлығы.</translation>
    </message>
    <message>
        <source>generate: the number of evaluated years.</source>
        <translation>generate: бағаланатын жылдар саны.</translation>
    </message>
    <message>
        <source>generate: the last evaluated year (default 2024).</source>
        <translation>generate: соңғы бағаланатын жыл (әдепкі: 2024).</translation>
    </message>
    <message>
        <source>generate: the seed of the random values.</source>
        <translation>generate: кездейсоқ мәндерге арналған бастапқы сан (seed).</translation>
    </message>
    <message>
        <source>init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print or publish</source>
        <translation>init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print немесе publish</translation>
    </message>
    <message>
        <source>Name a command: init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print or publish.</source>
        <translation>Команданы көрсетіңіз: init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print немесе publish.</translation>
    </message>
    <message>
        <source>--preset takes national or stress.</source>
        <translation>--preset мәні: national немесе stress.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 мәні — %2 және %3 аралығындағы бүтін сан.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed мәні — бүтін сан.</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>Деректер жасалуда… %1%</translation>
    </message>
    <message>
        <source>Generated %1 bodies, %2 methodologies with %3 indicators, %4 values, %5 reports with %6 evidence files, %7 conclusions, %8 objections in %9 s: %10</source>
        <translation>%9 с ішінде жасалды — органдар: %1, әдістемелер: %2 (оларда көрсеткіштер: %3), мәндер: %4, есептер: %5 (оларда растайтын файлдар: %6), қорытындылар: %7, қарсылықтар: %8; дерекқор: %10</translation>
    </message>
</context>
<context>
    <name>CommissionDocument</name>
    <message>
        <source>Results of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>Мемлекеттік органдардың %1 жылғы қызметінің тиімділігін операциялық бағалау нәтижелері</translation>
    </message>
    <message>
        <source>no conclusion</source>
        <translation>қорытынды жоқ</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>under appeal</source>
        <translation>шағымдануда</translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Bodies %1–%2 of %3</source>
        <translation>Органдар: %1–%2 (барлығы %3)</translation>
    </message>
    <message>
        <source>The Commission presents to the President of the Republic of Kazakhstan the results of the operational evaluation on all blocks (§50), on the conclusions of the authorized bodies (§46–48) and the sources of §7.</source>
        <translation>Комиссия Қазақстан Республикасының Президентіне бағалауға уәкілетті органдардың қорытындылары (§46–48) және §7-де айқындалған дереккөздер негізінде операциялық бағалаудың барлық блоктары бойынша операциялық бағалау нәтижелерін енгізеді (§50).</translation>
    </message>
    <message>
        <source>Bodies evaluated: %1. Conclusions on all blocks final: %2. Alerts of §73: %3.</source>
        <translation>Бағаланған органдар: %1. Барлық блоктар бойынша қорытындылары түпкілікті: %2. §73 бойынша ескертулер: %3.</translation>
    </message>
    <message>
        <source>1. Scores of the state bodies on the blocks</source>
        <translation>1. Мемлекеттік органдардың блоктар бойынша балдары</translation>
    </message>
    <message>
        <source>No body is evaluated in %1.</source>
        <translation>%1 жылы бірде-бір орган бағаланбайды.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Rating</source>
        <extracomment>a narrow column: the rating band&apos;s code</extracomment>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>a narrow column: the place among the bodies</extracomment>
        <translation>Ор­ны</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>a narrow column: the change of the score from last year</extracomment>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>бағаланбайды</translation>
    </message>
    <message>
        <source>complaint pending</source>
        <translation>шағым қаралуда</translation>
    </message>
    <message>
        <source>all final</source>
        <translation>барлығы түпкілікті</translation>
    </message>
    <message>
        <source>No conclusion has been issued: the score is computed from the current data.</source>
        <translation>Қорытынды шығарылмаған: балл ағымдағы деректер бойынша есептелген.</translation>
    </message>
    <message>
        <source>The score has fallen two or more years in a row (§73): see section 3.</source>
        <translation>Балл қатарынан екі және одан да көп жыл төмендеді (§73): 3-бөлімді қараңыз.</translation>
    </message>
    <message>
        <source>Ratings: %1.</source>
        <translation>Рейтингтік топтар: %1.</translation>
    </message>
    <message>
        <source>Rank: the place among the bodies scored in the block, 1 is the best. Change: from the score for %1. Conclusions: the blocks whose conclusions are not final yet, and where they stand.</source>
        <translation>Орны — блок бойынша бағаланған органдар арасындағы орны, 1 — ең жақсысы. Өзгеріс — %1 жылғы балмен салыстырғандағы өзгеріс. Қорытындылар — қорытындылары әлі түпкілікті емес блоктар және олардың күйі.</translation>
    </message>
    <message>
        <source>2. Block scores by body</source>
        <translation>2. Органдардың блоктар бойынша балдары</translation>
    </message>
    <message>
        <source>3. Bodies whose scores fell two or more years in a row (§73)</source>
        <translation>3. Балдары қатарынан екі және одан да көп жыл төмендеген органдар (§73)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <source>The Presidential Administration proposes to consider the responsibility of the political civil servant and/or the executive secretary or head of the akim&apos;s office of these bodies (§73).</source>
        <translation>Президент Әкімшілігі осы органдардың тиісті мемлекеттік саяси қызметшісінің және/немесе жауапты хатшысының, әкім аппараты басшысының жауапкершілігі туралы мәселені қарауға ұсыныс енгізеді (§73).</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Scores by year</source>
        <translation>Жылдар бойынша балдар</translation>
    </message>
    <message>
        <source>4. Stages after the conclusions (§48–51)</source>
        <translation>4. Қорытындылардан кейінгі кезеңдер (§48–51)</translation>
    </message>
    <message>
        <source>Conclusions on all blocks passed to the Commission&apos;s working body (§48)</source>
        <translation>Барлық блоктар бойынша қорытындылар Комиссияның жұмыс органына енгізілді (§48)</translation>
    </message>
    <message>
        <source>Results presented to the President (§50)</source>
        <translation>Нәтижелер Президентке енгізілді (§50)</translation>
    </message>
    <message>
        <source>Results with orders and recommendations sent to the body&apos;s head (§51)</source>
        <translation>Тапсырмалар мен ұсынымдары бар нәтижелер орган басшысына жіберілді (§51)</translation>
    </message>
    <message>
        <source>%1 of %2 bodies</source>
        <translation>%1 орган (барлығы %2)</translation>
    </message>
    <message>
        <source>To the working body (§48)</source>
        <translation>Жұмыс органына (§48)</translation>
    </message>
    <message>
        <source>Presented (§50)</source>
        <translation>Президентке (§50)</translation>
    </message>
    <message>
        <source>To the head (§51)</source>
        <translation>Басшыға (§51)</translation>
    </message>
    <message>
        <source>Orders and recommendations (§51)</source>
        <translation>Тапсырмалар мен ұсынымдар (§51)</translation>
    </message>
    <message>
        <source>5. Reorganized bodies (§53–55)</source>
        <translation>5. Қайта ұйымдастырылған органдар (§53–55)</translation>
    </message>
    <message>
        <source>Commission for the operational evaluation of the activity of state bodies</source>
        <translation>Мемлекеттік органдар қызметін операциялық бағалау жөніндегі комиссия</translation>
    </message>
    <message>
        <source>To the President of the Republic of Kazakhstan (§50)</source>
        <translation>Қазақстан Республикасының Президентіне (§50)</translation>
    </message>
    <message>
        <source>The Commission&apos;s working body</source>
        <translation>Комиссияның жұмыс органы</translation>
    </message>
</context>
<context>
    <name>ConclusionDocument</name>
    <message>
        <source>Conclusion on the results of the operational evaluation of the effectiveness of %1 for %2</source>
        <translation>Мемлекеттік органның %2 жылғы қызметінің тиімділігін операциялық бағалау нәтижелері туралы қорытынды: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орын­далуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орын­далды</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Ішінара орын­далды</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орын­дал­мады</translation>
    </message>
    <message>
        <source>Includes the activity of %1, reorganized on %2: it is counted into the final score (§53).</source>
        <translation>%2 қайта ұйымдастырылған органның (%1) қызметі қамтылған: ол қорытынды балды есептеу кезінде ескеріледі (§53).</translation>
    </message>
    <message>
        <source>The activity of %1, reorganized on %2, was analysed: the results are used as recommendations (§54).</source>
        <translation>%2 қайта ұйымдастырылған органның (%1) қызметіне талдау жүргізілді: оның нәтижелері ұсынымдар ретінде пайдаланылады (§54).</translation>
    </message>
    <message>
        <source>The results of the evaluation of %1, reorganized on %2, are passed on as recommendations (§55).</source>
        <translation>%2 қайта ұйымдастырылған органның (%1) бағалау нәтижелері ұсынымдар ретінде жіберіледі (§55).</translation>
    </message>
    <message>
        <source>%1 was reorganized on %2.</source>
        <translation>%1: %2 қайта ұйымдастырылды.</translation>
    </message>
    <message>
        <source>Its own score in the block: %1.</source>
        <translation>Оның блок бойынша өз балы: %1.</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>%1-нұсқа, %2</translation>
    </message>
    <message>
        <source>Corrected version %1 after the appeal (§61)</source>
        <translation>Шағымданудан кейін түзетілген %1-нұсқа (§61)</translation>
    </message>
    <message>
        <source>Corrected version %1</source>
        <translation>Түзетілген %1-нұсқа</translation>
    </message>
    <message>
        <source>Evaluated body:</source>
        <translation>Бағаланатын мемлекеттік орган:</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Бағалауға уәкілетті орган:</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>sample methodology, for demonstration only</source>
        <translation>әдістеме үлгісі, тек көрсету үшін</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Әдістеме:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Жіберілген күні:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынған күні:</translation>
    </message>
    <message>
        <source>1. Final report on the evaluation (§47)</source>
        <translation>1. Операциялық бағалау туралы қорытынды есеп (§47)</translation>
    </message>
    <message>
        <source>Final score: %1 points out of 100.</source>
        <translation>Қорытынды балл: 100 балдан %1.</translation>
    </message>
    <message>
        <source>Rating: %1.</source>
        <translation>Рейтинг: %1.</translation>
    </message>
    <message>
        <source>There is no final score: no indicator of the block counts.</source>
        <translation>Қорытынды балл жоқ: блоктың бірде-бір көрсеткіші есепке алынбайды.</translation>
    </message>
    <message>
        <source>The body&apos;s own score is %1; with the activity of the reorganized bodies counted in (§53) the final score is %2.</source>
        <translation>Органның өз балы — %1; қайта ұйымдастырылған органдардың қызметін ескергенде (§53) қорытынды балл — %2.</translation>
    </message>
    <message>
        <source>Reorganized bodies (§53–55)</source>
        <translation>Қайта ұйымдастырылған органдар (§53–55)</translation>
    </message>
    <message>
        <source>The conclusion lists no indicators.</source>
        <translation>Қорытындыда бірде-бір көрсеткіш жоқ.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Салымы</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>%1 критерийі</translation>
    </message>
    <message>
        <source>Block score</source>
        <translation>Блок бойынша балл</translation>
    </message>
    <message>
        <source>The fact was corrected by the decision on the body&apos;s objection (§61).</source>
        <translation>Нақты мән органның қарсылығы бойынша шешіммен түзетілді (§61).</translation>
    </message>
    <message>
        <source>The value is confidential: it is withheld from publication (§52).</source>
        <translation>Мән құпия: ол жарияланбайды (§52).</translation>
    </message>
    <message>
        <source>2. Results of carrying out the recommendations given earlier (§45, §47)</source>
        <translation>2. Бұрын берілген ұсынымдарды іске асыру нәтижелері (§45, §47)</translation>
    </message>
    <message>
        <source>No recommendations were given to the body for %1.</source>
        <translation>Органға %1 жыл бойынша ұсынымдар берілмеген.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Conclusion for %1</source>
        <translation>%1 жылғы қорытынды</translation>
    </message>
    <message>
        <source>The Commission, %1 (§51)</source>
        <translation>Комиссия, %1 жыл (§51)</translation>
    </message>
    <message>
        <source>The analysis of %1 (§54–55)</source>
        <translation>Қызметті талдау: %1 (§54–55)</translation>
    </message>
    <message>
        <source>The analysis of a reorganized body (§54–55)</source>
        <translation>Қайта ұйымдастырылған органның қызметін талдау (§54–55)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Тапсырма:</translation>
    </message>
    <message>
        <source>3. Findings and recommendations for raising the effectiveness (§47)</source>
        <translation>3. Қызмет тиімділігін арттыру бойынша тұжырымдар мен ұсынымдар (§47)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Тұжырымдар жоқ.</translation>
    </message>
    <message>
        <source>The conclusion gives no new recommendations.</source>
        <translation>Қорытындыда жаңа ұсынымдар жоқ.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Дайындағандар:</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>%1 басшысы</translation>
    </message>
</context>
<context>
    <name>ConclusionTexts</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>Шағымдануда</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Түпкілікті</translation>
    </message>
    <message>
        <source>Being written: no version has been issued yet.</source>
        <translation>Дайындалуда: әлі бірде-бір нұсқа шығарылған жоқ.</translation>
    </message>
    <message>
        <source>A version is issued but has not been sent to the evaluated body yet (§46).</source>
        <translation>Нұсқа шығарылды, бірақ бағаланатын органға әлі жіберілген жоқ (§46).</translation>
    </message>
    <message>
        <source>Sent to the evaluated body; its receipt has not been recorded yet.</source>
        <translation>Бағаланатын органға жіберілді; оның алынғаны әлі тіркелген жоқ.</translation>
    </message>
    <message>
        <source>Received by the evaluated body: the term for an objection runs (5 working days, §57).</source>
        <translation>Бағаланатын орган алды: қарсылық беру мерзімі жүріп жатыр (5 жұмыс күні, §57).</translation>
    </message>
    <message>
        <source>An objection or complaint awaits its decision (§60, §62).</source>
        <translation>Қарсылық немесе шағым бойынша шешім күтілуде (§60, §62).</translation>
    </message>
    <message>
        <source>The appeal term has passed or the appeal was decided: the conclusion is final.</source>
        <translation>Шағымдану мерзімі өтті немесе шағымдану бойынша шешім қабылданды: қорытынды түпкілікті.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Commission (§51)</source>
        <translation>Комиссия (§51)</translation>
    </message>
    <message>
        <source>Reorganized predecessor (§54–55)</source>
        <translation>Қайта ұйымдастырылған орган (§54–55)</translation>
    </message>
    <message>
        <source>Objection (§57)</source>
        <translation>Қарсылық (§57)</translation>
    </message>
    <message>
        <source>Complaint (§62)</source>
        <translation>Шағым (§62)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Passed to the Commission&apos;s working body (§48)</source>
        <translation>Комиссияның жұмыс органына енгізілді (§48)</translation>
    </message>
    <message>
        <source>Presented to the President (§50)</source>
        <translation>Президентке енгізілді (§50)</translation>
    </message>
    <message>
        <source>Sent to the body&apos;s head (§51)</source>
        <translation>Орган басшысына жіберілді (§51)</translation>
    </message>
    <message>
        <source>§48 Working body</source>
        <translation>§48 Жұмыс органы</translation>
    </message>
    <message>
        <source>§50 President</source>
        <translation>§50 Президент</translation>
    </message>
    <message>
        <source>§51 Head</source>
        <translation>§51 Басшы</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the reasons for the decision in at least one language (§60).</source>
        <translation>Шешімнің негіздемесін кемінде бір тілде жазыңыз (§60).</translation>
    </message>
    <message>
        <source>Give the reason for the new version: a version after the first says why it was made.</source>
        <translation>Жаңа нұсқаның себебін жазыңыз: біріншіден кейінгі әр нұсқада оның не үшін жасалғаны көрсетіледі.</translation>
    </message>
    <message>
        <source>Every member of the special commission needs a name.</source>
        <translation>Арнайы комиссияның әр мүшесінің аты-жөні көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Write the recommendation in at least one language.</source>
        <translation>Ұсынымды кемінде бір тілде жазыңыз.</translation>
    </message>
    <message>
        <source>Filed on %1; the last day to file was %2.</source>
        <translation>Берілген күні: %1; берудің соңғы күні: %2.</translation>
    </message>
    <message>
        <source>Took part in the evaluation: %1.</source>
        <translation>Бағалауға қатысқандар: %1.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The document could not be made: %1</source>
        <translation>Құжатты жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Басып шығару — %1</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Құжатты басып шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>Export PDF — %1</source>
        <translation>PDF экспорттау — %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>PDF файлын жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 басып шығару</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Show %1 page by page before printing</source>
        <translation>Басып шығару алдында %1 бет-бетімен көрсету</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Save %1 as a PDF document</source>
        <translation>%1 PDF құжаты ретінде сақтау</translation>
    </message>
    <message>
        <source>that is the open database itself</source>
        <translation>бұл — ашық тұрған дерекқордың өзі</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>Decree No. 954, %1</source>
        <translation>№ 954 Жарлық, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Дерекқор операцияны орындай алмады.</translation>
    </message>
    <message>
        <source>The file cannot be opened or created.</source>
        <translation>Файлды ашу немесе құру мүмкін емес.</translation>
    </message>
    <message>
        <source>This file is not a Bagalau database, or it is damaged. It was not changed.</source>
        <translation>Бұл файл Bagalau дерекқоры емес немесе зақымдалған. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Bagalau. Update the application to open it; the file was not changed.</source>
        <translation>Бұл дерекқор Bagalau бағдарламасының жаңарақ нұсқасымен жазылған. Оны ашу үшін бағдарламаны жаңартыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Another copy of Bagalau is working with this database. Close it first, or open the file read-only.</source>
        <translation>Осы дерекқормен Bagalau бағдарламасының басқа данасы жұмыс істеп тұр. Алдымен оны жабыңыз немесе файлды тек оқу үшін ашыңыз.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>Дерекқор тек оқу үшін ашылған, сондықтан ештеңені өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>This database was made by an older version and must be upgraded, which is not possible while it is open read-only.</source>
        <translation>Бұл дерекқор ескі нұсқамен жасалған және оны жаңарту қажет, ал ол тек оқу үшін ашық тұрғанда бұл мүмкін емес.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version. Nothing was changed.</source>
        <translation>Дерекқорды осы нұсқаға жаңарту мүмкін болмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The backup copy could not be written.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The reference data could not be read. Nothing was loaded.</source>
        <translation>Анықтамалық деректерді оқу мүмкін болмады. Ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <source>A code has 2 to 16 characters: capital Latin letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>Код 2-ден 16-ға дейін таңбадан тұрады: бас латын әріптері, цифрлар, &apos;-&apos; немесе &apos;_&apos;, және әріптен басталады.</translation>
    </message>
    <message>
        <source>Another body already has this code.</source>
        <translation>Бұл код басқа органға берілген.</translation>
    </message>
    <message>
        <source>Enter the short and the full name in Kazakh, Russian and English.</source>
        <translation>Қысқаша және толық атауын қазақ, орыс және ағылшын тілдерінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Дұрыс күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The end of the period is before its beginning.</source>
        <translation>Кезеңнің соңы оның басынан ерте.</translation>
    </message>
    <message>
        <source>An evaluated body must be evaluated on at least one block or on results.</source>
        <translation>Бағаланатын мемлекеттік орган кемінде бір блок бойынша немесе нәтижелілікті бағалау бойынша бағалануы тиіс.</translation>
    </message>
    <message>
        <source>A name must take effect while the body exists.</source>
        <translation>Атау орган жұмыс істейтін кезеңде күшіне енуі тиіс.</translation>
    </message>
    <message>
        <source>The body already has a name that takes effect on this day.</source>
        <translation>Органның осы күні күшіне енетін атауы бұрыннан бар.</translation>
    </message>
    <message>
        <source>The first name of a body cannot be removed.</source>
        <translation>Органның алғашқы атауын жою мүмкін емес.</translation>
    </message>
    <message>
        <source>The body is referred to by roles, reorganizations or lists; retire it instead.</source>
        <translation>Органға рөлдер, қайта ұйымдастырулар немесе тізбелер сілтеме жасайды; оны жоюдың орнына қызметін тоқтатыңыз.</translation>
    </message>
    <message>
        <source>Choose at least one body that is reorganized.</source>
        <translation>Қайта ұйымдастырылатын кемінде бір органды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one successor (only a liquidation has none).</source>
        <translation>Кемінде бір құқықтық мирасқорды таңдаңыз (олар тек таратуда болмайды).</translation>
    </message>
    <message>
        <source>A renaming has exactly one body before and one after.</source>
        <translation>Атауын өзгерту кезінде өзгеріске дейін де, кейін де дәл бір орган болады.</translation>
    </message>
    <message>
        <source>A body cannot be its own successor, except in a renaming.</source>
        <translation>Атауын өзгертуді қоспағанда, орган өзінің құқықтық мирасқоры бола алмайды.</translation>
    </message>
    <message>
        <source>A chosen body does not exist on this date.</source>
        <translation>Таңдалған органдардың бірі осы күні болған жоқ.</translation>
    </message>
    <message>
        <source>The year is outside the supported range.</source>
        <translation>Жыл қолдау көрсетілетін ауқымнан тыс.</translation>
    </message>
    <message>
        <source>This body only evaluates others; mark it as an evaluated body first.</source>
        <translation>Бұл орган тек басқаларды бағалайды; алдымен оны бағаланатын орган деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The calendar already has a day off or a transfer on this date.</source>
        <translation>Күнтізбеде осы күнге демалыс күні немесе демалыс күнін ауыстыру бұрыннан енгізілген.</translation>
    </message>
    <message>
        <source>The day to give off is not a working day.</source>
        <translation>Демалыс күні етілетін күн жұмыс күні емес.</translation>
    </message>
    <message>
        <source>The day to work on is already a working day: choose a weekend day or a day off.</source>
        <translation>Жұмыс істелетін күн онсыз да жұмыс күні: сенбіні, жексенбіні немесе демалыс күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>A term is a number of days from 0 to 365.</source>
        <translation>Мерзім 0-ден 365-ке дейінгі күн санымен белгіленеді.</translation>
    </message>
    <message>
        <source>The CSV file has a row that cannot be read; nothing was imported.</source>
        <translation>CSV файлында оқуға болмайтын жол бар; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The schedule&apos;s deadlines must follow the order of §10, each after the one before.</source>
        <translation>Кестедегі мерзімдер §10-да көрсетілген ретпен, әрқайсысы алдыңғысынан кейін келуі тиіс.</translation>
    </message>
    <message>
        <source>A date is outside the evaluation: deadlines fall in the year after the evaluated one, the approval in the evaluated year or the next.</source>
        <translation>Күн бағалау кезеңінен тыс: мерзімдер бағаланатын жылдан кейінгі жылға, ал бекіту күні бағаланатын жылға немесе келесі жылға келуі тиіс.</translation>
    </message>
    <message>
        <source>A body cannot be a part of itself, directly or through another body.</source>
        <translation>Орган тікелей де, басқа орган арқылы да өзінің құрамына кіре алмайды.</translation>
    </message>
    <message>
        <source>Another body plays this role during part of that period; end its period first.</source>
        <translation>Бұл кезеңнің бір бөлігінде осы рөлді басқа орган атқарады; алдымен оның кезеңін аяқтаңыз.</translation>
    </message>
    <message>
        <source>There are three blocks: 1, 2 and 3.</source>
        <translation>Блоктар үшеу: 1, 2 және 3.</translation>
    </message>
    <message>
        <source>A weight is a number from 0 to 100.</source>
        <translation>Салмақ — 0-ден 100-ге дейінгі сан.</translation>
    </message>
    <message>
        <source>The source type is one of the nine kinds of §7; type 7 (independent experts, public councils) is not allowed in the goals block.</source>
        <translation>Ақпарат көзінің түрі — §7 бойынша тоғыз түрдің бірі; 7-түр (тәуелсіз сарапшылар, қоғамдық кеңестер) «Мақсаттарға қол жеткізу» блогында қолданылмайды.</translation>
    </message>
    <message>
        <source>The formula cannot be read. It may use fact, plan, numbers, + - * / ^, parentheses and functions such as min, max, abs.</source>
        <translation>Формуланы оқу мүмкін емес. Онда fact, plan, сандар, + - * / ^, жақшалар және min, max, abs сияқты функциялар қолданылуы мүмкін.</translation>
    </message>
    <message>
        <source>The scoring settings are not valid: a scale needs at least one step, and the cap is at least 1.</source>
        <translation>Бағалау параметрлері дұрыс емес: шкалада кемінде бір саты болуы тиіс, ал шегі 1-ден кем болмауы тиіс.</translation>
    </message>
    <message>
        <source>A plan or a fact must be a number.</source>
        <translation>Жоспар мен нақты мән сан болуы тиіс.</translation>
    </message>
    <message>
        <source>This methodology is approved and in use, so it is frozen. Make a new version to change it.</source>
        <translation>Бұл әдістеме бекітілген және қолданылуда, сондықтан оны өзгертуге болмайды. Өзгерту үшін оның жаңа нұсқасын жасаңыз.</translation>
    </message>
    <message>
        <source>The methodology cannot be approved while the §20 checks list errors.</source>
        <translation>§20 бойынша тексерулер қателерді көрсетіп тұрғанда әдістемені бекіту мүмкін емес.</translation>
    </message>
    <message>
        <source>That year already has a methodology for this block.</source>
        <translation>Осы жылға осы блок бойынша әдістеме бұрыннан бар.</translation>
    </message>
    <message>
        <source>Rating bands need distinct codes and starting scores from 0 to 100.</source>
        <translation>Рейтингтік топтардың кодтары әртүрлі, ал бастапқы балдары 0-ден 100-ге дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>This report has been submitted and is locked. It can be changed only after it is returned for revision.</source>
        <translation>Бұл есеп ұсынылған және бұғатталған. Оны тек пысықтауға қайтарылғаннан кейін өзгертуге болады.</translation>
    </message>
    <message>
        <source>This report still has errors. Correct them before submitting.</source>
        <translation>Бұл есепте әлі де қателер бар. Ұсынар алдында оларды түзетіңіз.</translation>
    </message>
    <message>
        <source>This step is not possible in the report&apos;s current state.</source>
        <translation>Есептің қазіргі күйінде бұл әрекетті орындау мүмкін емес.</translation>
    </message>
    <message>
        <source>The file is too large to attach as evidence (the limit is 20 MB).</source>
        <translation>Файл растайтын құжат ретінде тіркеу үшін тым үлкен (шегі — 20 МБ).</translation>
    </message>
    <message>
        <source>The stored evidence file does not match its recorded hash: it is damaged.</source>
        <translation>Сақталған растайтын файл тіркелген хешке сәйкес келмейді: файл зақымдалған.</translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation>Файлды оқу немесе жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file is not a Bagalau package.</source>
        <translation>Бұл файл Bagalau пакеті емес.</translation>
    </message>
    <message>
        <source>The package is incomplete: the file was cut off while it was copied or sent.</source>
        <translation>Пакет толық емес: файл көшіру немесе жіберу кезінде үзіліп қалған.</translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be read.</source>
        <translation>Пакет зақымдалған: оның мазмұнын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The package was changed after it was signed: its signature does not match its contents.</source>
        <translation>Пакетке қол қойылғаннан кейін ол өзгертілген: қолтаңба оның мазмұнына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Bagalau. Update Bagalau to read it.</source>
        <translation>Пакет Bagalau бағдарламасының жаңарақ нұсқасымен жасалған. Оны оқу үшін Bagalau бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>This is a different kind of package from the one expected here.</source>
        <translation>Бұл жерде басқа түрдегі пакет күтілген.</translation>
    </message>
    <message>
        <source>The package is not signed by the body it claims to come from.</source>
        <translation>Пакетке ол атынан жіберілген орган қол қоймаған.</translation>
    </message>
    <message>
        <source>The package is signed with a key that has expired or was replaced when a newer template was issued.</source>
        <translation>Пакетке мерзімі өткен немесе жаңа шаблон берілген кезде ауыстырылған кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>No template was issued to this body for this year, so its packages cannot be accepted.</source>
        <translation>Бұл органға осы жылға шаблон берілмеген, сондықтан оның пакеттерін қабылдау мүмкін емес.</translation>
    </message>
    <message>
        <source>The package&apos;s year or blocks do not match the template issued to the body.</source>
        <translation>Пакеттің жылы немесе блоктары органға берілген шаблонға сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A newer package from this body has already been imported; an older one cannot replace it.</source>
        <translation>Осы органның жаңарақ пакеті бұрын импортталған; ескі пакет оны ауыстыра алмайды.</translation>
    </message>
    <message>
        <source>A different package with the same number from this body has already been imported.</source>
        <translation>Осы органның нөмірі дәл осындай басқа пакеті бұрын импортталған.</translation>
    </message>
    <message>
        <source>This works only on an evaluated body&apos;s workstation.</source>
        <translation>Бұл тек бағаланатын мемлекеттік органның жұмыс орнында қолжетімді.</translation>
    </message>
    <message>
        <source>This is not available on an evaluated body&apos;s workstation.</source>
        <translation>Бұл бағаланатын мемлекеттік органның жұмыс орнында қолжетімді емес.</translation>
    </message>
    <message>
        <source>A workstation can be made only in a new, empty database.</source>
        <translation>Жұмыс орнын тек жаңа, бос дерекқорда жасауға болады.</translation>
    </message>
    <message>
        <source>No report has been submitted yet, so there is nothing to export.</source>
        <translation>Әлі бірде-бір есеп ұсынылған жоқ, сондықтан экспорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>A re-verification criterion has a value out of range.</source>
        <translation>Қайта тексеру критерийлерінің бірінің мәні рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <source>The signature library failed; nothing was signed or verified.</source>
        <translation>Қолтаңба кітапханасында ақау болды; ештеңеге қол қойылған жоқ және ештеңе тексерілген жоқ.</translation>
    </message>
    <message>
        <source>This body already has a conclusion for that block and year.</source>
        <translation>Бұл органның осы блок пен жыл бойынша қорытындысы бұрыннан бар.</translation>
    </message>
    <message>
        <source>This body is not evaluated on that block in that year.</source>
        <translation>Бұл орган осы жылы осы блок бойынша бағаланбайды.</translation>
    </message>
    <message>
        <source>This body was reorganized in the first half of the evaluated year: it is evaluated within its legal successor (§53).</source>
        <translation>Бұл орган бағаланатын жылдың бірінші жартыжылдығында қайта ұйымдастырылған: ол құқықтық мирасқор-мемлекеттік органды бағалау шеңберінде бағаланады (§53).</translation>
    </message>
    <message>
        <source>The conclusion has not been issued yet.</source>
        <translation>Қорытынды әлі шығарылған жоқ.</translation>
    </message>
    <message>
        <source>The evaluated body has not received the conclusion yet, so no appeal term runs.</source>
        <translation>Бағаланатын орган қорытындыны әлі алған жоқ, сондықтан шағымдану мерзімі басталмаған.</translation>
    </message>
    <message>
        <source>A conclusion cannot be received before it was sent, or sent before it was issued.</source>
        <translation>Қорытындыны жіберілгенге дейін алу немесе шығарылғанға дейін жіберу мүмкін емес.</translation>
    </message>
    <message>
        <source>The objection was filed after the last day of the term (§57, §62) and is not considered.</source>
        <translation>Қарсылық мерзімнің соңғы күнінен кейін берілген (§57, §62), сондықтан қаралмайды.</translation>
    </message>
    <message>
        <source>The objection is dated before the conclusion was received.</source>
        <translation>Қарсылықтың күні қорытынды алынған күннен бұрын.</translation>
    </message>
    <message>
        <source>An objection without supporting documents is not considered (§58).</source>
        <translation>Растайтын құжаттары жоқ қарсылық қаралмайды (§58).</translation>
    </message>
    <message>
        <source>An objection must name at least one indicator with the body&apos;s argument.</source>
        <translation>Қарсылықта органның дәлелімен бірге кемінде бір көрсеткіш көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>This conclusion already has an objection; add to it instead.</source>
        <translation>Бұл қорытындыға қарсылық бұрыннан бар; соны толықтырыңыз.</translation>
    </message>
    <message>
        <source>The appeal has been decided; the decision is final (§60).</source>
        <translation>Шағымдану бойынша шешім қабылданған; шешім қайта қаралуға жатпайды (§60).</translation>
    </message>
    <message>
        <source>The authorized body has no special commission for this year (§59).</source>
        <translation>Бағалауға уәкілетті органның осы жылға арнайы комиссиясы жоқ (§59).</translation>
    </message>
    <message>
        <source>Staff who took part in the evaluation cannot sit on the special commission (§59).</source>
        <translation>Бағалауға қатысқан қызметкерлер арнайы комиссияның құрамына кіре алмайды (§59).</translation>
    </message>
    <message>
        <source>A special commission includes a representative of the Commission&apos;s working body (§59).</source>
        <translation>Арнайы комиссияның құрамына Комиссияның жұмыс органының өкілі кіреді (§59).</translation>
    </message>
    <message>
        <source>The Presidential Administration does not form a special commission (§59).</source>
        <translation>Президент Әкімшілігі арнайы комиссия құрмайды (§59).</translation>
    </message>
    <message>
        <source>The indicator is not one of this conclusion&apos;s indicators.</source>
        <translation>Бұл көрсеткіш осы қорытындының көрсеткіштеріне жатпайды.</translation>
    </message>
    <message>
        <source>The folder holds other files than an earlier export; choose an empty folder.</source>
        <translation>Қалтада бұрынғы экспорттан басқа файлдар бар; бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Not every block&apos;s conclusion has passed the appeal procedure (§48).</source>
        <translation>Барлық блоктар бойынша қорытындылар шағымдану рәсімінен өтпеген (§48).</translation>
    </message>
    <message>
        <source>The block has no approved methodology for that year, so no conclusion can be issued (§19).</source>
        <translation>Бұл жылға блоктың бекітілген әдістемесі жоқ, сондықтан қорытынды шығару мүмкін емес (§19).</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The database already holds data; generate into a new file.</source>
        <translation>Дерекқорда деректер бұрыннан бар; деректерді жаңа файлға жасаңыз.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central state body</source>
        <translation>Орталық мемлекеттік орган</translation>
    </message>
    <message>
        <source>Oblast akimat</source>
        <translation>Облыс әкімдігі</translation>
    </message>
    <message>
        <source>City of republican significance</source>
        <translation>Республикалық маңызы бар қала</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Елорда</translation>
    </message>
    <message>
        <source>Presidential Administration</source>
        <translation>Президент Әкімшілігі</translation>
    </message>
    <message>
        <source>Office of the Prime Minister</source>
        <translation>Премьер-Министрдің Кеңсесі</translation>
    </message>
    <message>
        <source>State planning body</source>
        <translation>Мемлекеттік жоспарлау жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>Civil service affairs body</source>
        <translation>Мемлекеттік қызмет істері жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>Budget execution body</source>
        <translation>Бюджетті атқару жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>Legal statistics and special accounts body</source>
        <translation>Мемлекеттік құқықтық статистика және арнайы есепке алу жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>Informatization body</source>
        <translation>Ақпараттандыру саласындағы уәкілетті орган</translation>
    </message>
    <message>
        <source>Information body</source>
        <translation>Ақпарат саласындағы уәкілетті орган</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>Separation of a part</source>
        <translation>Бөліп шығару</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Атауын өзгерту</translation>
    </message>
    <message>
        <source>Transfer of functions</source>
        <translation>Функцияларды беру</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Тарату</translation>
    </message>
    <message>
        <source>Name change only: evaluated as the same body</source>
        <translation>Тек атауы өзгерген: сол орган ретінде бағаланады</translation>
    </message>
    <message>
        <source>Reorganized before the evaluated year: its successors are evaluated</source>
        <translation>Бағаланатын жылға дейін қайта ұйымдастырылған: оның құқықтық мирасқорлары бағаланады</translation>
    </message>
    <message>
        <source>§53: first half of the evaluated year — evaluated within its legal successor and counted in the successor&apos;s final score</source>
        <translation>§53: бағаланатын жылдың бірінші жартыжылдығы — құқықтық мирасқор-мемлекеттік органды бағалау шеңберінде бағаланады және құқықтық мирасқордың қорытынды балын есептеу кезінде ескеріледі</translation>
    </message>
    <message>
        <source>§54: second half of the evaluated year — its activity is analysed and the results are used in the successor&apos;s evaluation as recommendations</source>
        <translation>§54: бағаланатын жылдың екінші жартыжылдығы — оның қызметіне талдау жүргізіледі, нәтижелері құқықтық мирасқорды бағалау шеңберінде ескеріледі және ұсынымдар ретінде пайдаланылады</translation>
    </message>
    <message>
        <source>§55: the following year, before the reporting deadline — the results go to the successor as recommendations (assumed: the schedule&apos;s deadline is not set)</source>
        <translation>§55: бағаланатын кезеңнен кейінгі жыл, есептік деректерді ұсыну мерзіміне дейін — нәтижелер құқықтық мирасқорға ұсынымдар ретінде жіберіледі (болжам: кестеде мерзім белгіленбеген)</translation>
    </message>
    <message>
        <source>§55: the following year, before the reporting deadline — the results go to the successor as recommendations</source>
        <translation>§55: бағаланатын кезеңнен кейінгі жыл, есептік деректерді ұсыну мерзіміне дейін — нәтижелер құқықтық мирасқорға ұсынымдар ретінде жіберіледі</translation>
    </message>
    <message>
        <source>Reorganized after the reporting deadline: evaluated as itself for this year</source>
        <translation>Есептік деректерді ұсыну мерзімінен кейін қайта ұйымдастырылған: осы жыл үшін өзі бағаланады</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>Қайта ұйымдастыру</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>List of evaluated bodies</source>
        <translation>Бағаланатын органдар тізбесі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Evaluated body</source>
        <translation>Бағаланатын мемлекеттік орган</translation>
    </message>
    <message>
        <source>Subordinate to the President</source>
        <translation>Президентке бағынысты</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамына кіреді</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Block 1</source>
        <translation>1-блок</translation>
    </message>
    <message>
        <source>Block 2</source>
        <translation>2-блок</translation>
    </message>
    <message>
        <source>Block 3</source>
        <translation>3-блок</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Нәтижелілікті бағалау</translation>
    </message>
    <message>
        <source>Scope note (kk)</source>
        <translation>Бағалау аясы туралы ескертпе (қаз.)</translation>
    </message>
    <message>
        <source>Scope note (ru)</source>
        <translation>Бағалау аясы туралы ескертпе (орыс.)</translation>
    </message>
    <message>
        <source>Scope note (en)</source>
        <translation>Бағалау аясы туралы ескертпе (ағыл.)</translation>
    </message>
    <message>
        <source>Short name (kk)</source>
        <translation>Қысқаша атауы (қаз.)</translation>
    </message>
    <message>
        <source>Short name (ru)</source>
        <translation>Қысқаша атауы (орыс.)</translation>
    </message>
    <message>
        <source>Short name (en)</source>
        <translation>Қысқаша атауы (ағыл.)</translation>
    </message>
    <message>
        <source>Full name (kk)</source>
        <translation>Толық атауы (қаз.)</translation>
    </message>
    <message>
        <source>Full name (ru)</source>
        <translation>Толық атауы (орыс.)</translation>
    </message>
    <message>
        <source>Full name (en)</source>
        <translation>Толық атауы (ағыл.)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Шамамен алынған күн</translation>
    </message>
    <message>
        <source>Note (kk)</source>
        <translation>Ескертпе (қаз.)</translation>
    </message>
    <message>
        <source>Note (ru)</source>
        <translation>Ескертпе (орыс.)</translation>
    </message>
    <message>
        <source>Note (en)</source>
        <translation>Ескертпе (ағыл.)</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Бұрынғы орган</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Құқықтық мирасқор</translation>
    </message>
    <message>
        <source>results</source>
        <translation>нәтижелілік</translation>
    </message>
    <message>
        <source>%1 + results</source>
        <translation>%1 + нәтижелілік</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Continues after the reorganization: evaluated itself; §53–55 concern bodies that cease</source>
        <translation>Қайта ұйымдастырудан кейін қызметін жалғастырады: өзі бағаланады; §53–55 қызметі тоқтатылған органдарға қатысты</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Day off moved from a holiday on a weekend</source>
        <translation>Демалыс күніне сәйкес келген мереке үшін берілген демалыс күні</translation>
    </message>
    <message>
        <source>Religious day off</source>
        <translation>Демалыс күні (діни мереке)</translation>
    </message>
    <message>
        <source>Day off by transfer</source>
        <translation>Ауыстыру бойынша демалыс күні</translation>
    </message>
    <message>
        <source>Working day by transfer</source>
        <translation>Ауыстыру бойынша жұмыс күні</translation>
    </message>
    <message>
        <source>Evaluated bodies submit reporting information (§41)</source>
        <translation>Бағаланатын органдардың есептік ақпарат ұсынуы (§41)</translation>
    </message>
    <message>
        <source>Conclusions sent to the evaluated bodies (§46)</source>
        <translation>Қорытындыларды бағаланатын органдарға ұсыну (§46)</translation>
    </message>
    <message>
        <source>Conclusions after the appeals sent to the state planning body</source>
        <translation>Шағымданудан кейінгі қорытындыларды мемлекеттік жоспарлау жөніндегі уәкілетті органға ұсыну</translation>
    </message>
    <message>
        <source>All blocks sent to the Commission&apos;s working body (§48)</source>
        <translation>Барлық блоктар бойынша қорытындыларды Комиссияның жұмыс органына енгізу (§48)</translation>
    </message>
    <message>
        <source>Results presented to the President (§50)</source>
        <translation>Нәтижелерді Президентке енгізу (§50)</translation>
    </message>
    <message>
        <source>The schedule is approved on %1, later than 15 December (§11).</source>
        <translation>Кесте %1 бекітілген, бұл 15 желтоқсаннан кеш (§11).</translation>
    </message>
    <message>
        <source>The schedule has no approval date yet (§11).</source>
        <translation>Кестенің бекітілген күні әлі көрсетілмеген (§11).</translation>
    </message>
    <message>
        <source>%1 is not a working day (%2); the date stays as it is.</source>
        <translation>%1 — жұмыс күні емес (%2); күні өзгертілмейді.</translation>
    </message>
    <message>
        <source>The results evaluation on %1 is later than 1 September (§70).</source>
        <translation>Нәтижелілікті бағалау күні (%1) 1 қыркүйектен кеш (§70).</translation>
    </message>
    <message>
        <source>Block 1: achievement of goals</source>
        <translation>1-блок: мақсаттарға қол жеткізу</translation>
    </message>
    <message>
        <source>Block 2: interaction with individuals and legal entities</source>
        <translation>2-блок: мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы</translation>
    </message>
    <message>
        <source>Block 3: organizational development</source>
        <translation>3-блок: мемлекеттік органның ұйымдастырушылық дамуы</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1-блок</translation>
    </message>
    <message>
        <source>Achievement of goals</source>
        <translation>Мақсаттарға қол жеткізу</translation>
    </message>
    <message>
        <source>Quality of public services</source>
        <translation>Мемлекеттік қызметтер көрсету сапасы</translation>
    </message>
    <message>
        <source>Public services in electronic form</source>
        <translation>Электрондық мемлекеттік қызметтер</translation>
    </message>
    <message>
        <source>Complaints and applications</source>
        <translation>Шағымдар мен өтініштерді қарау</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ашықтық дәрежесі</translation>
    </message>
    <message>
        <source>Personnel management</source>
        <translation>Персоналды басқару</translation>
    </message>
    <message>
        <source>Information technology</source>
        <translation>Ақпараттық технологиялар</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Жоғары болғаны жақсы</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Төмен болғаны жақсы</translation>
    </message>
    <message>
        <source>Ratio of fact to plan</source>
        <translation>Факт пен жоспар қатынасы</translation>
    </message>
    <message>
        <source>Inverse ratio (plan to fact)</source>
        <translation>Кері қатынас (жоспар/факт)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Иә немесе жоқ</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation>Сараптамалық баға</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Score = 100 × fact ÷ plan, counted at most up to the cap.</source>
        <translation>Балл = 100 × нақты мән ÷ жоспар; шектен аспайтын мөлшерде ескеріледі.</translation>
    </message>
    <message>
        <source>Score = 100 × plan ÷ fact, counted at most up to the cap; a fact of 0 is the best.</source>
        <translation>Балл = 100 × жоспар ÷ нақты мән; шектен аспайтын мөлшерде ескеріледі; нақты мәннің 0-ге тең болуы — ең жақсы нәтиже.</translation>
    </message>
    <message>
        <source>A fact of 1 (yes) scores 100, a fact of 0 (no) scores 0.</source>
        <translation>Нақты мән 1 (иә) болса — 100 балл, 0 (жоқ) болса — 0 балл.</translation>
    </message>
    <message>
        <source>The points of the first step whose threshold the fact reaches.</source>
        <translation>Нақты мән шегіне жеткен бірінші сатының балы.</translation>
    </message>
    <message>
        <source>Score = 100 × the expert&apos;s score ÷ the maximum (the plan).</source>
        <translation>Балл = 100 × сараптамалық баға ÷ ең жоғары мән (жоспар).</translation>
    </message>
    <message>
        <source>A formula of fact and plan gives the achievement (1 = plan met); score = 100 × achievement.</source>
        <translation>Нақты мән мен жоспардан құрылған формула қол жеткізу деңгейін береді (1 — жоспар орындалды); балл = 100 × қол жеткізу деңгейі.</translation>
    </message>
    <message>
        <source>1. The body&apos;s report on its work</source>
        <translation>1. Мемлекеттік органның жүргізген жұмысы туралы есебі</translation>
    </message>
    <message>
        <source>2. Inspections by the Presidential Administration and the authorized bodies</source>
        <translation>2. Президент Әкімшілігінің және бағалауға уәкілетті органдардың тексерулері</translation>
    </message>
    <message>
        <source>3. Control by the Presidential Administration of the President&apos;s acts and orders</source>
        <translation>3. Президент Әкімшілігінің Президент актілері мен тапсырмаларының орындалуын бақылауы</translation>
    </message>
    <message>
        <source>4. Control by the Prime Minister&apos;s Office of the Government&apos;s acts and orders</source>
        <translation>4. Премьер-Министр Кеңсесінің Үкімет актілері мен тапсырмаларының орындалуын бақылауы</translation>
    </message>
    <message>
        <source>5. Control acts of state bodies</source>
        <translation>5. Мемлекеттік органдардың бақылау актілері</translation>
    </message>
    <message>
        <source>6. Official statistics</source>
        <translation>6. Ресми статистикалық деректер</translation>
    </message>
    <message>
        <source>7. Independent experts and public councils</source>
        <translation>7. Тәуелсіз сарапшылардың қорытындылары және қоғамдық кеңестердің ұсынымдары</translation>
    </message>
    <message>
        <source>8. Sociological research, international reviews and ratings</source>
        <translation>8. Әлеуметтанушылық зерттеулер, халықаралық ұйымдардың шолулары және рейтингтер</translation>
    </message>
    <message>
        <source>9. Other official sources</source>
        <translation>9. Ресми көздерден алынатын өзге де ақпарат</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Re-weight the other indicators</source>
        <translation>Салмағын қалған көрсеткіштерге қайта бөлу</translation>
    </message>
    <message>
        <source>Count as zero</source>
        <translation>Нөлге тең деп есептеу</translation>
    </message>
    <message>
        <source>Fully achieved</source>
        <translation>Толық қол жеткізілді</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>Ішінара қол жеткізілді</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Қол жеткізілмеді</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Есепке алынбайды</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>жоспар жоқ</translation>
    </message>
    <message>
        <source>the plan is zero</source>
        <translation>жоспар нөлге тең</translation>
    </message>
    <message>
        <source>the value cannot be scored</source>
        <translation>мәнді бағалау мүмкін емес</translation>
    </message>
    <message>
        <source>the formula cannot be read</source>
        <translation>формуланы оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>%1 көрсеткіші</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>%1 критерийі</translation>
    </message>
    <message>
        <source>The methodology</source>
        <translation>Әдістеме</translation>
    </message>
    <message>
        <source>The methodology has no criteria (§20.6).</source>
        <translation>Әдістемеде критерийлер жоқ (§20.6).</translation>
    </message>
    <message>
        <source>%1 has no indicators (§20.6).</source>
        <translation>%1: көрсеткіштер жоқ (§20.6).</translation>
    </message>
    <message>
        <source>The criteria&apos;s weights add up to %1, not 100.</source>
        <translation>Критерийлер салмақтарының қосындысы 100 емес, %1.</translation>
    </message>
    <message>
        <source>The indicator weights of %1 add up to %2, not 100.</source>
        <translation>%1 критерийі көрсеткіштері салмақтарының қосындысы 100 емес, %2.</translation>
    </message>
    <message>
        <source>%1 has no §7 source type (§20.1).</source>
        <translation>%1: §7 бойынша ақпарат көзінің түрі көрсетілмеген (§20.1).</translation>
    </message>
    <message>
        <source>%1: source type 7 is not allowed in the goals block (§7).</source>
        <translation>%1: 7-түрдегі ақпарат көзі «Мақсаттарға қол жеткізу» блогында қолданылмайды (§7).</translation>
    </message>
    <message>
        <source>%1 has no verification method in %2 (§20.2).</source>
        <translation>%1: тексеру тәсілі көрсетілмеген (%2, §20.2).</translation>
    </message>
    <message>
        <source>%1 has no definition in %2 (§20.3).</source>
        <translation>%1: айқындамасы көрсетілмеген (%2, §20.3).</translation>
    </message>
    <message>
        <source>%1 has no name in %2.</source>
        <translation>%1: атауы көрсетілмеген (%2).</translation>
    </message>
    <message>
        <source>%1 has the same name in %2 as another indicator (§20.3).</source>
        <translation>%1: атауы басқа көрсеткіштің атауымен бірдей (%2, §20.3).</translation>
    </message>
    <message>
        <source>%1: the code is used twice.</source>
        <translation>%1: код екі рет қолданылған.</translation>
    </message>
    <message>
        <source>%1: the scoring does not match the direction (a ratio is for &quot;higher is better&quot;, an inverse ratio for &quot;lower is better&quot;).</source>
        <translation>%1: бағалау тәсілі бағытқа сәйкес келмейді (қатынас «жоғары болғаны жақсы» бағыты үшін, кері қатынас «төмен болғаны жақсы» бағыты үшін қолданылады).</translation>
    </message>
    <message>
        <source>%1: the scale has no steps.</source>
        <translation>%1: шкалада сатылар жоқ.</translation>
    </message>
    <message>
        <source>%1: the formula cannot be read (%2).</source>
        <translation>%1: формуланы оқу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1: the cap is below 1.</source>
        <translation>%1: шегі 1-ден кем.</translation>
    </message>
    <message>
        <source>%1 has no default plan: every body must then give its own.</source>
        <translation>%1: ортақ жоспар белгіленбеген — әр орган өз жоспарын көрсетуі тиіс.</translation>
    </message>
    <message>
        <source>%1 changed its %2 since last year: the results are not comparable (§20.5).</source>
        <translation>%1: өткен жылдан бері «%2» параметрі өзгерген — нәтижелер салыстырмалы емес (§20.5).</translation>
    </message>
    <message>
        <source>%1 of last year&apos;s methodology is gone (§20.5).</source>
        <translation>Өткен жылғы әдістемедегі %1 алып тасталған (§20.5).</translation>
    </message>
    <message>
        <source>Record who approved the methodology and when it was agreed with the state planning body and the Commission&apos;s working body (§19).</source>
        <translation>Әдістемені кім бекіткенін және оның мемлекеттік жоспарлау жөніндегі уәкілетті органмен және Комиссияның жұмыс органымен қашан келісілгенін көрсетіңіз (§19).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>өлшем бірлігі</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>бағыт</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>бағалау тәсілі</translation>
    </message>
</context>
<context>
    <name>PackageTexts</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>State of the report</source>
        <translation>Есептің күйі</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Растайтын файл: %1</translation>
    </message>
    <message>
        <source>Bagalau packages (*.bagalau);;All files (*)</source>
        <translation>Bagalau пакеттері (*.bagalau);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>PublicExport</name>
    <message>
        <source>Results of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>Мемлекеттік органдардың %1 жылғы қызметінің тиімділігін операциялық бағалау нәтижелері</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Балл: %1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Рейтинг: %1</translation>
    </message>
    <message>
        <source>Rank: %1</source>
        <translation>Орны: %1</translation>
    </message>
    <message>
        <source>Change from last year: %1</source>
        <translation>Өткен жылмен салыстырғанда өзгеріс: %1</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Қорытынды есеп</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Тұжырымдар</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Orders and recommendations of the Commission (§51)</source>
        <translation>Комиссияның тапсырмалары мен ұсынымдары (§51)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Тапсырма:</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>Жарияланған күні: %1.</translation>
    </message>
    <message>
        <source>Confidential information is not published, as paragraph 52 of the decree requires.</source>
        <translation>Жарлықтың 52-тармағының талабына сәйкес құпия ақпарат жарияланбайды.</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Жүктеп алу:</translation>
    </message>
    <message>
        <source>results (CSV)</source>
        <translation>нәтижелер (CSV)</translation>
    </message>
    <message>
        <source>indicators (CSV)</source>
        <translation>көрсеткіштер (CSV)</translation>
    </message>
    <message>
        <source>results and indicators (XLSX)</source>
        <translation>нәтижелер мен көрсеткіштер (XLSX)</translation>
    </message>
    <message>
        <source>Results by body</source>
        <translation>Органдар бойынша нәтижелер</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>not evaluated on this block</source>
        <translation>осы блок бойынша бағаланбайды</translation>
    </message>
    <message>
        <source>Rank 1 is the best score in the block; equal scores share a rank. The change is the difference from the previous year&apos;s score.</source>
        <translation>1-орын — блоктағы ең жоғары балл; балдары тең органдардың орны ортақ. Өзгеріс — өткен жылғы балмен айырмасы.</translation>
    </message>
    <message>
        <source>Prepared with Bagalau from the results of the Commission (§50-52 of the decree).</source>
        <translation>Комиссияның нәтижелері бойынша Bagalau бағдарламасымен дайындалды (Жарлықтың 50-52-тармақтары).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Body code</source>
        <translation>Орган коды</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Block name</source>
        <translation>Блок атауы</translation>
    </message>
    <message>
        <source>Rating code</source>
        <translation>Рейтинг коды</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>RecheckTexts</name>
    <message>
        <source>Large change</source>
        <translation>Елеулі өзгеріс</translation>
    </message>
    <message>
        <source>Exactly on plan</source>
        <translation>Жоспарға дәл тең</translation>
    </message>
    <message>
        <source>Late report</source>
        <translation>Кешіктірілген есеп</translation>
    </message>
    <message>
        <source>Corrected last year</source>
        <translation>Өткен жылы түзетілген</translation>
    </message>
    <message>
        <source>Random sample</source>
        <translation>Кездейсоқ іріктеу</translation>
    </message>
    <message>
        <source>A fact that changed from last year by more than the percentage set here.</source>
        <translation>Өткен жылмен салыстырғанда осы жерде белгіленген пайыздан артық өзгерген нақты мән.</translation>
    </message>
    <message>
        <source>A fact exactly equal to its plan.</source>
        <translation>Жоспарына дәл тең нақты мән.</translation>
    </message>
    <message>
        <source>Every value of a report first submitted after the deadline (§41).</source>
        <translation>Алғаш рет мерзімнен кейін ұсынылған есептің барлық мәндері (§41).</translation>
    </message>
    <message>
        <source>Every value of a body whose values re-verification corrected the year before.</source>
        <translation>Өткен жылы мәндері қайта тексеру нәтижесінде түзетілген органның барлық мәндері.</translation>
    </message>
    <message>
        <source>Every value of a random share of the bodies that reported.</source>
        <translation>Есеп ұсынған органдардың кездейсоқ іріктелген бөлігінің барлық мәндері.</translation>
    </message>
    <message>
        <source>Change from last year&apos;s fact, in percent, above which a value is selected</source>
        <translation>Өткен жылғы нақты мәннен ауытқу, пайызбен: одан асса, мән іріктеледі</translation>
    </message>
    <message>
        <source>Share of the bodies that reported, in percent, drawn at random</source>
        <translation>Есеп ұсынған органдардың кездейсоқ іріктелетін үлесі, пайызбен</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Түзетілді</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Қайта ұсынылды</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Being filled in: every value is saved as it is typed.</source>
        <translation>Толтырылуда: әр мән енгізілген бойда сақталады.</translation>
    </message>
    <message>
        <source>Submitted to the authorized body and locked until it is accepted or returned for revision.</source>
        <translation>Бағалауға уәкілетті органға ұсынылды және қабылданғанға немесе пысықтауға қайтарылғанға дейін бұғатталды.</translation>
    </message>
    <message>
        <source>Returned for revision: correct the values and answer every remark, then submit again.</source>
        <translation>Пысықтауға қайтарылды: мәндерді түзетіп, әр сын-ескертпеге жауап беріңіз, содан кейін қайта ұсыныңыз.</translation>
    </message>
    <message>
        <source>Submitted again after a revision and locked until it is accepted or returned once more.</source>
        <translation>Пысықтаудан кейін қайта ұсынылды және қабылданғанға немесе тағы да қайтарылғанға дейін бұғатталды.</translation>
    </message>
    <message>
        <source>Accepted by the authorized body: it can no longer be changed.</source>
        <translation>Бағалауға уәкілетті орган қабылдады: енді оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>мерзімі әлі өтпеген</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>overdue — 1 day</source>
        <translation>мерзімі өтті — 1 күн</translation>
    </message>
    <message numerus="yes">
        <source>overdue — %n days</source>
        <translation>
            <numerusform>мерзімі өтті — %n күн</numerusform>
            <numerusform>мерзімі өтті — %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>уақтылы</translation>
    </message>
    <message>
        <source>late — 1 day</source>
        <translation>кешіктірілді — 1 күн</translation>
    </message>
    <message numerus="yes">
        <source>late — %n days</source>
        <translation>
            <numerusform>кешіктірілді — %n күн</numerusform>
            <numerusform>кешіктірілді — %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>No fact: enter it, or explain in a comment why there is none.</source>
        <translation>Нақты мән жоқ: оны енгізіңіз немесе оның неге жоқ екенін түсініктемеде көрсетіңіз.</translation>
    </message>
    <message>
        <source>No plan: this indicator is scored against a plan, and the methodology gives none.</source>
        <translation>Жоспар жоқ: бұл көрсеткіш жоспармен салыстырылып бағаланады, ал әдістемеде жоспар берілмеген.</translation>
    </message>
    <message>
        <source>The plan must be greater than zero.</source>
        <translation>Жоспар нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Мән теріс сан болмауы тиіс.</translation>
    </message>
    <message>
        <source>A yes/no indicator takes 1 (yes) or 0 (no).</source>
        <translation>«Иә немесе жоқ» көрсеткішінің мәні: 1 (иә) немесе 0 (жоқ).</translation>
    </message>
    <message>
        <source>The fact is below the smallest value the methodology accepts, %1.</source>
        <translation>Нақты мән әдістемеде рұқсат етілген ең кіші мәннен (%1) кем.</translation>
    </message>
    <message>
        <source>The fact is above the largest value the methodology accepts, %1.</source>
        <translation>Нақты мән әдістемеде рұқсат етілген ең үлкен мәннен (%1) асады.</translation>
    </message>
    <message>
        <source>An expert score cannot be above its maximum, the plan: %1.</source>
        <translation>Сараптамалық баға ең жоғары мәннен, яғни жоспардан (%1) аспауы тиіс.</translation>
    </message>
    <message>
        <source>The methodology&apos;s formula gives no result for these values.</source>
        <translation>Әдістеме формуласы осы мәндер үшін нәтиже бермейді.</translation>
    </message>
    <message>
        <source>Choose the type of the source of information (§7).</source>
        <translation>Ақпарат көзінің түрін таңдаңыз (§7).</translation>
    </message>
    <message>
        <source>This type of source is not allowed here: type 7 (independent experts) is not used in the goals block (§7).</source>
        <translation>Ақпарат көзінің бұл түрі мұнда қолданылмайды: 7-түр (тәуелсіз сарапшылар) «Мақсаттарға қол жеткізу» блогында пайдаланылмайды (§7).</translation>
    </message>
    <message>
        <source>Name the document, register or statistic the fact comes from.</source>
        <translation>Нақты мән алынған құжатты, тізілімді немесе статистикалық деректерді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Answer the remark of the authorized body.</source>
        <translation>Бағалауға уәкілетті органның сын-ескертпесіне жауап беріңіз.</translation>
    </message>
    <message>
        <source>The methodology in effect has no such indicator: this value is not counted.</source>
        <translation>Қолданыстағы әдістемеде мұндай көрсеткіш жоқ: бұл мән есепке алынбайды.</translation>
    </message>
    <message>
        <source>The fact differs from last year&apos;s by more than half: explain why in a comment.</source>
        <translation>Нақты мән өткен жылғыдан жартысынан астамға ерекшеленеді: себебін түсініктемеде түсіндіріңіз.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Толтыру басталды</translation>
    </message>
    <message>
        <source>Imported from a package</source>
        <translation>Пакеттен импортталды</translation>
    </message>
    <message>
        <source>Taken back (undo)</source>
        <translation>Кері алынды (болдырмау)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Source type (§7)</source>
        <translation>Ақпарат көзінің түрі (§7)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Дереккөзге сілтеме</translation>
    </message>
    <message>
        <source>Answer to the remark</source>
        <translation>Сын-ескертпеге жауап</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Сын-ескертпе</translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>Schedule of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>%1 жылға арналған мемлекеттік органдар қызметінің тиімділігін операциялық бағалау жүргізу кестесі</translation>
    </message>
    <message>
        <source>Reporting information</source>
        <translation>Есептік ақпарат</translation>
    </message>
    <message>
        <source>Conclusions to the evaluated bodies</source>
        <translation>Қорытындылар бағаланатын органдарға</translation>
    </message>
    <message>
        <source>Conclusions after the appeals</source>
        <translation>Шағымданудан кейінгі қорытындылар</translation>
    </message>
    <message>
        <source>Conclusions to the Commission&apos;s working body</source>
        <translation>Қорытындылар Комиссияның жұмыс органына</translation>
    </message>
    <message>
        <source>Results to the President</source>
        <translation>Нәтижелер Президентке</translation>
    </message>
    <message>
        <source>The evaluated state bodies submit reporting information on the results of the reporting year to the authorized bodies, per block.</source>
        <translation>Бағаланатын мемлекеттік органдар тиісті блоктар бойынша бағалауға уәкілетті органдарға есепті жылдың қорытындылары бойынша есептік ақпаратты ұсынады.</translation>
    </message>
    <message>
        <source>The authorized bodies send their conclusions on the results of the evaluation to the evaluated state bodies.</source>
        <translation>Бағалауға уәкілетті органдар бағаланатын мемлекеттік органдарға бағалау нәтижелері туралы қорытындыларды жібереді.</translation>
    </message>
    <message>
        <source>The authorized bodies send their conclusions, after the appeal procedure, to the state planning body.</source>
        <translation>Бағалауға уәкілетті органдар шағымдану рәсімінен кейін қорытындыларды мемлекеттік жоспарлау жөніндегі уәкілетті органға жібереді.</translation>
    </message>
    <message>
        <source>The state planning body sends the conclusions on all blocks to the working body of the Commission.</source>
        <translation>Мемлекеттік жоспарлау жөніндегі уәкілетті орган барлық блоктар бойынша қорытындыларды Комиссияның жұмыс органына енгізеді.</translation>
    </message>
    <message>
        <source>The Commission presents the results of the evaluation on all blocks to the President.</source>
        <translation>Комиссия барлық блоктар бойынша бағалау нәтижелерін Қазақстан Республикасының Президентіне енгізеді.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>БЕКІТІЛГЕН</translation>
    </message>
    <message>
        <source>by order of the Head of the Presidential Administration of the Republic of Kazakhstan of %1</source>
        <translation>Қазақстан Республикасы Президенті Әкімшілігі Басшысының %1 күнгі бұйрығымен</translation>
    </message>
    <message>
        <source>Not approved yet: it is approved by order of the Head of the Presidential Administration no later than %1 (§11).</source>
        <translation>Әлі бекітілмеген: Президент Әкімшілігі Басшысының бұйрығымен %1 кешіктірілмей бекітіледі (§11).</translation>
    </message>
    <message>
        <source>The activity of %1 is evaluated in %2 (§9–10).</source>
        <translation>%1 жылғы қызмет %2 жылы бағаланады (§9–10).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>the date is not set yet</source>
        <translation>күні әлі белгіленбеген</translation>
    </message>
    <message>
        <source>Results evaluation (§70):</source>
        <translation>Нәтижелілікті бағалау (§70):</translation>
    </message>
    <message>
        <source>The Head of the Presidential Administration reports the results of the results evaluation to the President no later than %1.</source>
        <translation>Президент Әкімшілігінің Басшысы нәтижелілікті бағалау қорытындыларын Президентке %1 кешіктірмей енгізеді.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>Decree No. 954, §10–11</source>
        <translation>№ 954 Жарлық, §10–11</translation>
    </message>
</context>
<context>
    <name>ui::AddBodyDialog</name>
    <message>
        <source>Evaluated body</source>
        <translation>Бағаланатын мемлекеттік орган</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Нәтижелілікті бағалау</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Орган қосу</translation>
    </message>
    <message>
        <source>e.g. MOT</source>
        <translation>мысалы, MOT</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1-блок</translation>
    </message>
    <message>
        <source>since</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Бағалау бағыттары:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Қолданылу мерзімі:</translation>
    </message>
</context>
<context>
    <name>ui::AddTermDialog</name>
    <message>
        <source>Objection to a conclusion (§57)</source>
        <translation>Қорытындыға қарсылық (§57)</translation>
    </message>
    <message>
        <source>Decision on an objection (§60)</source>
        <translation>Қарсылық бойынша шешім (§60)</translation>
    </message>
    <message>
        <source>Complaint after the appeal procedure (§62)</source>
        <translation>Шағымдану рәсімінен кейінгі шағым (§62)</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Мерзім қосу</translation>
    </message>
    <message>
        <source>Other term</source>
        <translation>Басқа мерзім</translation>
    </message>
    <message>
        <source>What is due, e.g. an objection of a ministry</source>
        <translation>Не орындалуы тиіс, мысалы, министрліктің қарсылығы</translation>
    </message>
    <message>
        <source>The day of the event the term counts from, e.g. the day the results were received</source>
        <translation>Мерзім есептелетін оқиға күні, мысалы, нәтижелер алынған күн</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>күнтізбелік күн</translation>
    </message>
    <message>
        <source>Term of the decree:</source>
        <translation>Жарлықтағы мерзім:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Event date:</source>
        <translation>Оқиға күні:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Соңғы күні:</translation>
    </message>
    <message>
        <source>A term of working days ends on the N-th working day after the event; a term of calendar days that ends on a day off moves to the next working day.</source>
        <translation>Жұмыс күндерімен есептелетін мерзім оқиғадан кейінгі N-ші жұмыс күні аяқталады; күнтізбелік күндермен есептелетін мерзімнің соңғы күні демалыс күніне келсе, ол келесі жұмыс күніне ауыстырылады.</translation>
    </message>
</context>
<context>
    <name>ui::AppealDecisionDialog</name>
    <message>
        <source>Decision on the Objection</source>
        <translation>Қарсылық бойынша шешім</translation>
    </message>
    <message>
        <source>Decide the Complaint</source>
        <translation>Шағым бойынша шешім</translation>
    </message>
    <message>
        <source>%1 filed on %2.</source>
        <translation>%1 %2 берілді.</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Хат: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Сұралғаны</translation>
    </message>
    <message>
        <source>Current fact</source>
        <translation>Ағымдағы факт</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Жаңа факт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>The fact after an accepted item; empty: the fact stays as it is</source>
        <translation>Қабылданған тармақтан кейінгі факт; бос болса — факт өзгермейді</translation>
    </message>
    <message>
        <source>Reasons for the decision:</source>
        <translation>Шешімнің негіздемесі:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Шешім қабылданған күн:</translation>
    </message>
    <message>
        <source>A complaint is re-checked by the Commission&apos;s working body (§62).</source>
        <translation>Шағымды Комиссияның жұмыс органы қайта тексереді (§62).</translation>
    </message>
    <message>
        <source>The 15 calendar days for the decision end on %1 (§60).</source>
        <translation>Шешім қабылдауға берілген күнтізбелік 15 күн %1 аяқталады (§60).</translation>
    </message>
    <message>
        <source>Decided 1 day late: it is recorded and shown as late.</source>
        <translation>Шешім 1 күн кешіктіріліп қабылданды: ол тіркеледі және кешіккен деп көрсетіледі.</translation>
    </message>
    <message numerus="yes">
        <source>Decided %n days late: it is recorded and shown as late.</source>
        <translation>
            <numerusform>Шешім %n күн кешіктіріліп қабылданды: ол тіркеледі және кешіккен деп көрсетіледі.</numerusform>
            <numerusform>Шешім %n күн кешіктіріліп қабылданды: ол тіркеледі және кешіккен деп көрсетіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accepted: the appeal is accepted, the facts change and a corrected version of the conclusion is issued (§61).</source>
        <translation>Қабылданғаны — %1, барлығы — %2: шағымдану қабылданады, нақты мәндер өзгереді және қорытындының түзетілген нұсқасы шығарылады (§61).</translation>
    </message>
    <message>
        <source>Nothing accepted: the appeal is rejected and the conclusion stays.</source>
        <translation>Ештеңе қабылданбады: шағымдану қабылданбайды, қорытынды өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision in at least one language (§60).</source>
        <translation>Шешімнің негіздемесін кемінде бір тілде жазыңыз (§60).</translation>
    </message>
    <message>
        <source>“%1” is not a number: write the new fact as a number, or leave it empty for no data.</source>
        <translation>«%1» сан емес: жаңа нақты мәнді сан түрінде жазыңыз немесе деректер жоқ болса, бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>ui::AppealFileDialog</name>
    <message>
        <source>Add Indicator</source>
        <translation>Көрсеткіш қосу</translation>
    </message>
    <message>
        <source>Remove Indicator</source>
        <translation>Көрсеткішті жою</translation>
    </message>
    <message>
        <source>Attach Documents…</source>
        <translation>Құжаттарды тіркеу…</translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <source>File an Objection</source>
        <translation>Қарсылықты тіркеу</translation>
    </message>
    <message>
        <source>The body&apos;s covering letter, as written</source>
        <translation>Органның ілеспе хаты, жазылған күйінде</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>The body&apos;s argument</source>
        <translation>Органның дәлелі</translation>
    </message>
    <message>
        <source>Requested fact</source>
        <translation>Сұралған факт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Хат:</translation>
    </message>
    <message>
        <source>Indicators the body disagrees with:</source>
        <translation>Орган келіспейтін көрсеткіштер:</translation>
    </message>
    <message>
        <source>Supporting documents (§58):</source>
        <translation>Растайтын құжаттар (§58):</translation>
    </message>
    <message>
        <source>File a Complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>The body has not received the conclusion: no objection term runs (§57).</source>
        <translation>Орган қорытындыны алған жоқ: қарсылық беру мерзімі басталмаған (§57).</translation>
    </message>
    <message>
        <source>No complaint term runs: the objection is pending or its term has not ended (§62).</source>
        <translation>Шағым беру мерзімі басталмаған: қарсылық қаралуда немесе оның мерзімі аяқталмаған (§62).</translation>
    </message>
    <message>
        <source>Received on %1; the last day to file an objection is %2 (5 working days, §57).</source>
        <translation>%1 алынды; қарсылық берудің соңғы күні — %2 (5 жұмыс күні, §57).</translation>
    </message>
    <message>
        <source>The appeal procedure ended on %1; the last day to file a complaint is %2 (5 working days, §62).</source>
        <translation>Шағымдану рәсімі %1 аяқталды; шағым берудің соңғы күні — %2 (5 жұмыс күні, §62).</translation>
    </message>
    <message>
        <source>Filed on %1: late, it will be refused.</source>
        <translation>Берілген күні %1: мерзімі өткен, қабылданбайды.</translation>
    </message>
    <message>
        <source>Filed on %1: before the term began.</source>
        <translation>Берілген күні %1: мерзім басталғанға дейін.</translation>
    </message>
    <message>
        <source>Attach at least one supporting document: an objection without documents is not considered (§58).</source>
        <translation>Кемінде бір растайтын құжатты тіркеңіз: растайтын құжаттары жоқ қарсылық қаралмайды (§58).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached. Each is stored with its SHA-256.</source>
        <translation>
            <numerusform>Тіркелген құжаттар: %n. Әрқайсысы SHA-256 хэшімен сақталады.</numerusform>
            <numerusform>Тіркелген құжаттар: %n. Әрқайсысы SHA-256 хэшімен сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation>факт %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>%1 файлын оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number: write the requested fact as a number, or leave it empty.</source>
        <translation>«%1» сан емес: сұралған нақты мәнді сан түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>ui::AppealTableModel</name>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (кешіктірілген)</translation>
    </message>
    <message>
        <source>The 15 calendar days for the decision have passed (§60)</source>
        <translation>Шешім қабылдауға берілген күнтізбелік 15 күн өтті (§60)</translation>
    </message>
    <message>
        <source>The last day of the 15 calendar days for the decision (§60)</source>
        <translation>Шешім қабылдауға берілген күнтізбелік 15 күннің соңғы күні (§60)</translation>
    </message>
    <message>
        <source>The last day to file: 5 working days (§57, §62)</source>
        <translation>Берудің соңғы күні: 5 жұмыс күні (§57, §62)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Last day to file</source>
        <translation>Беру мерзімі</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Decision by</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешілді</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalDialog</name>
    <message>
        <source>Approve the Methodology</source>
        <translation>Әдістемені бекіту</translation>
    </message>
    <message>
        <source>%1, %2, version %3</source>
        <translation>%1, %2, %3-нұсқа</translation>
    </message>
    <message>
        <source>§19: the authorized bodies approve the methodology of the block, agreed with the state planning body and the Commission&apos;s working body. Once approved it is frozen: a change makes a new version.</source>
        <translation>§19: бағалауға уәкілетті органдар блок бойынша әдістемені мемлекеттік жоспарлау жөніндегі уәкілетті органмен және Комиссияның жұмыс органымен келісе отырып бекітеді. Бекітілген әдістеме өзгертілмейді: өзгерістер жаңа нұсқада енгізіледі.</translation>
    </message>
    <message>
        <source>For example: joint order No. 12 of 20 January</source>
        <translation>Мысалы: 20 қаңтардағы № 12 бірлескен бұйрық</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <source>Approved by (the act):</source>
        <translation>Бекіткен акт:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Бекітілген күні:</translation>
    </message>
    <message>
        <source>Agreed with the state planning body on:</source>
        <translation>Мемлекеттік жоспарлау жөніндегі уәкілетті органмен келісілген күні:</translation>
    </message>
    <message>
        <source>Agreed with the Commission&apos;s working body on:</source>
        <translation>Комиссияның жұмыс органымен келісілген күні:</translation>
    </message>
    <message>
        <source>§20 checks:</source>
        <translation>§20 бойынша тексерулер:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>An error: it prevents approval</source>
        <translation>Қате: бекітуге кедергі келтіреді</translation>
    </message>
    <message>
        <source>A warning: approval is possible</source>
        <translation>Ескерту: бекітуге болады</translation>
    </message>
    <message>
        <source>All §20 requirements that the data can show are met.</source>
        <translation>Деректер бойынша тексеруге болатын §20 талаптарының барлығы орындалған.</translation>
    </message>
    <message>
        <source>The methodology cannot be approved while the list shows errors: record the approval in full and correct the methodology first.</source>
        <translation>Тізімде қателер тұрғанда әдістемені бекіту мүмкін емес: алдымен бекіту туралы мәліметтерді толық енгізіп, әдістемені түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>ui::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>ui::BodyDetailsPane</name>
    <message>
        <source>Reason:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Атаулары</translation>
    </message>
    <message>
        <source>Roles and reorganizations</source>
        <translation>Рөлдер мен қайта ұйымдастырулар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Құрамына кіреді:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Басталу күні:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Аяқталу күні:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Бағалау бағыттары:</translation>
    </message>
    <message>
        <source>Scope note (kk):</source>
        <translation>Бағалау аясы туралы ескертпе (қаз.):</translation>
    </message>
    <message>
        <source>Scope note (ru):</source>
        <translation>Бағалау аясы туралы ескертпе (орыс.):</translation>
    </message>
    <message>
        <source>Scope note (en):</source>
        <translation>Бағалау аясы туралы ескертпе (ағыл.):</translation>
    </message>
    <message>
        <source>Evaluated body</source>
        <translation>Бағаланатын мемлекеттік орган</translation>
    </message>
    <message>
        <source>Directly subordinate to the President (§26)</source>
        <translation>Президентке тікелей бағынысты (§26)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <source>until</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1-блок</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Нәтижелілікті бағалау</translation>
    </message>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Міндетті емес: акт немесе себеп, өзгерістер тарихында сақталады</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>New Name…</source>
        <translation>Жаңа атау…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Атауды жою</translation>
    </message>
    <message>
        <source>Block 1: achievement of goals (§18)</source>
        <translation>1-блок: мақсаттарға қол жеткізу (§18)</translation>
    </message>
    <message>
        <source>Block 2: interaction with individuals and legal entities (§18)</source>
        <translation>2-блок: мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы (§18)</translation>
    </message>
    <message>
        <source>Block 3: organizational development (§18)</source>
        <translation>3-блок: мемлекеттік органның ұйымдастырушылық дамуы (§18)</translation>
    </message>
    <message>
        <source>Results evaluation: key performance indicators (chapter 10)</source>
        <translation>Нәтижелілікті бағалау: нәтижеліліктің түйінді көрсеткіштері (10-тарау)</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Кестеден органды таңдаңыз.</translation>
    </message>
    <message>
        <source>Name in force from %1:</source>
        <translation>%1 бастап күшіне енген атауы:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>§13(%1) %2</source>
        <translation>§13(%1) %2</translation>
    </message>
    <message>
        <source>Plays no authorized-body role (§13).</source>
        <translation>Бағалауға уәкілетті орган рөлін атқармайды (§13).</translation>
    </message>
    <message>
        <source>Authorized-body roles: %1</source>
        <translation>Бағалауға уәкілетті орган ретіндегі рөлдері: %1</translation>
    </message>
</context>
<context>
    <name>ui::BodyTableModel</name>
    <message>
        <source>Ceased</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Бағаланатын</translation>
    </message>
    <message>
        <source>Authorized only</source>
        <translation>Тек уәкілетті</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>ui::CalendarArea</name>
    <message>
        <source>Confirm the calendar of %1</source>
        <translation>%1 жылғы күнтізбені растау</translation>
    </message>
    <message>
        <source>Unconfirm the calendar of %1</source>
        <translation>%1 жылғы күнтізбенің расталуын алып тастау</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Add Transfer…</source>
        <translation>Ауыстыру қосу…</translation>
    </message>
    <message>
        <source>The Government&apos;s transfer of a day off to another day</source>
        <translation>Үкіметтің демалыс күнін басқа күнге ауыстыруы</translation>
    </message>
    <message>
        <source>Add Day Off…</source>
        <translation>Демалыс күнін қосу…</translation>
    </message>
    <message>
        <source>A holiday or a religious day off on one date</source>
        <translation>Бір күнге келетін мереке күні немесе діни мереке демалыс күні</translation>
    </message>
    <message>
        <source>Set Kurban Ait…</source>
        <translation>Құрбан айт күнін белгілеу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Days off and transfers of this year:</source>
        <translation>Осы жылғы демалыс күндері мен ауыстырулар:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Confirmed: the transfers and the Kurban Ait date of %1 are entered.</source>
        <translation>Расталды: %1 жылғы демалыс күндерін ауыстыру және Құрбан айт күні енгізілген.</translation>
    </message>
    <message>
        <source>Not confirmed: %1 is computed from the rules only; enter the Government&apos;s transfers and the Kurban Ait date when they are published.</source>
        <translation>Расталмаған: %1 жылғы күнтізбе тек ережелер бойынша есептелген; Үкіметтің демалыс күндерін ауыстыруын және Құрбан айт күнін олар жарияланған кезде енгізіңіз.</translation>
    </message>
    <message>
        <source>Mark Unconfirmed</source>
        <translation>Расталмаған деп белгілеу</translation>
    </message>
    <message>
        <source>Mark Confirmed</source>
        <translation>Расталды деп белгілеу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Day off; worked on %1</source>
        <translation>Демалыс күні; орнына %1 жұмыс күні</translation>
    </message>
    <message>
        <source>Click a day to see why it is what it is.</source>
        <translation>Күннің неге жұмыс немесе демалыс күні екенін көру үшін оны басыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>The change moved %n running term(s):</source>
        <translation>
            <numerusform>Өзгеріс ағымдағы %n мерзімді жылжытты:</numerusform>
            <numerusform>Өзгеріс ағымдағы %n мерзімді жылжытты:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>демалыс күнін ауыстыруды қосу</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>демалыс күнін қосу</translation>
    </message>
    <message>
        <source>Set Kurban Ait</source>
        <translation>Құрбан айт күнін белгілеу</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>демалыс күнін ауыстыруды жою</translation>
    </message>
    <message>
        <source>Remove day off</source>
        <translation>демалыс күнін жою</translation>
    </message>
    <message>
        <source>Import the calendar of %1</source>
        <translation>%1 жылғы күнтізбені импорттау</translation>
    </message>
    <message>
        <source>Add Transfer</source>
        <translation>Демалыс күнін ауыстыру</translation>
    </message>
    <message>
        <source>Day off:</source>
        <translation>Демалыс күні:</translation>
    </message>
    <message>
        <source>Worked instead on:</source>
        <translation>Орнына жұмыс күні:</translation>
    </message>
    <message>
        <source>The working day is usually a Saturday or a day off that the weekend rule gave.</source>
        <translation>Әдетте жұмыс күні ретінде сенбі немесе демалыс күніне сәйкес келген мереке үшін берілген демалыс күні белгіленеді.</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Демалыс күнін қосу</translation>
    </message>
    <message>
        <source>Religious day off (never moved by the weekend rule)</source>
        <translation>Діни мереке (демалыс күніне сәйкес келсе де, демалыс күні ауыстырылмайды)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Name (Kazakh):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Name (Russian):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Атауы (ағылшынша):</translation>
    </message>
    <message>
        <source>First day of Kurban Ait:</source>
        <translation>Құрбан айттың бірінші күні:</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Күнтізбені импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 файлынан импортталды</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Күнтізбені экспорттау</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Файлға жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Kurban Ait date</source>
        <translation>Құрбан айт күні</translation>
    </message>
</context>
<context>
    <name>ui::CommissionArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Органның коды немесе атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Құжаттар тілі:</translation>
    </message>
    <message>
        <source>The language of the printed report</source>
        <translation>Басып шығарылатын баяндаманың тілі</translation>
    </message>
    <message>
        <source>Passed to the Working Body (§48)…</source>
        <translation>Жұмыс органына енгізілді (§48)…</translation>
    </message>
    <message>
        <source>Presented to the President (§50)…</source>
        <translation>Президентке енгізілді (§50)…</translation>
    </message>
    <message>
        <source>Sent to the Head (§51)…</source>
        <translation>Басшыға жіберілді (§51)…</translation>
    </message>
    <message>
        <source>Record the date for the selected body, or for every body that is ready: %1</source>
        <translation>Таңдалған орган немесе дайын барлық органдар үшін күнді тіркеу: %1</translation>
    </message>
    <message>
        <source>the Commission&apos;s report</source>
        <translation>Комиссия баяндамасын</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders to the head (§51)</source>
        <translation>Комиссияның басшыға берген ұсынымдары мен тапсырмалары (§51)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>No body is evaluated in %1.</source>
        <translation>%1 жылы бірде-бір орган бағаланбайды.</translation>
    </message>
    <message>
        <source>%1 bodies · conclusions final for %2 · §48: %3 · §50: %4 · §51: %5 · §73 alerts: %6</source>
        <translation>Органдар: %1 · қорытындылары түпкілікті: %2 · §48: %3 · §50: %4 · §51: %5 · §73 ескертулері: %6</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Кестеден органды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no conclusion</source>
        <translation>қорытынды жоқ</translation>
    </message>
    <message>
        <source>Not ready for §48: %1.</source>
        <translation>§48 үшін дайын емес: %1.</translation>
    </message>
    <message>
        <source>Reorganized predecessor %1 %2 (%3): §%4.</source>
        <translation>Қайта ұйымдастырылған орган %1 %2 (%3): §%4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the date was cleared.</source>
        <translation>%1: күні өшірілді.</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded for %n body(ies) that were ready.</source>
        <translation>
            <numerusform>%1: дайын %n орган үшін тіркелді.</numerusform>
            <numerusform>%1: дайын %n орган үшін тіркелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of this stage for %1. Clear the check box to remove a date recorded by mistake.</source>
        <translation>Органның (%1) осы кезеңінің күні. Қате тіркелген күнді жою үшін белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>The date of this stage.</source>
        <translation>Осы кезеңнің күні.</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>For every body that is ready, not only the selected one</source>
        <translation>Тек таңдалған орган үшін емес, дайын барлық органдар үшін</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Add a recommendation of the Commission</source>
        <translation>Комиссияның ұсынымын қосу</translation>
    </message>
    <message>
        <source>Change a recommendation of the Commission</source>
        <translation>Комиссияның ұсынымын өзгерту</translation>
    </message>
    <message>
        <source>Remove a recommendation of the Commission</source>
        <translation>Комиссияның ұсынымын жою</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove Recommendation</source>
        <translation>Ұсынымды жою</translation>
    </message>
    <message>
        <source>Remove the selected recommendation? Undo brings it back.</source>
        <translation>Таңдалған ұсыным жойылсын ба? «Болдырмау» оны қайтарады.</translation>
    </message>
    <message>
        <source>The Commission&apos;s report for %1</source>
        <translation>Комиссияның %1 жылғы баяндамасы</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF сақталды: %1</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Жариялау…</translation>
    </message>
    <message>
        <source>Write the year&apos;s results for the internet resource (§52) into a folder, without what is confidential</source>
        <translation>Жылдың интернет-ресурсқа арналған нәтижелерін (§52) құпия мәліметтерсіз қалтаға жазу</translation>
    </message>
    <message>
        <source>Computing the results of %1…</source>
        <translation>%1 жылғы нәтижелер есептелуде…</translation>
    </message>
    <message>
        <source>Publish the Results of %1</source>
        <translation>%1 жылғы нәтижелерді жариялау</translation>
    </message>
    <message>
        <source>Publishing the results of %1…</source>
        <translation>%1 жылғы нәтижелер жариялануда…</translation>
    </message>
    <message>
        <source>Published the results of %1 to %2.</source>
        <translation>%1 жылғы нәтижелер %2 қалтасына жарияланды.</translation>
    </message>
</context>
<context>
    <name>ui::CommissionTableModel</name>
    <message>
        <source>%1: the score has fallen two or more years in a row (§73): %2</source>
        <translation>%1: балл қатарынан екі және одан да көп жыл төмендеді (§73): %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Not every block&apos;s conclusion is final yet: §48 cannot be recorded.</source>
        <translation>Барлық блоктар бойынша қорытындылар әлі түпкілікті емес: §48 кезеңін тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>%1 is not part of the body&apos;s scope this year.</source>
        <translation>%1 осы жылы органның бағалау аясына кірмейді.</translation>
    </message>
    <message>
        <source>The score of the conclusion&apos;s latest version (%1)</source>
        <translation>Қорытындының соңғы нұсқасындағы балл (%1-нұсқа)</translation>
    </message>
    <message>
        <source>Computed from the current data: no conclusion has been issued</source>
        <translation>Ағымдағы деректер бойынша есептелген: қорытынды шығарылмаған</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>Өткен жылы: %1</translation>
    </message>
    <message>
        <source>No score last year</source>
        <translation>Өткен жылы балл жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) pending</source>
        <translation>
            <numerusform>Қаралмаған шағымданулар: %n</numerusform>
            <numerusform>Қаралмаған шағымданулар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No conclusion has been started.</source>
        <translation>Қорытынды әлі басталмаған.</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders to the body&apos;s head (§51)</source>
        <translation>Комиссияның орган басшысына берген ұсынымдары мен тапсырмалары (§51)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionContentView</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Салым</translation>
    </message>
    <message>
        <source>The indicator&apos;s contribution to the block&apos;s score</source>
        <translation>Көрсеткіштің блок балына салымы</translation>
    </message>
    <message>
        <source>No score: no indicator counts.</source>
        <translation>Балл жоқ: бірде-бір көрсеткіш есепке алынбайды.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Балл %1</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>рейтинг %1</translation>
    </message>
    <message>
        <source>rating %1 (%2)</source>
        <translation>рейтинг %1 (%2)</translation>
    </message>
    <message>
        <source>own score %1 before the predecessors (§53)</source>
        <translation>қайта ұйымдастырылған органдарды ескергенге дейінгі өз балы %1 (§53)</translation>
    </message>
    <message>
        <source>sample methodology, version %1</source>
        <translation>әдістеме үлгісі, %1-нұсқа</translation>
    </message>
    <message>
        <source>methodology version %1</source>
        <translation>әдістеме, %1-нұсқа</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Corrected by an accepted objection (§61)</source>
        <translation>Қабылданған қарсылық бойынша түзетілді (§61)</translation>
    </message>
    <message>
        <source>Confidential: withheld from publication (§52)</source>
        <translation>Құпия: жарияланбайды (§52)</translation>
    </message>
    <message>
        <source>Confidential: the conclusion is withheld from publication (§52).</source>
        <translation>Құпия: қорытынды жарияланбайды (§52).</translation>
    </message>
    <message>
        <source>Part 1. Final report</source>
        <translation>1-бөлік. Қорытынды есеп</translation>
    </message>
    <message>
        <source>%1 %2, reorganized on %3: %4</source>
        <translation>%1 %2, %3 қайта ұйымдастырылды: %4</translation>
    </message>
    <message>
        <source>(its own score %1)</source>
        <translation>(өз балы %1)</translation>
    </message>
    <message>
        <source>Part 2. Recommendations given earlier</source>
        <translation>2-бөлік. Бұрын берілген ұсынымдар</translation>
    </message>
    <message>
        <source>None were given for the year before.</source>
        <translation>Алдыңғы жыл бойынша ұсынымдар берілмеген.</translation>
    </message>
    <message>
        <source>Part 3. Findings and recommendations</source>
        <translation>3-бөлік. Тұжырымдар мен ұсынымдар</translation>
    </message>
    <message>
        <source>order</source>
        <translation>тапсырма</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>құпия</translation>
    </message>
    <message>
        <source>Took part in the evaluation</source>
        <translation>Бағалауға қатысқандар</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionEditor</name>
    <message>
        <source>Texts</source>
        <translation>Мәтіндер</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Бұрынғылар</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Part 1 (the final report&apos;s text) and part 3 (findings) of §47</source>
        <translation>§47-нің 1-бөлігі (қорытынды есептің мәтіні) және 3-бөлігі (тұжырымдар)</translation>
    </message>
    <message>
        <source>Part 3 of §47: the new recommendations</source>
        <translation>§47-нің 3-бөлігі: жаңа ұсынымдар</translation>
    </message>
    <message>
        <source>Part 2 of §47: what became of the recommendations given for the year before</source>
        <translation>§47-нің 2-бөлігі: алдыңғы жыл бойынша берілген ұсынымдардың орындалуы</translation>
    </message>
    <message>
        <source>What a version issued now would say, with the scores of the current data</source>
        <translation>Қазір шығарылатын нұсқаның ағымдағы деректердің балдарымен мазмұны</translation>
    </message>
    <message>
        <source>Final report (part 1):</source>
        <translation>Қорытынды есеп (1-бөлік):</translation>
    </message>
    <message>
        <source>Findings (part 3):</source>
        <translation>Тұжырымдар (3-бөлік):</translation>
    </message>
    <message>
        <source>Confidential: the whole conclusion is withheld from publication (§52)</source>
        <translation>Құпия: қорытынды толығымен жарияланбайды (§52)</translation>
    </message>
    <message>
        <source>Took part in the evaluation:</source>
        <translation>Бағалауға қатысқандар:</translation>
    </message>
    <message>
        <source>One name per line. They may not sit on the special commission (§59).</source>
        <translation>Әр жолға бір аты-жөні. Олар арнайы комиссияның құрамына кіре алмайды (§59).</translation>
    </message>
    <message>
        <source>These are the texts of the next version: issued versions stay as they were.</source>
        <translation>Бұл — келесі нұсқаның мәтіндері: шығарылған нұсқалар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Save Texts</source>
        <translation>Мәтіндерді сақтау</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>The recommendations given to the body for the year before — by the conclusions, by the Commission, and from reorganized predecessors — with what became of them.</source>
        <translation>Алдыңғы жыл бойынша органға берілген ұсынымдар — қорытындылардан, Комиссиядан және қайта ұйымдастырылған органдардан — және олардың орындалуы.</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Save Status</source>
        <translation>Мәртебені сақтау</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Change the texts of the conclusion on %1</source>
        <translation>%1 бойынша қорытындының мәтіндерін өзгерту</translation>
    </message>
    <message>
        <source>Add a recommendation to the conclusion on %1</source>
        <translation>%1 бойынша қорытындыға ұсыным қосу</translation>
    </message>
    <message>
        <source>Change a recommendation of the conclusion on %1</source>
        <translation>%1 бойынша қорытындының ұсынымын өзгерту</translation>
    </message>
    <message>
        <source>Remove a recommendation of the conclusion on %1</source>
        <translation>%1 бойынша қорытындының ұсынымын жою</translation>
    </message>
    <message>
        <source>Record what became of a recommendation to %1</source>
        <translation>%1 органына берілген ұсынымның орындалуын тіркеу</translation>
    </message>
    <message>
        <source>What a version issued now would say, with the scores of the current data.</source>
        <translation>Қазір шығарылатын нұсқаның ағымдағы деректердің балдарымен мазмұны.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Remove Recommendation</source>
        <translation>Ұсынымды жою</translation>
    </message>
    <message>
        <source>Remove the selected recommendation? Undo brings it back.</source>
        <translation>Таңдалған ұсыным жойылсын ба? «Болдырмау» оны қайтарады.</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionTableModel</name>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 қаралуда)</translation>
    </message>
    <message>
        <source>No authorized body evaluates this block.</source>
        <translation>Бұл блокты бірде-бір бағалауға уәкілетті орган бағаламайды.</translation>
    </message>
    <message>
        <source>The last day to file an objection: 5 working days after receipt (§57)</source>
        <translation>Қарсылық берудің соңғы күні: алғаннан кейін 5 жұмыс күні (§57)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Дайындаушы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Objection by</source>
        <translation>Қарсылық мерзімі</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымданулар</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionsArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Барлық блоктар</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Органның коды немесе атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Құжаттар тілі:</translation>
    </message>
    <message>
        <source>The language of printed conclusions and decisions</source>
        <translation>Басып шығарылатын қорытындылар мен шешімдердің тілі</translation>
    </message>
    <message>
        <source>Start Conclusions</source>
        <translation>Қорытындыларды бастау</translation>
    </message>
    <message>
        <source>Start the missing conclusions of the year for every body in scope (§46)</source>
        <translation>Жылдың жетіспейтін қорытындыларын бағалау аясындағы әр орган үшін бастау (§46)</translation>
    </message>
    <message>
        <source>Special Commissions…</source>
        <translation>Арнайы комиссиялар…</translation>
    </message>
    <message>
        <source>Form the special commission of an authorized body for the year&apos;s objections (§59)</source>
        <translation>Бағалауға уәкілетті органның жылдың қарсылықтарын қарайтын арнайы комиссиясын құру (§59)</translation>
    </message>
    <message>
        <source>Issue Version…</source>
        <translation>Нұсқа шығару…</translation>
    </message>
    <message>
        <source>Freeze what the conclusion says now as a new version; older versions stay readable</source>
        <translation>Қорытындының қазіргі мазмұнын жаңа нұсқа ретінде тіркеу; бұрынғы нұсқалар оқуға қолжетімді болып қалады</translation>
    </message>
    <message>
        <source>Mark Sent…</source>
        <translation>Жіберілді деп белгілеу…</translation>
    </message>
    <message>
        <source>Record when the latest version was sent to the evaluated body (§46)</source>
        <translation>Соңғы нұсқаның бағаланатын органға жіберілген күнін тіркеу (§46)</translation>
    </message>
    <message>
        <source>Mark Received…</source>
        <translation>Алынды деп белгілеу…</translation>
    </message>
    <message>
        <source>Record when the body received it: the objection term starts (§57)</source>
        <translation>Органның оны алған күнін тіркеу: қарсылық беру мерзімі басталады (§57)</translation>
    </message>
    <message>
        <source>File Objection…</source>
        <translation>Қарсылықты тіркеу…</translation>
    </message>
    <message>
        <source>Record an objection (§57–58) or a complaint (§62) of the body</source>
        <translation>Органның қарсылығын (§57–58) немесе шағымын (§62) тіркеу</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Шешім…</translation>
    </message>
    <message>
        <source>Accept or reject the selected appeal per indicator (§60–61)</source>
        <translation>Таңдалған шағымдануды көрсеткіштер бойынша қабылдау немесе қабылдамау (§60–61)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove a pending appeal entered by mistake</source>
        <translation>Қателесіп енгізілген, қаралмаған шағымдануды жою</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Open a supporting document of the selected appeal (§58)</source>
        <translation>Таңдалған шағымданудың растайтын құжатын ашу (§58)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>Read the selected version as it was issued</source>
        <translation>Таңдалған нұсқаны шығарылған күйінде оқу</translation>
    </message>
    <message>
        <source>the selected version</source>
        <translation>таңдалған нұсқаны</translation>
    </message>
    <message>
        <source>the decision on the appeal</source>
        <translation>шағымдану бойынша шешімді</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Қарсылықтар</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Every version stays as it was issued; a correction (§61) makes a new one.</source>
        <translation>Әр нұсқа шығарылған күйінде сақталады; түзету (§61) жаңа нұсқа жасайды.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>There are no conclusions for %1 yet. Start Conclusions makes one per body and block in scope, written by the authorized body that evaluates it.</source>
        <translation>%1 жылға әлі қорытындылар жоқ. «Қорытындыларды бастау» бағалау аясындағы әр орган мен блок үшін бір қорытынды жасайды, оны осы блокты бағалайтын уәкілетті орган дайындайды.</translation>
    </message>
    <message>
        <source>Select a conclusion in the table.</source>
        <translation>Кестеден қорытындыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>No version issued</source>
        <translation>Нұсқа шығарылмаған</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Дайындаушы: %1</translation>
    </message>
    <message>
        <source>No authorized body evaluates this block.</source>
        <translation>Бұл блокты бірде-бір бағалауға уәкілетті орган бағаламайды.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>%1 жіберілді.</translation>
    </message>
    <message>
        <source>Received on %1; the last day to object is %2 (§57).</source>
        <translation>%1 алынды; қарсылық берудің соңғы күні — %2 (§57).</translation>
    </message>
    <message>
        <source>Corrected by an accepted objection (§61)</source>
        <translation>Қабылданған қарсылық бойынша түзетілді (§61)</translation>
    </message>
    <message>
        <source>%1 (an accepted objection, §61)</source>
        <translation>%1 (қабылданған қарсылық, §61)</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Every body in scope already has its conclusions for %1.</source>
        <translation>Бағалау аясындағы әр органның %1 жылға қорытындылары бұрыннан бар.</translation>
    </message>
    <message numerus="yes">
        <source>%n conclusion(s) started for %1.</source>
        <translation>
            <numerusform>%1 жылға басталған қорытындылар: %n.</numerusform>
            <numerusform>%1 жылға басталған қорытындылар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>all blocks</source>
        <translation>барлық блоктар</translation>
    </message>
    <message>
        <source>Start the missing conclusions of %1 (%2) for every body in scope? Each is written by the authorized body that evaluates the block.</source>
        <translation>%1 жылғы (%2) жетіспейтін қорытындылар бағалау аясындағы әр орган үшін басталсын ба? Әрқайсысын блокты бағалайтын уәкілетті орган дайындайды.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <source>Version %1 issued. Mark it sent when it leaves, and received when the body has it.</source>
        <translation>%1-нұсқа шығарылды. Жіберілгенде — «жіберілді», орган алғанда — «алынды» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Issue Version</source>
        <translation>Нұсқа шығару</translation>
    </message>
    <message>
        <source>Issue version 1 of the conclusion on %1? It is frozen as it is issued: later changes make a new version.</source>
        <translation>%1 бойынша қорытындының 1-нұсқасы шығарылсын ба? Шығарылған нұсқа өзгертілмейді: кейінгі өзгерістер жаңа нұсқа жасайды.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <source>Issue Version %1</source>
        <translation>%1-нұсқаны шығару</translation>
    </message>
    <message>
        <source>Version %1 of the conclusion on %2 replaces version %3, which stays readable. Why is it made?</source>
        <translation>%2 бойынша қорытындының %1-нұсқасы %3-нұсқаны ауыстырады, ол оқуға қолжетімді болып қалады. Ол не үшін жасалады?</translation>
    </message>
    <message>
        <source>Reason for the new version:</source>
        <translation>Жаңа нұсқаның себебі:</translation>
    </message>
    <message>
        <source>Give the reason: a version after the first says why it was made.</source>
        <translation>Себебін жазыңыз: біріншіден кейінгі әр нұсқада оның не үшін жасалғаны көрсетіледі.</translation>
    </message>
    <message>
        <source>Received on %1: the body may object until %2 (§57).</source>
        <translation>%1 алынды: орган %2 дейін қарсылық бере алады (§57).</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>When was version %1 of the conclusion on %2 sent to the evaluated body (§46)?</source>
        <translation>%2 бойынша қорытындының %1-нұсқасы бағаланатын органға қашан жіберілді (§46)?</translation>
    </message>
    <message>
        <source>Mark Received</source>
        <translation>Алынды деп белгілеу</translation>
    </message>
    <message>
        <source>When did the body receive the conclusion on %1? The objection term — 5 working days — starts then (§57).</source>
        <translation>Орган %1 бойынша қорытындыны қашан алды? Қарсылық беру мерзімі — 5 жұмыс күні — сол күннен басталады (§57).</translation>
    </message>
    <message>
        <source>No objection has been filed against this conclusion.</source>
        <translation>Бұл қорытындыға қарсылық берілмеген.</translation>
    </message>
    <message>
        <source>%1 filed on %2 (the last day was %3).</source>
        <translation>%1 %2 берілді (соңғы күн — %3).</translation>
    </message>
    <message>
        <source>requested fact %1</source>
        <translation>сұралған факт %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>fact %1 → %2</source>
        <translation>факт %1 → %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Pending: the decision is due by %1 (15 calendar days, §60).</source>
        <translation>Қаралуда: шешім %1 кешіктірілмей қабылдануы тиіс (күнтізбелік 15 күн, §60).</translation>
    </message>
    <message>
        <source>Pending: the Commission&apos;s working body re-checks it (§62).</source>
        <translation>Қаралуда: оны Комиссияның жұмыс органы қайта тексереді (§62).</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Late: the 15 days ended on %1.</source>
        <translation>Кешіктірілген: 15 күн %1 аяқталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting document(s).</source>
        <translation>
            <numerusform>Растайтын құжаттар: %n.</numerusform>
            <numerusform>Растайтын құжаттар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection recorded: the decision is due within 15 calendar days (§60).</source>
        <translation>Қарсылық тіркелді: шешім күнтізбелік 15 күн ішінде қабылдануы тиіс (§60).</translation>
    </message>
    <message>
        <source>Complaint recorded: the Commission&apos;s working body re-checks it (§62).</source>
        <translation>Шағым тіркелді: оны Комиссияның жұмыс органы қайта тексереді (§62).</translation>
    </message>
    <message>
        <source>Attach Supporting Documents</source>
        <translation>Растайтын құжаттарды тіркеу</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A complaint is re-checked by the Commission&apos;s working body (§62).</source>
        <translation>Шағымды Комиссияның жұмыс органы қайта тексереді (§62).</translation>
    </message>
    <message>
        <source>The Presidential Administration decides without a special commission (§59).</source>
        <translation>Президент Әкімшілігі арнайы комиссиясыз шешім қабылдайды (§59).</translation>
    </message>
    <message>
        <source>%1 has no special commission for %2: form it with Special Commissions… before deciding (§59).</source>
        <translation>%1: %2 жылға арнайы комиссия құрылмаған; шешім қабылдамас бұрын оны «Арнайы комиссиялар…» арқылы құрыңыз (§59).</translation>
    </message>
    <message>
        <source>Considered by the special commission of %1 formed on %2: %3.</source>
        <translation>%2 құрылған арнайы комиссия (%1) қарады: %3.</translation>
    </message>
    <message>
        <source>Accepted: the facts were corrected and version %1 of the conclusion was issued (§61).</source>
        <translation>Қабылданды: нақты мәндер түзетілді және қорытындының %1-нұсқасы шығарылды (§61).</translation>
    </message>
    <message>
        <source>Rejected: the conclusion stays as it is.</source>
        <translation>Қабылданбады: қорытынды өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>The decision was late: the 15 days ended on %1.</source>
        <translation>Шешім кешіктірілді: 15 күн %1 аяқталды.</translation>
    </message>
    <message>
        <source>The appeal was removed.</source>
        <translation>Шағымдану жойылды.</translation>
    </message>
    <message>
        <source>Remove Appeal</source>
        <translation>Шағымдануды жою</translation>
    </message>
    <message>
        <source>Remove the selected appeal, entered by mistake? Its documents go with it.</source>
        <translation>Қателесіп енгізілген таңдалған шағымдану жойылсын ба? Оның құжаттары да жойылады.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file.</source>
        <translation>Файлды ашу үшін уақытша қалта жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>%1 файлын жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.</source>
        <translation>%1 құжат немесе сурет емес, сондықтан ол мұнда ашылмайды. Көшірмесі сақталды: %2.</translation>
    </message>
    <message>
        <source>No program is set up to open %1. It was saved as %2.</source>
        <translation>%1 файлын ашатын бағдарлама бапталмаған. Ол сақталды: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The special commission of %1 for %2 is recorded (%n member(s)).</source>
        <translation>
            <numerusform>%2 жылғы арнайы комиссия тіркелді: %1 (мүшелері: %n).</numerusform>
            <numerusform>%2 жылғы арнайы комиссия тіркелді: %1 (мүшелері: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>%1-нұсқа — %2</translation>
    </message>
    <message>
        <source>Version %1, issued on %2 by %3. Read-only: as it was issued.</source>
        <translation>%1-нұсқа, %2 шығарылған, дайындаушы: %3. Тек оқуға: шығарылған күйінде.</translation>
    </message>
    <message>
        <source>Conclusion on %1, version %2</source>
        <translation>Қорытынды: %1, %2-нұсқа</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF сақталды: %1</translation>
    </message>
    <message>
        <source>Decision: %1, %2</source>
        <translation>Шешім: %1, %2</translation>
    </message>
</context>
<context>
    <name>ui::CriterionEditor</name>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Weight in the block, %:</source>
        <translation>Блоктағы салмағы, %:</translation>
    </message>
    <message>
        <source>The criterion&apos;s share of the block; the weights of the criteria add up to 100</source>
        <translation>Критерийдің блоктағы үлесі; критерийлер салмақтарының қосындысы 100-ге тең</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>The criterion has no indicators yet.</source>
        <translation>Критерийде әлі көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>The weight of its indicator is %1 %.</source>
        <translation>Оның көрсеткішінің салмағы — %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>The weights of its %n indicators add up to %1 %.</source>
        <translation>
            <numerusform>Оның %n көрсеткіші салмақтарының қосындысы — %1 %.</numerusform>
            <numerusform>Оның %n көрсеткіші салмақтарының қосындысы — %1 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DateDialog</name>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
</context>
<context>
    <name>ui::DatedNameDialog</name>
    <message>
        <source>New Name</source>
        <translation>Жаңа атау</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Күшіне енген күні:</translation>
    </message>
</context>
<context>
    <name>ui::DeadlinesArea</name>
    <message>
        <source>Hide done</source>
        <translation>Орындалғандарды жасыру</translation>
    </message>
    <message>
        <source>Hide the terms marked done and the dates of the schedules that have passed</source>
        <translation>Орындалды деп белгіленген мерзімдерді және кестелердің өткен күндерін жасыру</translation>
    </message>
    <message>
        <source>Only overdue and the next %1 days</source>
        <translation>Тек мерзімі өткендер және алдағы %1 күн</translation>
    </message>
    <message>
        <source>Add Term…</source>
        <translation>Мерзім қосу…</translation>
    </message>
    <message>
        <source>Track a term counted from an event: an objection (§57), a decision (§60), …</source>
        <translation>Оқиғадан бастап есептелетін мерзімді бақылау: қарсылық (§57), шешім (§60), …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Today: %1, %2</source>
        <translation>Бүгін: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Мерзімі өткені: %n</numerusform>
            <numerusform>Мерзімі өткені: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 working days</source>
        <translation>
            <numerusform>%1 жұмыс күні ішінде аяқталатыны: %n</numerusform>
            <numerusform>%1 жұмыс күні ішінде аяқталатыны: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 ішінен %1 көрсетілген</translation>
    </message>
    <message>
        <source>Mark Not Done</source>
        <translation>Орындалмаған деп белгілеу</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Select a tracked term; the dates of a schedule are changed in Schedule</source>
        <translation>Бақыланатын мерзімді таңдаңыз; кесте күндері «Кесте» бөлімінде өзгертіледі</translation>
    </message>
    <message>
        <source>Enter what the term is for.</source>
        <translation>Мерзімнің не үшін екенін енгізіңіз.</translation>
    </message>
    <message>
        <source>Add term %1</source>
        <translation>«%1» мерзімін қосу</translation>
    </message>
    <message>
        <source>Mark term done</source>
        <translation>мерзімді орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark term not done</source>
        <translation>мерзімді орындалмаған деп белгілеу</translation>
    </message>
    <message>
        <source>Remove term %1</source>
        <translation>«%1» мерзімін жою</translation>
    </message>
</context>
<context>
    <name>ui::DeadlinesModel</name>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Күні өтті</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі — бүгін</translation>
    </message>
    <message>
        <source>Due in ≤%1 working days</source>
        <translation>Мерзімге дейін ≤%1 жұмыс күні</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Алда</translation>
    </message>
    <message>
        <source>Approval of the schedule (§11)</source>
        <translation>Кестені бекіту (§11)</translation>
    </message>
    <message>
        <source>Results evaluation to the President (§70), by law</source>
        <translation>Нәтижелілікті бағалау Президентке (§70), Жарлық бойынша</translation>
    </message>
    <message>
        <source>Results evaluation to the President (§70)</source>
        <translation>Нәтижелілікті бағалау Президентке (§70)</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>%1 жылғы бағалау</translation>
    </message>
    <message>
        <source>1 working day from %1</source>
        <translation>%1 бастап 1 жұмыс күні</translation>
    </message>
    <message numerus="yes">
        <source>%n working days from %1</source>
        <translation>
            <numerusform>%1 бастап %n жұмыс күні</numerusform>
            <numerusform>%1 бастап %n жұмыс күні</numerusform>
        </translation>
    </message>
    <message>
        <source>1 calendar day from %1</source>
        <translation>%1 бастап 1 күнтізбелік күн</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days from %1</source>
        <translation>
            <numerusform>%1 бастап %n күнтізбелік күн</numerusform>
            <numerusform>%1 бастап %n күнтізбелік күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Year or subject</source>
        <translation>Жыл немесе мәні</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>%1: reporting information of the bodies (§41)</source>
        <translation>%1: органдардың есептік ақпараты (§41)</translation>
    </message>
    <message>
        <source>%1: our reporting information (§41)</source>
        <translation>%1: біздің есептік ақпаратымыз (§41)</translation>
    </message>
    <message>
        <source>Not submitted yet: %1</source>
        <translation>Әлі ұсынбағандар: %1</translation>
    </message>
    <message>
        <source>Submitted late: %1</source>
        <translation>Кешіктіріп ұсынғандар: %1</translation>
    </message>
    <message>
        <source>First submitted on %1</source>
        <translation>Алғаш ұсынылған күні: %1</translation>
    </message>
    <message>
        <source>Evaluation of %1: %2 of %3 submitted, %4 late, %5 not yet</source>
        <translation>%1 жылғы бағалау: %2/%3 ұсынылды, кешіккені %4, ұсынылмағаны %5</translation>
    </message>
    <message>
        <source>Evaluation of %1: %2, %3</source>
        <translation>%1 жылғы бағалау: %2, %3</translation>
    </message>
    <message>
        <source>Last day to object to a conclusion (§57)</source>
        <translation>Қорытындыға қарсылық (§57)</translation>
    </message>
    <message>
        <source>Decision on an objection, 15 calendar days (§60)</source>
        <translation>Қарсылық бойынша шешім, 15 күн (§60)</translation>
    </message>
    <message>
        <source>Last day of a complaint after the appeal (§62)</source>
        <translation>Шағымдану рәсімінен кейінгі шағым (§62)</translation>
    </message>
    <message>
        <source>%1 — received on %2</source>
        <translation>%1 — алынған күні: %2</translation>
    </message>
    <message>
        <source>%1 — filed on %2</source>
        <translation>%1 — берілген күні: %2</translation>
    </message>
    <message>
        <source>%1 — the procedure ended on %2</source>
        <translation>%1 — рәсім аяқталған күн: %2</translation>
    </message>
</context>
<context>
    <name>ui::DialogBase</name>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Міндетті емес: акт немесе себеп, өзгерістер тарихында сақталады</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Негіздеме:</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatedListModel</name>
    <message>
        <source>On the list</source>
        <translation>Тізбеде</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatorMatrixModel</name>
    <message>
        <source>%1 (%2): nobody plays this role on %3</source>
        <translation>%1 (%2): %3 жағдай бойынша бұл рөлді ешбір орган атқармайды</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2): %3 [%4]</translation>
    </message>
    <message>
        <source>Not evaluated on this part (Appendix 2).</source>
        <translation>Осы бөлік бойынша бағаланбайды (2-қосымша).</translation>
    </message>
    <message>
        <source>Jointly with: %1</source>
        <translation>Бірлесіп: %1</translation>
    </message>
    <message>
        <source>Decided by an exception of the decree (%1), not by the usual rule of the part.</source>
        <translation>Бөліктің жалпы ережесі бойынша емес, Жарлықтағы ерекшелік (%1) бойынша айқындалған.</translation>
    </message>
    <message>
        <source>⚠ Conflict of interest (§12, objectivity): the evaluator is the body itself or a body it belongs to.</source>
        <translation>⚠ Мүдделер қақтығысы (§12, объективтілік): бағалаушы — органның өзі немесе ол құрамына кіретін орган.</translation>
    </message>
    <message>
        <source>Evaluated on blocks: %1</source>
        <translation>Бағаланатын блоктары: %1</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatorsArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Filter bodies by code or name…</source>
        <translation>Код немесе атау…</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Кодтарды көрсету</translation>
    </message>
    <message>
        <source>Show the evaluators&apos; codes instead of their short names</source>
        <translation>Бағалаушы органдардың қысқаша атауларының орнына кодтарын көрсету</translation>
    </message>
    <message>
        <source>Who assembles the blocks</source>
        <translation>Блоктар бойынша қорытындыларды кім жинақтайды</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Шартты белгілер:</translation>
    </message>
    <message>
        <source>Exception of the decree (italics)</source>
        <translation>Жарлықтағы ерекшелік (көлбеу қаріп)</translation>
    </message>
    <message>
        <source>The part is evaluated under an exception (§25, §26, §31, §32, §37, §38), not by the usual rule (§24, §29, §36).</source>
        <translation>Бөлік жалпы ереже (§24, §29, §36) бойынша емес, ерекшелік (§25, §26, §31, §32, §37, §38) бойынша бағаланады.</translation>
    </message>
    <message>
        <source>Conflict of interest (§12)</source>
        <translation>Мүдделер қақтығысы (§12)</translation>
    </message>
    <message>
        <source>The evaluator is the body itself or a body it belongs to: objectivity (§12) is not ensured.</source>
        <translation>Бағалаушы — органның өзі немесе ол құрамына кіретін орган: объективтілік (§12) қамтамасыз етілмейді.</translation>
    </message>
    <message>
        <source>Not evaluated on this part (Appendix 2)</source>
        <translation>Осы бөлік бойынша бағаланбайды (2-қосымша)</translation>
    </message>
    <message>
        <source>The list of evaluated bodies for %1 (§17); the authorized bodies as on %2 (§56).</source>
        <translation>%1 жылға бағаланатын органдар тізбесі (§17); бағалауға уәкілетті органдар — %2 жағдай бойынша (§56).</translation>
    </message>
    <message>
        <source>No list of evaluated bodies for %1: the evaluated bodies that exist on 31 December %1; the authorized bodies as on %2 (§56).</source>
        <translation>%1 жылға бағаланатын органдар тізбесі енгізілмеген: %1 жылғы 31 желтоқсанда бар бағаланатын органдар көрсетілген; бағалауға уәкілетті органдар — %2 жағдай бойынша (§56).</translation>
    </message>
    <message>
        <source>Evaluated bodies: %1</source>
        <translation>Бағаланатын органдар: %1</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>көрсетілгені: %1</translation>
    </message>
    <message>
        <source>parts decided by exceptions: %1</source>
        <translation>ерекшеліктер бойынша айқындалған бөліктер: %1</translation>
    </message>
    <message>
        <source>conflicts of interest (§12): %1</source>
        <translation>мүдделер қақтығысы (§12): %1</translation>
    </message>
    <message>
        <source>nobody plays this role</source>
        <translation>бұл рөлді ешбір орган атқармайды</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is assembled by: %2 — %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; бойынша қорытындыларды жинақтаушы: %2 — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ui::EvidenceDialog</name>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Файлдарды &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Растайтын құжаттар — %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Each file is stored in the database with its SHA-256, which shows it has not changed since; at most %1 each.</source>
        <translation>Әр файл дерекқорда SHA-256 хешімен бірге сақталады, ол файлдың содан бері өзгермегенін көрсетеді; әр файлдың көлемі %1 аспауы тиіс.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report is locked: files cannot be removed.</source>
        <translation>Есеп бұғатталған: файлдарды жою мүмкін емес.</translation>
    </message>
    <message>
        <source>The report is locked: files cannot be attached.</source>
        <translation>Есеп бұғатталған: файлдарды тіркеу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>ui::IndicatorEditor</name>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Kept across versions and years: values and trends find the indicator by its code</source>
        <translation>Барлық нұсқалар мен жылдарда сақталады: мәндер мен серпін көрсеткішпен коды арқылы байланыстырылады</translation>
    </message>
    <message>
        <source>Weight, %:</source>
        <translation>Салмағы, %:</translation>
    </message>
    <message>
        <source>The indicator&apos;s share of its criterion; the weights of a criterion add up to 100</source>
        <translation>Көрсеткіштің критерийдегі үлесі; критерий көрсеткіштері салмақтарының қосындысы 100-ге тең</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Айқындамасы:</translation>
    </message>
    <message>
        <source>How the value is calculated, unambiguous for evaluator and evaluated (§20.3)</source>
        <translation>Мәннің қалай есептелетіні; бағалайтын да, бағаланатын да орган оны бірдей түсінуі тиіс (§20.3)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Бірлігі:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Тексеру:</translation>
    </message>
    <message>
        <source>How the correctness of the value can be checked (§20.2)</source>
        <translation>Мәннің дұрыстығын қалай тексеруге болатыны (§20.2)</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>Source (§7):</source>
        <translation>Көзі (§7):</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Бағалау:</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Шегі:</translation>
    </message>
    <message>
        <source>The highest achievement counted: 1 gives no credit for doing better than the plan, 1.2 counts up to 120 %</source>
        <translation>Ескерілетін ең жоғары қол жеткізу деңгейі: 1 болса, жоспардан асыра орындау ескерілмейді, 1,2 болса, 120 %-ға дейін ескеріледі</translation>
    </message>
    <message>
        <source>Default plan:</source>
        <translation>Ортақ жоспар:</translation>
    </message>
    <message>
        <source>None: each body gives its own</source>
        <translation>Жоқ: әр орган өз жоспарын көрсетеді</translation>
    </message>
    <message>
        <source>Steps from the best: the first threshold the fact reaches gives its points.</source>
        <translation>Сатылар ең жақсысынан бастап: нақты мән жеткен бірінші шек өз балын береді.</translation>
    </message>
    <message>
        <source>Fact reaches</source>
        <translation>Нақты мән шегі</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Саты қосу</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Сатыны жою</translation>
    </message>
    <message>
        <source>For example: min(fact / plan, 1.2)</source>
        <translation>Мысалы: min(fact / plan, 1.2)</translation>
    </message>
    <message>
        <source>The formula uses fact and plan and gives the achievement: 1 means the plan is met.</source>
        <translation>Формула fact және plan мәндерін пайдаланып, қол жеткізу деңгейін береді: 1 жоспардың орындалғанын білдіреді.</translation>
    </message>
    <message>
        <source>Not allowed in the goals block: §7 excludes independent experts and public councils from block 1</source>
        <translation>«Мақсаттарға қол жеткізу» блогында қолданылмайды: §7 тәуелсіз сарапшылар мен қоғамдық кеңестерді 1-блоктан шығарады</translation>
    </message>
    <message>
        <source>Type 7 (independent experts, public councils) is not allowed in the goals block (§7).</source>
        <translation>7-түр (тәуелсіз сарапшылар, қоғамдық кеңестер) «Мақсаттарға қол жеткізу» блогында қолданылмайды (§7).</translation>
    </message>
    <message>
        <source>The default plan is not a number.</source>
        <translation>Ортақ жоспар сан емес.</translation>
    </message>
    <message>
        <source>A step of the scale is not a number.</source>
        <translation>Шкала сатысының мәні сан емес.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Smallest accepted fact:</source>
        <translation>Нақты мән кемінде:</translation>
    </message>
    <message>
        <source>Largest accepted fact:</source>
        <translation>Ең көбі:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Шектелмеген</translation>
    </message>
    <message>
        <source>A report whose fact is outside this range cannot be submitted</source>
        <translation>Нақты мәні осы ауқымнан тыс есепті ұсыну мүмкін емес</translation>
    </message>
    <message>
        <source>The smallest accepted fact is not a number.</source>
        <translation>Нақты мәннің төменгі шегі сан емес.</translation>
    </message>
    <message>
        <source>The largest accepted fact is not a number.</source>
        <translation>Нақты мәннің жоғарғы шегі сан емес.</translation>
    </message>
    <message>
        <source>The smallest accepted fact is larger than the largest.</source>
        <translation>Нақты мәннің төменгі шегі жоғарғы шегінен үлкен.</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Bagalau — %1</source>
        <translation>Bagalau — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Өң&amp;деу</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Тізілім</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Сақтық көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>Save a dated copy of the database in the backups folder beside it</source>
        <translation>Дерекқордың күні көрсетілген көшірмесін оның жанындағы backups қалтасына сақтау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>Өзгерістер тарихындағы &amp;атыңыз…</translation>
    </message>
    <message>
        <source>&amp;About Bagalau</source>
        <translation>Bagalau &amp;туралы</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Changes are recorded as: %1</source>
        <translation>Өзгерістерді енгізуші: %1</translation>
    </message>
    <message>
        <source>Another copy of Bagalau is working with this database, so it is open read-only here. Close the other copy and open the file again to make changes.</source>
        <translation>Осы дерекқормен Bagalau бағдарламасының басқа данасы жұмыс істеп тұр, сондықтан мұнда ол тек оқу үшін ашылды. Өзгерістер енгізу үшін басқа данасын жауып, файлды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Бұл дерекқор тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Bagalau databases (*.db);;All files (*)</source>
        <translation>Bagalau дерекқорлары (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <source>The name written in the history of every change you make:</source>
        <translation>Сіз енгізетін әрбір өзгерістің тарихына жазылатын аты-жөніңіз:</translation>
    </message>
    <message>
        <source>About Bagalau</source>
        <translation>Bagalau туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;The annual evaluation of the effectiveness of state bodies, as Decree No. 954 of the President of the Republic of Kazakhstan sets it (wording of 2019).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;Қазақстан Республикасы Президентінің № 954 Жарлығына (2019 жылғы редакция) сәйкес мемлекеттік органдар қызметінің тиімділігін жыл сайынғы бағалау.&lt;/p&gt;&lt;p&gt;GNU General Public License лицензиясының 3-нұсқасы немесе одан кейінгі нұсқасы бойынша таратылады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Methodologies</source>
        <translation>Әдістемелер</translation>
    </message>
    <message>
        <source>Who Evaluates Whom</source>
        <translation>Кім кімді бағалайды</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Bagalau — workstation of %1 for %2 — %3</source>
        <translation>Bagalau — %1: %2 жылға арналған жұмыс орны — %3</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Con&amp;clusions</source>
        <translation>&amp;Қорытындылар</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>The Commission&apos;s &amp;Report</source>
        <translation>Комиссия &amp;баяндамасы</translation>
    </message>
</context>
<context>
    <name>ui::MethodologyArea</name>
    <message>
        <source>Sample</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>New Methodology…</source>
        <translation>Жаңа әдістеме…</translation>
    </message>
    <message>
        <source>An empty draft methodology of a block for an evaluated year</source>
        <translation>Бағаланатын жылға блок бойынша әдістеменің бос жобасы</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Жаңа нұсқа</translation>
    </message>
    <message>
        <source>A new draft version of the selected methodology, with the same content</source>
        <translation>Таңдалған әдістеменің мазмұны сол күйінде қалатын жаңа нұсқасының жобасы</translation>
    </message>
    <message>
        <source>Copy to Next Year</source>
        <translation>Келесі жылға көшіру</translation>
    </message>
    <message>
        <source>The selected methodology as the first draft of the next evaluated year</source>
        <translation>Таңдалған әдістемені келесі бағаланатын жылдың алғашқы жобасы ретінде көшіру</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Бекіту…</translation>
    </message>
    <message>
        <source>Record the approval (§19): the methodology is then frozen</source>
        <translation>Бекіту туралы мәліметтерді енгізу (§19): бұдан кейін әдістеме өзгертілмейді</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <source>Delete the selected draft; approved methodologies are kept</source>
        <translation>Таңдалған жобаны жою; бекітілген әдістемелер сақталады</translation>
    </message>
    <message>
        <source>Make a New Version to Edit</source>
        <translation>Өзгерту үшін жаңа нұсқа жасау</translation>
    </message>
    <message>
        <source>Criteria and Indicators</source>
        <translation>Критерийлер мен көрсеткіштер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Add a criterion at the end</source>
        <translation>Соңына критерий қосу</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Add an indicator to the selected criterion</source>
        <translation>Таңдалған критерийге көрсеткіш қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected criterion (with its indicators) or indicator</source>
        <translation>Таңдалған критерийді (көрсеткіштерімен бірге) немесе көрсеткішті жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Select a criterion or an indicator in the tree to see and edit it.</source>
        <translation>Ағаштан критерийді немесе көрсеткішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Sample: a demonstration methodology, not a real one</source>
        <translation>Үлгі: нақты емес, демонстрациялық әдістеме</translation>
    </message>
    <message>
        <source>Not counted (no data):</source>
        <translation>Деректері жоқ көрсеткіштер:</translation>
    </message>
    <message>
        <source>Fully achieved from:</source>
        <translation>Толық қол жеткізу — кемінде:</translation>
    </message>
    <message>
        <source>partially from:</source>
        <translation>ішінара — кемінде:</translation>
    </message>
    <message>
        <source>An indicator scoring at least the first is fully achieved, at least the second partially achieved, and below it not achieved.</source>
        <translation>Балы бірінші шектен кем емес көрсеткішке толық қол жеткізілді, екінші шектен кем емес болса — ішінара қол жеткізілді, одан төмен болса — қол жеткізілмеді.</translation>
    </message>
    <message>
        <source>Run by (§27, §34, §40):</source>
        <translation>Әзірлеушілер (§27, §34, §40):</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Міндетті емес: акт немесе себеп, өзгерістер тарихында сақталады</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Evaluated year %1</source>
        <translation>Бағаланатын жыл: %1</translation>
    </message>
    <message>
        <source>A sample: a demonstration methodology, not a real one</source>
        <translation>Үлгі: нақты емес, демонстрациялық әдістеме</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>%1 бекітілген</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 критерий</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерий</numerusform>
        </translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 көрсеткіш</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n көрсеткіш</numerusform>
            <numerusform>%n көрсеткіш</numerusform>
        </translation>
    </message>
    <message>
        <source>Body %1 (not in the registry)</source>
        <translation>%1 органы (тізілімде жоқ)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2, version %3</source>
        <translation>%1, %2, %3-нұсқа</translation>
    </message>
    <message>
        <source>a methodology that was deleted</source>
        <translation>жойылған әдістеме</translation>
    </message>
    <message>
        <source>§20 checks</source>
        <translation>§20 бойынша тексерулер</translation>
    </message>
    <message>
        <source>An error: the methodology cannot be approved while it is there</source>
        <translation>Қате: ол түзетілмейінше әдістемені бекіту мүмкін емес</translation>
    </message>
    <message>
        <source>A warning: the methodology can be approved</source>
        <translation>Ескерту: әдістемені бекітуге болады</translation>
    </message>
    <message>
        <source>All §20 requirements that the data can show are met.</source>
        <translation>Деректер бойынша тексеруге болатын §20 талаптарының барлығы орындалған.</translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2</source>
        <translation>қателер: %1, ескертулер: %2</translation>
    </message>
    <message>
        <source>No methodology selected</source>
        <translation>Әдістеме таңдалмаған</translation>
    </message>
    <message>
        <source>There are no methodologies yet: start with New Methodology.</source>
        <translation>Әзірге әдістемелер жоқ: «Жаңа әдістеме» командасынан бастаңыз.</translation>
    </message>
    <message>
        <source>Select a methodology in the list.</source>
        <translation>Тізімнен әдістемені таңдаңыз.</translation>
    </message>
    <message>
        <source>Approved on %1 (%2)</source>
        <translation>%1 бекітілген (%2)</translation>
    </message>
    <message>
        <source>evaluated year %1</source>
        <translation>бағаланатын жыл: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>үлгі</translation>
    </message>
    <message>
        <source>Agreed with the state planning body on %1 and with the Commission&apos;s working body on %2.</source>
        <translation>Мемлекеттік жоспарлау жөніндегі уәкілетті органмен %1, Комиссияның жұмыс органымен %2 келісілген.</translation>
    </message>
    <message>
        <source>Approved on %1 — frozen. Changes make a new version.</source>
        <translation>%1 бекітілген — өзгертілмейді. Өзгерістер жаңа нұсқада енгізіледі.</translation>
    </message>
    <message>
        <source>Save the changes first: the stored methodology is approved</source>
        <translation>Алдымен өзгерістерді сақтаңыз: сақталған әдістеме бекітіледі</translation>
    </message>
    <message>
        <source>Approved: read-only</source>
        <translation>Бекітілген: тек оқу үшін</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Дерекқор тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Әзірге сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Save the methodology of %1, %2</source>
        <translation>әдістемені сақтау (%1, %2)</translation>
    </message>
    <message>
        <source>New methodology of %1, %2</source>
        <translation>жаңа әдістеме (%1, %2)</translation>
    </message>
    <message>
        <source>New version of the methodology of %1, %2</source>
        <translation>әдістеменің жаңа нұсқасы (%1, %2)</translation>
    </message>
    <message>
        <source>Copy the methodology of %1 to %2</source>
        <translation>әдістемені (%1) %2 жылға көшіру</translation>
    </message>
    <message>
        <source>Approve the methodology of %1, %2</source>
        <translation>әдістемені бекіту (%1, %2)</translation>
    </message>
    <message>
        <source>Delete the draft methodology of %1, %2, version %3</source>
        <translation>әдістеме жобасын жою (%1, %2, %3-нұсқа)</translation>
    </message>
    <message>
        <source>v%1</source>
        <comment>methodology version</comment>
        <translation>%1-нұсқа</translation>
    </message>
</context>
<context>
    <name>ui::MethodologyTreeModel</name>
    <message>
        <source>%1 (Σ %2)</source>
        <translation>%1 (Σ %2)</translation>
    </message>
    <message>
        <source>Weight of the criterion in the block: %1 %. Its indicators&apos; weights add up to 100 %.</source>
        <translation>Критерийдің блоктағы салмағы: %1 %. Оның көрсеткіштері салмақтарының қосындысы — 100 %.</translation>
    </message>
    <message>
        <source>Weight of the criterion in the block: %1 %. Its indicators&apos; weights add up to %2 %, not 100.</source>
        <translation>Критерийдің блоктағы салмағы: %1 %. Оның көрсеткіштері салмақтарының қосындысы 100 емес, %2 %.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight in the block (the sum of its indicators&apos; weights in brackets); an indicator&apos;s weight in its criterion</source>
        <translation>Критерийдің блоктағы салмағы (жақшада — оның көрсеткіштері салмақтарының қосындысы); көрсеткіштің критерийдегі салмағы</translation>
    </message>
    <message>
        <source>The kind of information source (§7), 1–9</source>
        <translation>Ақпарат көзінің түрі (§7), 1–9</translation>
    </message>
    <message>
        <source>Direction: ↑ higher is better, ↓ lower is better</source>
        <translation>Бағыты: ↑ жоғары болғаны жақсы; ↓ төмен болғаны жақсы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Weight, %</source>
        <translation>Салмағы, %</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Бағалау тәсілі</translation>
    </message>
    <message>
        <source>§7</source>
        <translation>§7</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлігі</translation>
    </message>
</context>
<context>
    <name>ui::NameEditor</name>
    <message>
        <source>Kazakh:</source>
        <translation>Қазақша:</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>Орысша:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Ағылшынша:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
</context>
<context>
    <name>ui::NameHistoryModel</name>
    <message>
        <source>from the start</source>
        <translation>басынан бастап</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Short name (kk)</source>
        <translation>Қысқаша атауы (қаз.)</translation>
    </message>
    <message>
        <source>Short name (ru)</source>
        <translation>Қысқаша атауы (орыс.)</translation>
    </message>
    <message>
        <source>Short name (en)</source>
        <translation>Қысқаша атауы (ағыл.)</translation>
    </message>
    <message>
        <source>Full name (kk)</source>
        <translation>Толық атауы (қаз.)</translation>
    </message>
    <message>
        <source>Full name (ru)</source>
        <translation>Толық атауы (орыс.)</translation>
    </message>
    <message>
        <source>Full name (en)</source>
        <translation>Толық атауы (ағыл.)</translation>
    </message>
</context>
<context>
    <name>ui::NewMethodologyDialog</name>
    <message>
        <source>New Methodology</source>
        <translation>Жаңа әдістеме</translation>
    </message>
    <message>
        <source>The methodology of a block for one evaluated year (§19). It starts as an empty draft; to start from last year&apos;s, select that one and use Copy to Next Year.</source>
        <translation>Бір бағаланатын жылға арналған блок бойынша әдістеме (§19). Ол бос жоба ретінде жасалады; өткен жылғы әдістемені негізге алу үшін оны таңдап, «Келесі жылға көшіру» командасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
</context>
<context>
    <name>ui::PackageHistoryModel</name>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>Файлдың SHA-256 хеші: %1</translation>
    </message>
    <message>
        <source>The number the body&apos;s workstation gave the package when it was exported.</source>
        <translation>Пакет экспортталған кезде органның жұмыс орны оған берген нөмір.</translation>
    </message>
    <message>
        <source>Superseded by #%1</source>
        <translation>#%1 пакетімен ауыстырылды</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Қолданыстағы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Пакет №</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Импорттаған</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>ui::PackageIssueDialog</name>
    <message>
        <source>Issue Template</source>
        <translation>Шаблон беру</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Код немесе атау</translation>
    </message>
    <message>
        <source>The template is what the body&apos;s workstation needs to report offline for the year: the schedule, the methodologies in effect for the body&apos;s blocks, last year&apos;s values, and a new signing key of the body. A template issued again for the same body and year replaces the previous key.</source>
        <translation>Шаблонда органның жұмыс орнына осы жыл бойынша желіге қосылмай есеп беру үшін қажеттінің бәрі бар: кесте, органның блоктары бойынша қолданыстағы әдістемелер, өткен жылғы мәндер және органның жаңа қолтаңба кілті. Сол органға сол жылға қайта берілген шаблон бұрынғы кілтті ауыстырады.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Беру…</translation>
    </message>
    <message>
        <source>There are no evaluated bodies in %1.</source>
        <translation>%1 жылы бағаланатын органдар жоқ.</translation>
    </message>
    <message>
        <source>No body matches the filter.</source>
        <translation>Сүзгіге сәйкес келетін орган жоқ.</translation>
    </message>
    <message>
        <source>Evaluated on blocks %1, but none of them has a methodology for %2 yet: there is nothing to report.</source>
        <translation>Бағаланатын блоктары: %1; бірақ олардың ешқайсысы бойынша %2 жылға әлі әдістеме жоқ: есеп беретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Evaluated on blocks %1; the template carries those with a methodology for %2: %3.</source>
        <translation>Бағаланатын блоктары: %1; шаблонға %2 жылға әдістемесі бар блоктар енгізіледі: %3.</translation>
    </message>
</context>
<context>
    <name>ui::PackageIssuedDialog</name>
    <message>
        <source>Template Issued</source>
        <translation>Шаблон берілді</translation>
    </message>
    <message>
        <source>The template of %1 for %2 is saved to %3.</source>
        <translation>Шаблон (%1, %2 жыл) сақталды: %3.</translation>
    </message>
    <message>
        <source>Fingerprint of the body&apos;s key (valid until %1). Tell it to the body by another channel, for example by phone, so that it can compare it with the one its workstation shows.</source>
        <translation>Органның кілтінің саусақ ізі (%1 дейін жарамды). Оны органға басқа арна арқылы, мысалы, телефон арқылы хабарлаңыз: орган оны өз жұмыс орнында көрсетілген саусақ ізімен салыстыра алады.</translation>
    </message>
    <message>
        <source>Fingerprint of the body&apos;s key. Tell it to the body by another channel, for example by phone, so that it can compare it with the one its workstation shows.</source>
        <translation>Органның кілтінің саусақ ізі. Оны органға басқа арна арқылы, мысалы, телефон арқылы хабарлаңыз: орган оны өз жұмыс орнында көрсетілген саусақ ізімен салыстыра алады.</translation>
    </message>
    <message>
        <source>The template file contains the body&apos;s signing key: whoever holds the file can sign reports in the body&apos;s name. Hand it over like a password — in person or through a protected channel, never by open e-mail — and delete other copies once the body has it.</source>
        <translation>Шаблон файлында органның қолтаңба кілті бар: файлды иеленген кез келген адам орган атынан есептерге қол қоя алады. Оны құпиясөз сияқты беріңіз — қолма-қол немесе қорғалған арна арқылы, ешқашан ашық электрондық пошта арқылы емес — және орган оны алғаннан кейін басқа көшірмелерін жойыңыз.</translation>
    </message>
</context>
<context>
    <name>ui::PackagePreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>%1 of %2, evaluation of %3</source>
        <translation>%1: %2, %3 жылғы бағалау</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Блоктар:</translation>
    </message>
    <message>
        <source>Package no.:</source>
        <translation>Пакет №:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Жасалған уақыты:</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>Қол қойылған кілт:</translation>
    </message>
    <message>
        <source>#%1: package no. %2 of %3, imported %4</source>
        <translation>#%1: № %2 пакет (%3), импортталған уақыты: %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Nothing: the first package of this body for this year</source>
        <translation>Ештеңе: бұл органның осы жылғы алғашқы пакеті</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Ауыстырады:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Бағдарлама:</translation>
    </message>
    <message>
        <source>This very package was imported on %1 (#%2); importing it again changes nothing.</source>
        <translation>Дәл осы пакет %1 импортталған (#%2); оны қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>This very package was imported before; importing it again changes nothing.</source>
        <translation>Дәл осы пакет бұрын импортталған; оны қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Submitted after the reporting deadline (§41): %1. The reports are taken in and shown as late.</source>
        <translation>Есептік ақпаратты ұсыну мерзімінен кейін ұсынылған (§41): %1. Есептер қабылданады және кешіктірілген ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>The package changes nothing in this database.</source>
        <translation>Пакет осы дерекқорда ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>The import makes this one change.</source>
        <translation>Импорттау мына бір өзгерісті енгізеді.</translation>
    </message>
    <message numerus="yes">
        <source>The import makes these %n changes, all together or none of them.</source>
        <translation>
            <numerusform>Импорттау мына %n өзгерісті енгізеді: барлығын бірге немесе ешқайсысын енгізбейді.</numerusform>
            <numerusform>Импорттау мына %n өзгерісті енгізеді: барлығын бірге немесе ешқайсысын енгізбейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ui::PackageTemplateModel</name>
    <message>
        <source>Key not found</source>
        <translation>Кілт табылмады</translation>
    </message>
    <message>
        <source>Replaced on %1</source>
        <translation>%1 ауыстырылды</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Мерзімі өтті: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the body sees in its workstation.</source>
        <translation>Оны орган өз жұмыс орнында көретін саусақ ізімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Report packages signed with this key are accepted.</source>
        <translation>Осы кілтпен қол қойылған есеп пакеттері қабылданады.</translation>
    </message>
    <message>
        <source>Report packages signed with this key are refused.</source>
        <translation>Осы кілтпен қол қойылған есеп пакеттері қабылданбайды.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
</context>
<context>
    <name>ui::PackagesArea</name>
    <message>
        <source>Issue Template…</source>
        <translation>Шаблон беру…</translation>
    </message>
    <message>
        <source>Make the template a body&apos;s workstation needs to report offline, with the body&apos;s new signing key</source>
        <translation>Органның жұмыс орнына желіге қосылмай есеп беру үшін қажетті шаблонды органның жаңа қолтаңба кілтімен жасау</translation>
    </message>
    <message>
        <source>Import Package…</source>
        <translation>Пакетті импорттау…</translation>
    </message>
    <message>
        <source>Check a body&apos;s report package, see every change it makes, and import it</source>
        <translation>Органның есеп пакетін тексеру, ол енгізетін әр өзгерісті қарау және оны импорттау</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Save the selected package, exactly as it was imported, to a file</source>
        <translation>Таңдалған пакетті дәл импортталған күйінде файлға сақтау</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Templates issued</source>
        <translation>Берілген шаблондар</translation>
    </message>
    <message>
        <source>A body&apos;s reports are accepted only when they are signed with the key of its latest template for the year, and only until the key expires.</source>
        <translation>Органның есептері оған осы жылға берілген соңғы шаблонның кілтімен қол қойылған жағдайда ғана және кілттің мерзімі өткенге дейін ғана қабылданады.</translation>
    </message>
    <message>
        <source>Imported packages</source>
        <translation>Импортталған пакеттер</translation>
    </message>
    <message>
        <source>Every imported file is kept. A newer package of the same body and year supersedes the older one, which stays here, greyed.</source>
        <translation>Импортталған әр файл сақталады. Сол органның сол жылғы жаңарақ пакеті ескісін ауыстырады, ескісі осында сұр түспен көрсетіліп қала береді.</translation>
    </message>
    <message>
        <source>Templates and return packages from this installation are signed with the key %1.</source>
        <translation>Осы орнатылымнан шығатын шаблондар мен қайтару пакеттеріне %1 кілтімен қол қойылады.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Толығырақ: %1</translation>
    </message>
    <message>
        <source>The template was issued but not saved: issue it again to save it (the new one replaces its key).</source>
        <translation>Шаблон берілді, бірақ сақталмады: оны сақтау үшін шаблонды қайта беріңіз (жаңа шаблон оның кілтін ауыстырады).</translation>
    </message>
    <message>
        <source>The template of %1 for %2 is saved to %3.</source>
        <translation>Шаблон (%1, %2 жыл) сақталды: %3.</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>This very package was imported before; nothing changed.</source>
        <translation>Дәл осы пакет бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Imported package no. %1 of %2 for %3: 1 change.</source>
        <translation>№ %1 пакет импортталды (%2, %3 жыл): 1 өзгеріс.</translation>
    </message>
    <message numerus="yes">
        <source>Imported package no. %1 of %2 for %3: %n changes.</source>
        <translation>
            <numerusform>№ %1 пакет импортталды (%2, %3 жыл): %n өзгеріс.</numerusform>
            <numerusform>№ %1 пакет импортталды (%2, %3 жыл): %n өзгеріс.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of package #%1 is saved to %2.</source>
        <translation>#%1 пакетінің көшірмесі сақталды: %2.</translation>
    </message>
    <message>
        <source>Choose a body.</source>
        <translation>Органды таңдаңыз.</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Шаблонды сақтау</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Пакет импортталуда…</translation>
    </message>
</context>
<context>
    <name>ui::RankingChartView</name>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>ui::RecheckArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Барлық блоктар</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Show what the criteria would select now, without storing anything</source>
        <translation>Критерийлер қазір нені іріктейтінін ештеңе сақтамай көрсету</translation>
    </message>
    <message>
        <source>Select for Re-verification</source>
        <translation>Іріктеу</translation>
    </message>
    <message>
        <source>Run the criteria and store the values they select; values already selected keep their outcome</source>
        <translation>Критерийлерді қолданып, олар іріктеген мәндерді сақтау; бұрын іріктелген мәндердің шешімі өзгермейді</translation>
    </message>
    <message>
        <source>Risk criteria (§42–43)</source>
        <translation>Тәуекел критерийлері (§42–43)</translation>
    </message>
    <message>
        <source>The state planning body approves how values are selected for re-verification. The criteria are kept per year; only submitted reports are looked at.</source>
        <translation>Мәндерді қайта тексеруге іріктеу тәртібін мемлекеттік жоспарлау жөніндегі уәкілетті орган бекітеді. Критерийлер әр жылға жеке сақталады; тек ұсынылған есептер қаралады.</translation>
    </message>
    <message>
        <source>Save Criteria</source>
        <translation>Критерийлерді сақтау</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Values selected for re-verification</source>
        <translation>Қайта тексеруге іріктелген мәндер</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Растау…</translation>
    </message>
    <message>
        <source>The re-check found the reported value right</source>
        <translation>Қайта тексеру ұсынылған мәннің дұрыс екенін анықтады</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>The re-check found the reported value wrong: enter the right fact and why</source>
        <translation>Қайта тексеру ұсынылған мәннің қате екенін анықтады: дұрыс нақты мәнді және себебін енгізіңіз</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Back to pending; a corrected value gets its reported fact back</source>
        <translation>Қайтадан «Тексерілуде» күйіне қайтару; түзетілген мәнге ұсынылған нақты мәні қайтарылады</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove a pending value from the selection</source>
        <translation>Тексерілуде тұрған мәнді іріктеуден алып тастау</translation>
    </message>
    <message>
        <source>Select a value to see why it was selected and what was found.</source>
        <translation>Мәннің неге іріктелгенін және не анықталғанын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Why selected: %1</source>
        <translation>Іріктелу себебі: %1</translation>
    </message>
    <message>
        <source>Selected %1 by %2; pending.</source>
        <translation>Іріктелді: %1, іріктеген: %2; тексерілуде.</translation>
    </message>
    <message>
        <source>Corrected %1 by %2 from %3 to %4.</source>
        <translation>Түзетілді: %1, түзеткен: %2; %3 мәні %4 болып өзгертілді.</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2.</source>
        <translation>Расталды: %1, растаған: %2.</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Анықталғаны: %1</translation>
    </message>
    <message>
        <source>No values are selected for re-verification in %1 yet.</source>
        <translation>%1 жыл бойынша қайта тексеруге әлі бірде-бір мән іріктелмеген.</translation>
    </message>
    <message>
        <source>1 value selected: %1 pending, %2 confirmed, %3 corrected.</source>
        <translation>1 мән іріктелді: тексерілуде — %1, расталғаны — %2, түзетілгені — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n values selected: %1 pending, %2 confirmed, %3 corrected.</source>
        <translation>
            <numerusform>%n мән іріктелді: тексерілуде — %1, расталғаны — %2, түзетілгені — %3.</numerusform>
            <numerusform>%n мән іріктелді: тексерілуде — %1, расталғаны — %2, түзетілгені — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Change the re-verification criteria of %1</source>
        <translation>%1 жылғы қайта тексеру критерийлерін өзгерту</translation>
    </message>
    <message>
        <source>The criteria of %1 are saved.</source>
        <translation>%1 жылғы критерийлер сақталды.</translation>
    </message>
    <message>
        <source>No new values: everything the criteria select is already selected.</source>
        <translation>Жаңа мәндер жоқ: критерийлер іріктейтін мәндердің бәрі бұрын іріктелген.</translation>
    </message>
    <message>
        <source>1 new value selected for re-verification.</source>
        <translation>Қайта тексеруге 1 жаңа мән іріктелді.</translation>
    </message>
    <message numerus="yes">
        <source>%n new values selected for re-verification.</source>
        <translation>
            <numerusform>Қайта тексеруге %n жаңа мән іріктелді.</numerusform>
            <numerusform>Қайта тексеруге %n жаңа мән іріктелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm a value</source>
        <translation>мәнді растау</translation>
    </message>
    <message>
        <source>The value is confirmed.</source>
        <translation>Мән расталды.</translation>
    </message>
    <message>
        <source>Say what was wrong: a correction needs a finding.</source>
        <translation>Не қате болғанын көрсетіңіз: түзету үшін не анықталғанын жазу қажет.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Толығырақ: %1</translation>
    </message>
    <message>
        <source>Correct a value</source>
        <translation>мәнді түзету</translation>
    </message>
    <message>
        <source>The value is corrected; the scores use the corrected fact.</source>
        <translation>Мән түзетілді; балдар түзетілген нақты мән бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Reopen a value</source>
        <translation>мәнді қайта ашу</translation>
    </message>
    <message>
        <source>The value is pending again, with its reported fact.</source>
        <translation>Мән қайтадан тексерілуде, оған ұсынылған нақты мәні қайтарылды.</translation>
    </message>
    <message>
        <source>The value is pending again.</source>
        <translation>Мән қайтадан тексерілуде.</translation>
    </message>
    <message>
        <source>The value is removed from the selection.</source>
        <translation>Мән іріктеуден алып тасталды.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Remove from the Selection</source>
        <translation>Іріктеуден алып тастау</translation>
    </message>
    <message>
        <source>Remove %1, %2 from the values selected for re-verification? Select for Re-verification adds it again while the criteria select it.</source>
        <translation>%1, %2 мәні қайта тексеруге іріктелген мәндерден алып тасталсын ба? Критерийлер оны іріктеп тұрғанда, «Іріктеу» оны қайта қосады.</translation>
    </message>
</context>
<context>
    <name>ui::RecheckDecisionDialog</name>
    <message>
        <source>Confirm the Value</source>
        <translation>Мәнді растау</translation>
    </message>
    <message>
        <source>Correct the Value</source>
        <translation>Мәнді түзету</translation>
    </message>
    <message>
        <source>Reported fact:</source>
        <translation>Ұсынылған нақты мән:</translation>
    </message>
    <message>
        <source>Why selected:</source>
        <translation>Іріктелу себебі:</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>бос: деректер жоқ</translation>
    </message>
    <message>
        <source>Correct fact:</source>
        <translation>Дұрыс нақты мән:</translation>
    </message>
    <message>
        <source>Optional: what was checked, e.g. the register it was compared with</source>
        <translation>Міндетті емес: не тексерілді, мысалы, қандай тізіліммен салыстырылды</translation>
    </message>
    <message>
        <source>Required: what was wrong and where the right figure comes from</source>
        <translation>Міндетті: не қате болды және дұрыс мән қайдан алынды</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Анықталғаны:</translation>
    </message>
    <message>
        <source>Optional: a document that shows the right figure</source>
        <translation>Міндетті емес: дұрыс мәнді растайтын құжат</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Растайтын құжат:</translation>
    </message>
    <message>
        <source>The value stays as reported and is marked confirmed.</source>
        <translation>Мән ұсынылған күйінде қалады және расталды деп белгіленеді.</translation>
    </message>
    <message>
        <source>The corrected fact replaces the reported one in the scores at once; the reported fact is kept, and Reopen brings it back.</source>
        <translation>Балдарды есептеу кезінде түзетілген нақты мән ұсынылған мәннің орнына бірден қолданылады; ұсынылған нақты мән сақталады, «Қайта ашу» оны қайтарады.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» сан емес.</translation>
    </message>
    <message>
        <source>Say what was wrong: a correction needs a finding.</source>
        <translation>Не қате болғанын көрсетіңіз: түзету үшін не анықталғанын жазу қажет.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
</context>
<context>
    <name>ui::RecheckPreviewDialog</name>
    <message>
        <source>Preview of the Selection</source>
        <translation>Іріктеуді алдын ала қарау</translation>
    </message>
    <message>
        <source>The criteria select no values in %1. Nothing is stored.</source>
        <translation>Критерийлер бойынша ешбір мән іріктелмейді (%1). Ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>The criteria would select 1 value in %1.</source>
        <translation>Критерийлер 1 мәнді іріктейді (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The criteria would select %n values in %1.</source>
        <translation>
            <numerusform>Критерийлер %n мәнді іріктейді (%1).</numerusform>
            <numerusform>Критерийлер %n мәнді іріктейді (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>They are all of one body.</source>
        <translation>Олардың барлығы бір органға тиесілі.</translation>
    </message>
    <message numerus="yes">
        <source>They are of %n bodies.</source>
        <translation>
            <numerusform>Олар %n органға тиесілі.</numerusform>
            <numerusform>Олар %n органға тиесілі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you select them; values already selected keep their outcome.</source>
        <translation>Оларды іріктемейінше ештеңе сақталмайды; бұрын іріктелген мәндердің шешімі өзгермейді.</translation>
    </message>
    <message>
        <source>Select for Re-verification</source>
        <translation>Қайта тексеруге іріктеу</translation>
    </message>
</context>
<context>
    <name>ui::RecheckTableModel</name>
    <message>
        <source>Selected %1 by %2</source>
        <translation>Іріктелді: %1, %2</translation>
    </message>
    <message>
        <source>Decided %1 by %2</source>
        <translation>Шешім қабылданды: %1, %2</translation>
    </message>
    <message>
        <source>Not selected yet</source>
        <translation>Әлі іріктелмеген</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Why selected</source>
        <translation>Іріктелу себебі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Түзетілгені</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Анықталғаны</translation>
    </message>
</context>
<context>
    <name>ui::RecommendationDialog</name>
    <message>
        <source>New Recommendation</source>
        <translation>Жаңа ұсыным</translation>
    </message>
    <message>
        <source>Edit Recommendation</source>
        <translation>Ұсынымды өңдеу</translation>
    </message>
    <message>
        <source>An order (тапсырма / поручение), not a recommendation</source>
        <translation>Ұсыным емес, тапсырма</translation>
    </message>
    <message>
        <source>Confidential: withheld from publication (§52)</source>
        <translation>Құпия: жарияланбайды (§52)</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders go to the body&apos;s head with its result (§51); the next evaluation records what became of them (§45).</source>
        <translation>Комиссияның ұсынымдары мен тапсырмалары нәтижесімен бірге орган басшысына жіберіледі (§51); келесі бағалауда олардың орындалуы тіркеледі (§45).</translation>
    </message>
    <message>
        <source>The body carries out the conclusion&apos;s recommendations; the next year&apos;s conclusion records what became of them (§47 part 2).</source>
        <translation>Орган қорытындының ұсынымдарын орындайды; келесі жылғы қорытындыда олардың орындалуы көрсетіледі (§47, 2-бөлік).</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
    <message>
        <source>Write the recommendation in at least one language.</source>
        <translation>Ұсынымды кемінде бір тілде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ui::RegistryArea</name>
    <message>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <source>Reorganizations</source>
        <translation>Қайта ұйымдастырулар</translation>
    </message>
    <message>
        <source>Evaluated per year (§17)</source>
        <translation>Жыл бойынша бағаланатындар (§17)</translation>
    </message>
    <message>
        <source>Search by code or name, in any language</source>
        <translation>Код немесе атау бойынша іздеу, кез келген тілде</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <source>Evaluated bodies</source>
        <translation>Бағаланатын органдар</translation>
    </message>
    <message>
        <source>Authorized bodies only</source>
        <translation>Тек уәкілетті органдар</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Күні бойынша</translation>
    </message>
    <message>
        <source>Show only the bodies that exist on this date, with the names they had then</source>
        <translation>Осы күні болған органдарды ғана сол кездегі атауларымен көрсету</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>How §53–55 treat each reorganized body in the evaluation of that year. Dates marked ≈ are approximate.</source>
        <translation>Әрбір қайта ұйымдастырылған орган сол жылғы бағалауда §53–55 бойынша қалай ескеріледі. ≈ белгісі қойылған күндер шамамен алынған.</translation>
    </message>
    <message>
        <source>&amp;Add Body…</source>
        <translation>&amp;Орган қосу…</translation>
    </message>
    <message>
        <source>Add a body to the registry</source>
        <translation>Тізілімге орган қосу</translation>
    </message>
    <message>
        <source>Set the last day of the selected body</source>
        <translation>Таңдалған органның соңғы жұмыс күнін белгілеу</translation>
    </message>
    <message>
        <source>Record &amp;Reorganization…</source>
        <translation>&amp;Қайта ұйымдастыруды тіркеу…</translation>
    </message>
    <message>
        <source>Record a split, merger, renaming, transfer of functions or liquidation</source>
        <translation>Бөлуді, біріктіруді, атауын өзгертуді, функцияларды беруді немесе таратуды тіркеу</translation>
    </message>
    <message numerus="yes">
        <source>%n bodies on the list</source>
        <translation>
            <numerusform>Тізбеде %n орган</numerusform>
            <numerusform>Тізбеде %n орган</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Re&amp;tire Body…</source>
        <translation>Органның қызметін &amp;тоқтату…</translation>
    </message>
</context>
<context>
    <name>ui::RegistryController</name>
    <message>
        <source>Add body %1</source>
        <translation>%1 органын қосу</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 органын өзгерту</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 органының қызметін тоқтату</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>атауын өзгерту</translation>
    </message>
    <message>
        <source>Remove name</source>
        <translation>атауды жою</translation>
    </message>
    <message>
        <source>Record reorganization</source>
        <translation>қайта ұйымдастыруды тіркеу</translation>
    </message>
    <message>
        <source>Edit reorganization</source>
        <translation>қайта ұйымдастыруды өзгерту</translation>
    </message>
    <message>
        <source>Add to the list of %1</source>
        <translation>%1 жылғы тізбеге енгізу</translation>
    </message>
    <message>
        <source>Remove from the list of %1</source>
        <translation>%1 жылғы тізбеден шығару</translation>
    </message>
</context>
<context>
    <name>ui::ReorganizationDialog</name>
    <message>
        <source>The date is approximate (to be confirmed)</source>
        <translation>Күні шамамен алынған (нақтылау қажет)</translation>
    </message>
    <message>
        <source>The bodies before cease to exist the day before this date</source>
        <translation>Бұрынғы органдар осы күннің алдындағы күні қызметін тоқтатады</translation>
    </message>
    <message>
        <source>Record Reorganization</source>
        <translation>Қайта ұйымдастыруды тіркеу</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Before (predecessors):</source>
        <translation>Дейін (бұрынғы органдар):</translation>
    </message>
    <message>
        <source>After (successors):</source>
        <translation>Кейін (құқықтық мирасқорлар):</translation>
    </message>
    <message>
        <source>Note (Kazakh):</source>
        <translation>Ескертпе (қазақша):</translation>
    </message>
    <message>
        <source>Note (Russian):</source>
        <translation>Ескертпе (орысша):</translation>
    </message>
    <message>
        <source>Note (English):</source>
        <translation>Ескертпе (ағылшынша):</translation>
    </message>
</context>
<context>
    <name>ui::ReorganizationTableModel</name>
    <message>
        <source>Approximate date: confirm it when the act is published</source>
        <translation>Шамамен алынған күн: акт жарияланғанда нақтылаңыз</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Treatment for %1 (§53–55)</source>
        <translation>%1 жылғы бағалауда ескерілуі (§53–55)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ui::ReportFormDelegate</name>
    <message>
        <source>Not used in the goals block (§7)</source>
        <translation>«Мақсаттарға қол жеткізу» блогында қолданылмайды (§7)</translation>
    </message>
</context>
<context>
    <name>ui::ReportFormModel</name>
    <message>
        <source>Not in the methodology in effect</source>
        <translation>Қолданыстағы әдістемеде жоқ</translation>
    </message>
    <message>
        <source>%1  %2 (weight %3 %)</source>
        <translation>%1  %2 (салмағы %3 %)</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Айқындамасы:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Бірлігі:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Тексеру:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Бағалау:</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>Default plan:</source>
        <translation>Ортақ жоспар:</translation>
    </message>
    <message>
        <source>Accepted facts:</source>
        <translation>Рұқсат етілген нақты мәндер:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>Source (§7):</source>
        <translation>Көзі (§7):</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Қате: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>Last year: plan %1, fact %2</source>
        <translation>Өткен жыл: жоспар %1, факт %2</translation>
    </message>
    <message>
        <source>The methodology&apos;s plan, %1, is used unless you enter the body&apos;s own.</source>
        <translation>Органның өз жоспарын енгізбесеңіз, әдістемедегі жоспар (%1) қолданылады.</translation>
    </message>
    <message>
        <source>Leave it empty when there is no data, and say why in the comment.</source>
        <translation>Деректер болмаса, бос қалдырып, себебін түсініктемеде көрсетіңіз.</translation>
    </message>
    <message>
        <source>The remark of the authorized body:</source>
        <translation>Бағалауға уәкілетті органның сын-ескертпесі:</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Double-click to attach, open or remove files.</source>
        <translation>Файлдарды тіркеу, ашу немесе жою үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Double-click to open the files.</source>
        <translation>Файлдарды ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>the methodology&apos;s: %1</source>
        <translation>әдістемедегі: %1</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>бос: деректер жоқ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлігі</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Source (§7)</source>
        <translation>Көзі (§7)</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Дереккөзге сілтеме</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Сын-ескертпе</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Last year&apos;s plan / fact, for reference</source>
        <translation>Өткен жылғы жоспар / факт, анықтама үшін</translation>
    </message>
    <message>
        <source>The body&apos;s plan; empty: the methodology&apos;s plan (shown in italics)</source>
        <translation>Органның жоспары; бос болса — әдістемедегі жоспар (көлбеу қаріппен көрсетіледі)</translation>
    </message>
    <message>
        <source>The value reached in the evaluated year; empty: no data (say why in the comment)</source>
        <translation>Бағаланатын жылы қол жеткізілген мән; бос болса — деректер жоқ (себебін түсініктемеде көрсетіңіз)</translation>
    </message>
    <message>
        <source>The type of the source of information (§7)</source>
        <translation>Ақпарат көзінің түрі (§7)</translation>
    </message>
    <message>
        <source>The document, register or statistic the fact comes from</source>
        <translation>Нақты мән алынған құжат, тізілім немесе статистикалық деректер</translation>
    </message>
    <message>
        <source>Evidence files attached to the line</source>
        <translation>Жолға тіркелген растайтын файлдар</translation>
    </message>
    <message>
        <source>The remark of the authorized body when the report was returned for revision</source>
        <translation>Есеп пысықтауға қайтарылған кезде бағалауға уәкілетті орган жазған сын-ескертпе</translation>
    </message>
    <message>
        <source>The body&apos;s answer to the remark</source>
        <translation>Органның сын-ескертпеге жауабы</translation>
    </message>
</context>
<context>
    <name>ui::ReportImportDialog</name>
    <message>
        <source>Import Return Package</source>
        <translation>Қайтару пакетін импорттау</translation>
    </message>
    <message>
        <source>Returned for revision: %1, %2</source>
        <translation>Пысықтауға қайтарылды: %1, %2</translation>
    </message>
    <message>
        <source>Package of %1, number %2, SHA-256 %3.</source>
        <translation>%1 күнгі пакет, № %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>This package was already imported: importing it again changes nothing.</source>
        <translation>Бұл пакет бұрын импортталған: оны қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>It changes nothing here.</source>
        <translation>Ол мұнда ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Importing it makes the change below.</source>
        <translation>Импорттау төмендегі өзгерісті енгізеді.</translation>
    </message>
    <message numerus="yes">
        <source>Importing it makes the %n changes below; the remarks of the authorized body come first.</source>
        <translation>
            <numerusform>Импорттау төмендегі %n өзгерісті енгізеді; бағалауға уәкілетті органның сын-ескертпелері бірінші көрсетілген.</numerusform>
            <numerusform>Импорттау төмендегі %n өзгерісті енгізеді; бағалауға уәкілетті органның сын-ескертпелері бірінші көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не өзгереді</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Енді</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Файл тіркелді</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Сын-ескертпе</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
</context>
<context>
    <name>ui::ReportReturnDialog</name>
    <message>
        <source>Return for Revision</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>The body sees the reason and the remarks. It must answer every remark before it submits the report again; until then the report is open for changes.</source>
        <translation>Орган себеп пен сын-ескертпелерді көреді. Есепті қайта ұсынар алдында ол әр сын-ескертпеге жауап беруі тиіс; оған дейін есепті өзгертуге болады.</translation>
    </message>
    <message>
        <source>&amp;Reason for the return (required):</source>
        <translation>Қайтару &amp;себебі (міндетті):</translation>
    </message>
    <message>
        <source>What must be corrected, in a few sentences</source>
        <translation>Нені түзету керек, бірнеше сөйлеммен</translation>
    </message>
    <message>
        <source>Remarks per indicator (double-click a remark to type it):</source>
        <translation>Көрсеткіштер бойынша сын-ескертпелер (жазу үшін сын-ескертпе ұяшығын екі рет басыңыз):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Сын-ескертпе</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Give the reason for the return: the body sees it.</source>
        <translation>Қайтару себебін көрсетіңіз: орган оны көреді.</translation>
    </message>
</context>
<context>
    <name>ui::ReportTableModel</name>
    <message>
        <source>Last submitted on %1.</source>
        <translation>Соңғы рет ұсынылған уақыты: %1.</translation>
    </message>
    <message>
        <source>First submitted on %1; the deadline was %2.</source>
        <translation>Алғаш ұсынылған күні: %1; мерзімі: %2.</translation>
    </message>
    <message>
        <source>Not submitted yet; the deadline is %1.</source>
        <translation>Әлі ұсынылмаған; мерзімі: %1.</translation>
    </message>
    <message>
        <source>The year&apos;s schedule has no reporting date (§10).</source>
        <translation>Жылдың кестесінде есептік ақпаратты ұсыну күні жоқ (§10).</translation>
    </message>
    <message>
        <source>%1 of %2 indicators have a fact</source>
        <translation>Нақты мәні бар көрсеткіштер: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>Қателер: %1. Ескертулер: %2.</translation>
    </message>
    <message>
        <source>Indicators with a remark of the authorized body</source>
        <translation>Бағалауға уәкілетті органның сын-ескертпесі бар көрсеткіштер</translation>
    </message>
    <message>
        <source>Evidence files attached</source>
        <translation>Тіркелген растайтын файлдар</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Ред.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Уақтылығы</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толтырылды</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Сын-ескертпелер</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Revision: how many times the report was submitted</source>
        <translation>Редакция: есептің неше рет ұсынылғаны</translation>
    </message>
    <message>
        <source>The schedule&apos;s date for the reporting information (§10, §41)</source>
        <translation>Кестеде белгіленген есептік ақпаратты ұсыну күні (§10, §41)</translation>
    </message>
    <message>
        <source>Whether the report came by the deadline: separate from its state</source>
        <translation>Есептің мерзімінде келіп түскені: оның күйіне қатыссыз</translation>
    </message>
    <message>
        <source>Indicators with a fact, of all the indicators of the form</source>
        <translation>Нақты мәні бар көрсеткіштер нысандағы барлық көрсеткіштің ішінен</translation>
    </message>
    <message>
        <source>Errors that stop the submission</source>
        <translation>Есепті ұсынуға кедергі келтіретін қателер</translation>
    </message>
</context>
<context>
    <name>ui::ReportsArea</name>
    <message>
        <source>“%1” is not a number: nothing was saved.</source>
        <translation>«%1» сан емес: ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>This workstation reports on the year of its template.</source>
        <translation>Бұл жұмыс орны шаблонында көрсетілген жыл бойынша есеп береді.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Органның коды немесе атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Submit and Save Package…</source>
        <translation>&amp;Ұсыну және пакетті сақтау…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Ұсыну</translation>
    </message>
    <message>
        <source>&amp;Export Report Package…</source>
        <translation>Есеп пакетін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write the package of the submitted reports again, to hand it over</source>
        <translation>Тапсыру үшін ұсынылған есептердің пакетін қайта жазу</translation>
    </message>
    <message>
        <source>&amp;Import Return Package…</source>
        <translation>Қайтару пакетін &amp;импорттау…</translation>
    </message>
    <message>
        <source>Read a report returned for revision by the authorized body</source>
        <translation>Бағалауға уәкілетті орган пысықтауға қайтарған есепті жүктеу</translation>
    </message>
    <message>
        <source>&amp;Return for Revision…</source>
        <translation>&amp;Пысықтауға қайтару…</translation>
    </message>
    <message>
        <source>Send the report back to the body with the reason and remarks per indicator</source>
        <translation>Есепті себебін және көрсеткіштер бойынша сын-ескертпелерді көрсетіп органға қайтару</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <source>Accept the report: it can no longer be changed</source>
        <translation>Есепті қабылдау: бұдан кейін оны өзгертуге болмайды</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>&amp;Растайтын құжаттар…</translation>
    </message>
    <message>
        <source>The evidence files of the selected line</source>
        <translation>Таңдалған жолдың растайтын файлдары</translation>
    </message>
    <message>
        <source>There are no reports for %1: no block has a methodology in effect, or no body is evaluated in that year.</source>
        <translation>%1 жылға есептер жоқ: бірде-бір блок бойынша қолданыстағы әдістеме жоқ немесе осы жылы бірде-бір орган бағаланбайды.</translation>
    </message>
    <message>
        <source>Select a report in the table.</source>
        <translation>Кестеден есепті таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>There is no methodology of %1 for %2: there is no form to fill.</source>
        <translation>%2 жылға %1 әдістемесі жоқ: толтыратын нысан жоқ.</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>%1-редакция</translation>
    </message>
    <message>
        <source>How many times the report was submitted</source>
        <translation>Есептің неше рет ұсынылғаны</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>No deadline in the schedule</source>
        <translation>Кестеде мерзім белгіленбеген</translation>
    </message>
    <message>
        <source>Form of the sample methodology, version %1: sample data, not a real evaluation.</source>
        <translation>Әдістеме үлгісінің нысаны, %1-нұсқа: деректер — үлгі, нақты бағалау емес.</translation>
    </message>
    <message>
        <source>Form of the methodology, version %1.</source>
        <translation>Әдістеме нысаны, %1-нұсқа.</translation>
    </message>
    <message>
        <source>The methodology is a draft: not approved yet (§19).</source>
        <translation>Әдістеме — жоба: әлі бекітілмеген (§19).</translation>
    </message>
    <message>
        <source>Accepted on %1 — locked. An accepted report can no longer be changed.</source>
        <translation>%1 қабылданды — бұғатталған. Қабылданған есепті енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Submitted on %1 — locked. It can be changed only after it is returned for revision.</source>
        <translation>%1 ұсынылды — бұғатталған. Оны тек пысықтауға қайтарылғаннан кейін өзгертуге болады.</translation>
    </message>
    <message>
        <source>Returned for revision: %1
Correct the values, answer every remark (highlighted in the Remark column) and submit again.</source>
        <translation>Пысықтауға қайтарылды: %1
Мәндерді түзетіп, әр сын-ескертпеге жауап беріңіз («Сын-ескертпе» бағанында белгіленген) және қайта ұсыныңыз.</translation>
    </message>
    <message>
        <source>The database is open read-only: the form cannot be changed.</source>
        <translation>Дерекқор тек оқу үшін ашылған: нысанды өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Every value is saved as soon as you leave its cell; Undo takes it back. Double-click the Files column to attach evidence.</source>
        <translation>Әр мән ұяшықтан шыққан бойда сақталады; «Болдырмау» оны кері қайтарады. Растайтын құжаттарды тіркеу үшін «Файлдар» бағанын екі рет басыңыз.</translation>
    </message>
    <message>
        <source>The report is locked: the form is shown as it was submitted.</source>
        <translation>Есеп бұғатталған: нысан ұсынылған күйінде көрсетілген.</translation>
    </message>
    <message>
        <source>No problems found in the form.</source>
        <translation>Нысаннан мәселелер табылған жоқ.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2. Click a problem to go to its cell.</source>
        <translation>Қателер: %1. Ескертулер: %2. Ұяшыққа өту үшін мәселені басыңыз.</translation>
    </message>
    <message>
        <source>1 error must be corrected before the report can be submitted.</source>
        <translation>Есепті ұсыну үшін 1 қатені түзету қажет.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors must be corrected before the report can be submitted.</source>
        <translation>
            <numerusform>Есепті ұсыну үшін %n қатені түзету қажет.</numerusform>
            <numerusform>Есепті ұсыну үшін %n қатені түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors: the report can be submitted.</source>
        <translation>Қателер жоқ: есепті ұсынуға болады.</translation>
    </message>
    <message>
        <source>Submit the report to the authorized body: it is then locked</source>
        <translation>Есепті бағалауға уәкілетті органға ұсыну: бұдан кейін ол бұғатталады</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Change %1 in the report</source>
        <translation>есептегі %1 көрсеткішінің мәнін өзгерту</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>%1 файлын оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 is already attached to %2 (as %3).</source>
        <translation>%1 файлы %2 көрсеткішіне бұрын тіркелген (%3 ретінде).</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 файлын %2 көрсеткішіне тіркеу</translation>
    </message>
    <message>
        <source>%1 attached to %2. SHA-256: %3</source>
        <translation>%1 файлы %2 көрсеткішіне тіркелді. SHA-256: %3</translation>
    </message>
    <message>
        <source>Attach Evidence to %1</source>
        <translation>%1 көрсеткішіне растайтын құжаттарды тіркеу</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file.</source>
        <translation>Файлды ашу үшін уақытша қалта жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>%1 файлын жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>No program is set up to open %1. It was saved as %2.</source>
        <translation>%1 файлын ашатын бағдарлама бапталмаған. Ол %2 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 файлын %2 көрсеткішінен жою</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Растайтын құжатты жою</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Undo attaches it again.</source>
        <translation>%1 файлы %2 көрсеткішінен жойылсын ба? «Болдырмау» оны қайта тіркейді.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Submit the report of %1 for %2, %3?</source>
        <translation>Есеп ұсынылсын ба: %1, %2, %3 жыл?</translation>
    </message>
    <message>
        <source>It is then locked: it can be changed only after the authorized body returns it for revision.</source>
        <translation>Бұдан кейін ол бұғатталады: оны тек бағалауға уәкілетті орган пысықтауға қайтарғаннан кейін өзгертуге болады.</translation>
    </message>
    <message>
        <source>Then save the report package and hand it over to the authorized body.</source>
        <translation>Содан кейін есеп пакетін сақтап, оны бағалауға уәкілетті органға тапсырыңыз.</translation>
    </message>
    <message>
        <source>Submit Report</source>
        <translation>Есепті ұсыну</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>Submitted: the report is locked until it is accepted or returned for revision.</source>
        <translation>Ұсынылды: есеп қабылданғанға немесе пысықтауға қайтарылғанға дейін бұғатталды.</translation>
    </message>
    <message>
        <source>Bagalau packages (%1)</source>
        <translation>Bagalau пакеттері (%1)</translation>
    </message>
    <message>
        <source>Package saved: %1</source>
        <translation>Пакет сақталды: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another place.</source>
        <translation>%1 файлын жазу мүмкін болмады: %2. Басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Save the Report Package</source>
        <translation>Есеп пакетін сақтау</translation>
    </message>
    <message>
        <source>The report package was not written. Use Export Report Package… to write it later.</source>
        <translation>Есеп пакеті жазылған жоқ. Оны кейінірек жазу үшін «Есеп пакетін экспорттау…» командасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The report package was not saved. Use Export Report Package… to write it again.</source>
        <translation>Есеп пакеті сақталған жоқ. Оны қайта жазу үшін «Есеп пакетін экспорттау…» командасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Import Return Package</source>
        <translation>Қайтару пакетін импорттау</translation>
    </message>
    <message>
        <source>Bagalau packages (%1);;All files (*)</source>
        <translation>Bagalau пакеттері (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This package was already imported: nothing changed.</source>
        <translation>Бұл пакет бұрын импортталған: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The return package was applied: correct the values, answer the remarks and submit again.</source>
        <translation>Қайтару пакеті қолданылды: мәндерді түзетіп, сын-ескертпелерге жауап беріңіз және қайта ұсыныңыз.</translation>
    </message>
    <message>
        <source>Give the reason for the return: the body sees it.</source>
        <translation>Қайтару себебін көрсетіңіз: орган оны көреді.</translation>
    </message>
    <message>
        <source>Save the Return Package</source>
        <translation>Қайтару пакетін сақтау</translation>
    </message>
    <message>
        <source>Returned for revision, but the return package was not saved: the body will not see the return until it gets the package.</source>
        <translation>Пысықтауға қайтарылды, бірақ қайтару пакеті сақталмады: орган пакетті алмайынша қайтаруды көрмейді.</translation>
    </message>
    <message>
        <source>Return the report of %1 for revision</source>
        <translation>%1 есебін пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Returned for revision: the body sees the reason and the remarks.</source>
        <translation>Пысықтауға қайтарылды: орган себеп пен сын-ескертпелерді көреді.</translation>
    </message>
    <message>
        <source>Accept the report of %1 for %2, %3? An accepted report can no longer be changed.</source>
        <translation>Есеп қабылдансын ба: %1, %2, %3 жыл? Қабылданған есепті енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Accept Report</source>
        <translation>Есепті қабылдау</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Accept the report of %1</source>
        <translation>%1 есебін қабылдау</translation>
    </message>
    <message>
        <source>Accepted: the report can no longer be changed.</source>
        <translation>Қабылданды: есепті енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.</source>
        <translation>%1 құжат немесе сурет емес, сондықтан ол мұнда ашылмайды. Көшірмесі %2 ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>ui::RetireDialog</name>
    <message>
        <source>Retire Body</source>
        <translation>Органның қызметін тоқтату</translation>
    </message>
    <message>
        <source>%1 ceases to exist. Its records and history are kept.</source>
        <translation>%1 қызметін тоқтатады. Оның жазбалары мен өзгерістер тарихы сақталады.</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Соңғы күні:</translation>
    </message>
</context>
<context>
    <name>ui::ScheduleArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Approval of the schedule (§11)</source>
        <translation>Кестені бекіту (§11)</translation>
    </message>
    <message>
        <source>Deadlines of the operational evaluation (§10)</source>
        <translation>Операциялық бағалау мерзімдері (§10)</translation>
    </message>
    <message>
        <source>Results evaluation (§70)</source>
        <translation>Нәтижелілікті бағалау (§70)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <source>Clear the box while the date is not known</source>
        <translation>Күні белгісіз болса, белгіні алып тастаңыз</translation>
    </message>
    <message>
        <source>Approved by order of the Head of the Presidential Administration</source>
        <translation>Президент Әкімшілігі Басшысының бұйрығымен бекітілді</translation>
    </message>
    <message>
        <source>Results evaluation reported to the President</source>
        <translation>Нәтижелілікті бағалау қорытындылары Президентке енгізілді</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Optional: the order or the reason, kept in the history</source>
        <translation>Міндетті емес: бұйрық немесе себеп, өзгерістер тарихында сақталады</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Save the schedule as a one-page A4 PDF document</source>
        <translation>Кестені бір беттік A4 PDF құжаты ретінде сақтау</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>The approval of the schedule</source>
        <translation>Кестені бекіту</translation>
    </message>
    <message>
        <source>The results evaluation</source>
        <translation>Нәтижелілікті бағалау</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>%1-кезең (%2)</translation>
    </message>
    <message>
        <source>The schedule is approved on %1, later than %2 (§11).</source>
        <translation>Кесте %1 бекітілген, бұл %2 белгіленген мерзімнен кеш (§11).</translation>
    </message>
    <message>
        <source>The schedule is not approved yet: it is approved by order of the Head of the Presidential Administration no later than %1 (§11).</source>
        <translation>Кесте әлі бекітілмеген: ол Президент Әкімшілігі Басшысының бұйрығымен %1 кешіктірілмей бекітіледі (§11).</translation>
    </message>
    <message>
        <source>%1 falls on %2, %3: a non-working day (%4). The date is not moved.</source>
        <translation>%1: %2, %3 — жұмыс күні емес (%4). Күні ауыстырылмайды.</translation>
    </message>
    <message>
        <source>The results evaluation on %1 is later than %2 (§70).</source>
        <translation>Нәтижелілікті бағалау күні (%1) %2 белгіленген мерзімнен кеш (§70).</translation>
    </message>
    <message>
        <source>The evaluation of %1 is held in %2; the schedule is approved by 15 December %1 (§11).</source>
        <translation>%1 жылғы бағалау %2 жылы жүргізіледі; кесте %1 жылғы 15 желтоқсаннан кешіктірілмей бекітіледі (§11).</translation>
    </message>
    <message>
        <source>No later than %1.</source>
        <translation>%1 кешіктірмей.</translation>
    </message>
    <message>
        <source>The Head of the Presidential Administration reports the results of the results evaluation to the President no later than %1.</source>
        <translation>Президент Әкімшілігінің Басшысы нәтижелілікті бағалау қорытындыларын Президентке %1 кешіктірмей енгізеді.</translation>
    </message>
    <message>
        <source>See: %1.</source>
        <translation>Қараңыз: %1.</translation>
    </message>
    <message>
        <source>Warnings (the schedule can be saved as it is):</source>
        <translation>Ескертулер (кестені осы күйінде сақтауға болады):</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Дерекқор тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>No schedule is stored for %1 yet.</source>
        <translation>%1 жылға арналған кесте әлі сақталмаған.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Save the schedule of %1</source>
        <translation>%1 жылғы кестені сақтау</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>schedule-%1</source>
        <translation>кесте-%1</translation>
    </message>
    <message>
        <source>Export the Schedule as PDF</source>
        <translation>Кестені PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>PDF файлын жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print the Schedule</source>
        <translation>Кестені басып шығару</translation>
    </message>
    <message>
        <source>The schedule could not be printed.</source>
        <translation>Кестені басып шығару мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ui::ScoreBreakdownModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(counts as 0)</source>
        <translation>(0 деп есептеледі)</translation>
    </message>
    <message>
        <source>No indicator counted</source>
        <translation>Бірде-бір көрсеткіш есепке алынбады</translation>
    </message>
    <message>
        <source>%1 of the block; its share after re-weighting: %2</source>
        <translation>Блоктағы салмағы: %1; салмақтар қайта бөлінгеннен кейінгі үлесі: %2</translation>
    </message>
    <message>
        <source>%1 of the criterion; its share of the block score: %2</source>
        <translation>Критерийдегі салмағы: %1; блок балындағы үлесі: %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the fact; leave it empty for no data</source>
        <translation>Нақты мәнді өзгерту үшін екі рет басыңыз немесе F2 пернесін басыңыз; деректер болмаса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Achievement counted: %1</source>
        <translation>Ескерілген қол жеткізу деңгейі: %1</translation>
    </message>
    <message>
        <source>Points this indicator adds to the block score: its share × its score</source>
        <translation>Көрсеткіштің блок балына қосатын салымы: оның үлесі × оның балы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Критерий / көрсеткіш</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлігі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Салым</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight in the block, an indicator&apos;s weight in its criterion</source>
        <translation>Критерийдің блоктағы салмағы, көрсеткіштің критерийдегі салмағы</translation>
    </message>
    <message>
        <source>Fully, partially or not achieved; not counted, with the reason</source>
        <translation>Толық, ішінара қол жеткізілді немесе қол жеткізілмеді; есепке алынбайды — себебі көрсетіледі</translation>
    </message>
    <message>
        <source>On 100 points</source>
        <translation>100 балдық шкала бойынша</translation>
    </message>
    <message>
        <source>Points added to the block score; they add up to the score</source>
        <translation>Блок балына қосылатын салым; олардың қосындысы балға тең</translation>
    </message>
</context>
<context>
    <name>ui::ScoreTableModel</name>
    <message>
        <source>⚠ fell 2+ years in a row</source>
        <translation>⚠ 2+ жыл төмендеу</translation>
    </message>
    <message>
        <source>Scored with the methodology of %1, version %2</source>
        <translation>%1 әдістемесімен бағаланды, %2-нұсқа</translation>
    </message>
    <message>
        <source>A sample methodology: not a real one.</source>
        <translation>Әдістеме үлгісі, нақты әдістеме емес.</translation>
    </message>
    <message>
        <source>The methodology is a draft: not approved yet (§19).</source>
        <translation>Әдістеме — жоба: әлі бекітілмеген (§19).</translation>
    </message>
    <message>
        <source>No indicator is counted: there is no score.</source>
        <translation>Бірде-бір көрсеткіш есепке алынбады: балл жоқ.</translation>
    </message>
    <message>
        <source>From %1 points</source>
        <translation>%1 балдан бастап</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source>No score in %1 to compare with</source>
        <translation>Салыстыру үшін %1 жылғы балл жоқ</translation>
    </message>
    <message>
        <source>§73: the score fell two or more years in a row: %1. The Presidential Administration proposes to consider the responsibility of the officials.</source>
        <translation>§73: балл қатарынан екі және одан да көп жыл төмендеді: %1. Президент Әкімшілігі лауазымды адамдардың жауапкершілігі туралы мәселені қарауға ұсыныс енгізеді.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <source>Not ach.</source>
        <translation>Қол жеткізілмеді</translation>
    </message>
    <message>
        <source>Not cnt.</source>
        <translation>Есепке алынбайды</translation>
    </message>
    <message>
        <source>§73</source>
        <translation>§73</translation>
    </message>
    <message>
        <source>Rank: equal scores share a rank</source>
        <translation>Орны: балдары тең органдардың орны ортақ</translation>
    </message>
    <message>
        <source>The evaluated body</source>
        <translation>Бағаланатын мемлекеттік орган</translation>
    </message>
    <message>
        <source>The block&apos;s score on 100 points</source>
        <translation>Блок бойынша балл (100 балдық шкала)</translation>
    </message>
    <message>
        <source>Indicators fully achieved</source>
        <translation>Толық қол жеткізілген көрсеткіштер</translation>
    </message>
    <message>
        <source>Indicators partially achieved</source>
        <translation>Ішінара қол жеткізілген көрсеткіштер</translation>
    </message>
    <message>
        <source>Indicators not achieved</source>
        <translation>Қол жеткізілмеген көрсеткіштер</translation>
    </message>
    <message>
        <source>Indicators not counted (no data)</source>
        <translation>Есепке алынбаған көрсеткіштер (деректер жоқ)</translation>
    </message>
    <message>
        <source>The rating band of the score</source>
        <translation>Балға сәйкес рейтингтік топ</translation>
    </message>
    <message>
        <source>Trend against the previous year: ▲ up, ▼ down, ■ the same</source>
        <translation>Өткен жылмен салыстырғандағы серпін: ▲ өсу, ▼ төмендеу, ■ өзгеріссіз</translation>
    </message>
    <message>
        <source>§73: the score fell two or more years in a row</source>
        <translation>§73: балл қатарынан екі және одан да көп жыл төмендеді</translation>
    </message>
</context>
<context>
    <name>ui::ScoresArea</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» сан емес.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Бағаланатын жыл:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Көрсеткіштер бойынша</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Жылдар бойынша</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Reason for a change:</source>
        <translation>Өзгерту негіздемесі:</translation>
    </message>
    <message>
        <source>Optional: why a value changes (late data, a correction), kept in the history</source>
        <translation>Міндетті емес: мәннің неге өзгеретіні (кеш келген деректер, түзету), өзгерістер тарихында сақталады</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>бос: деректер жоқ</translation>
    </message>
    <message>
        <source>There is no methodology of %1 for %2: nothing to score yet.</source>
        <translation>%2 жылға %1 әдістемесі жоқ: әзірге бағалайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Scored with the sample methodology, version %1 — draft: not approved yet (§19). Sample data, not a real evaluation.</source>
        <translation>Әдістеме үлгісімен бағаланды, %1-нұсқа — жоба: әлі бекітілмеген (§19). Деректер — үлгі, нақты бағалау емес.</translation>
    </message>
    <message>
        <source>Scored with the sample methodology, version %1 — approved. Sample data, not a real evaluation.</source>
        <translation>Әдістеме үлгісімен бағаланды, %1-нұсқа — бекітілген. Деректер — үлгі, нақты бағалау емес.</translation>
    </message>
    <message>
        <source>Scored with the methodology, version %1 — draft: not approved yet (§19).</source>
        <translation>Әдістемемен бағаланды, %1-нұсқа — жоба: әлі бекітілмеген (§19).</translation>
    </message>
    <message>
        <source>Scored with the methodology, version %1 — approved.</source>
        <translation>Әдістемемен бағаланды, %1-нұсқа — бекітілген.</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Кестеден органды таңдаңыз.</translation>
    </message>
    <message>
        <source>Indicators not counted (no data): %1.</source>
        <translation>Есепке алынбаған көрсеткіштер (деректер жоқ): %1.</translation>
    </message>
    <message>
        <source>The points of the indicators add up to %1; the score is limited to 100.</source>
        <translation>Көрсеткіштер салымдарының қосындысы — %1; балл 100-мен шектеледі.</translation>
    </message>
    <message>
        <source>The points of the indicators add up to the score: %1 ≈ %2.</source>
        <translation>Көрсеткіштер салымдарының қосындысы балға тең: %1 ≈ %2.</translation>
    </message>
    <message>
        <source>No indicator is counted: there is no score.</source>
        <translation>Бірде-бір көрсеткіш есепке алынбады: балл жоқ.</translation>
    </message>
    <message>
        <source>Double-click a fact (or press F2) to correct it.</source>
        <translation>Нақты мәнді түзету үшін оны екі рет басыңыз (немесе F2 пернесін басыңыз).</translation>
    </message>
    <message>
        <source>The database is open read-only: values cannot be changed.</source>
        <translation>Дерекқор тек оқу үшін ашылған: мәндерді өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>No scores for %1, %2</source>
        <translation>Балдар жоқ: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2: ranking</source>
        <translation>%1, %2: рейтинг</translation>
    </message>
    <message>
        <source>No body selected</source>
        <translation>Орган таңдалмаған</translation>
    </message>
    <message>
        <source>%1: scores over the years</source>
        <translation>%1: жылдар бойынша балдар</translation>
    </message>
    <message>
        <source>Change a value</source>
        <translation>мәнді өзгерту</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Өзгеріс қабылданбады.</translation>
    </message>
    <message>
        <source>Scoring %1 for %2…</source>
        <translation>%2 жылғы %1 бойынша балдар есептелуде…</translation>
    </message>
</context>
<context>
    <name>ui::SpecialCommissionDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Мүшені жою</translation>
    </message>
    <message>
        <source>Special Commission for %1</source>
        <translation>%1 жылғы арнайы комиссия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Working body</source>
        <translation>Жұмыс органы</translation>
    </message>
    <message>
        <source>Represents the Commission&apos;s working body (§59)</source>
        <translation>Комиссияның жұмыс органының өкілі (§59)</translation>
    </message>
    <message>
        <source>§59: each authorized body forms a special commission to consider the objections to its conclusions. No one who took part in that evaluation may sit on it, and a representative of the Commission&apos;s working body is included. The Presidential Administration considers objections without a special commission.</source>
        <translation>§59: қорытындыларға қарсылықтарды қарау үшін әр бағалауға уәкілетті орган арнайы комиссия құрады. Оның құрамына сол бағалауға қатысқан қызметкерлер кіре алмайды, ал Комиссияның жұмыс органының өкілі кіреді. Президент Әкімшілігі қарсылықтарды арнайы комиссиясыз қарайды.</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Бағалауға уәкілетті орган:</translation>
    </message>
    <message>
        <source>Formed on:</source>
        <translation>Құрылған күні:</translation>
    </message>
    <message>
        <source>No authorized body has conclusions in %1.</source>
        <translation>%1 жылы бірде-бір бағалауға уәкілетті органның қорытындысы жоқ.</translation>
    </message>
    <message>
        <source>The Presidential Administration decides objections without a special commission (§59).</source>
        <translation>Президент Әкімшілігі қарсылықтар бойынша арнайы комиссиясыз шешім қабылдайды (§59).</translation>
    </message>
    <message numerus="yes">
        <source>Formed on %1 with %n member(s).</source>
        <translation>
            <numerusform>%1 құрылған, мүшелері: %n.</numerusform>
            <numerusform>%1 құрылған, мүшелері: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not formed yet: objections to its conclusions cannot be decided until it is.</source>
        <translation>Әлі құрылмаған: ол құрылмайынша оның қорытындыларына қарсылықтар бойынша шешім қабылдау мүмкін емес.</translation>
    </message>
    <message>
        <source>Took part in its evaluations of %1 (they may not sit on it): %2</source>
        <translation>Оның %1 жылғы бағалауларына қатысқандар (комиссия құрамына кіре алмайды): %2</translation>
    </message>
    <message>
        <source>No staff who took part in its evaluations of %1 are recorded.</source>
        <translation>Оның %1 жылғы бағалауларына қатысқан қызметкерлер тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>ui::TrendChartView</name>
    <message>
        <source>Evaluated year</source>
        <translation>Бағаланатын жыл</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>§73: fell 2+ years in a row</source>
        <translation>§73: қатарынан 2+ жыл төмендеу</translation>
    </message>
</context>
<context>
    <name>ui::YearGrid</name>
    <message>
        <source>Day off for %1 on %2 (weekend rule)</source>
        <translation>%2 демалыс күніне сәйкес келген мереке (%1) үшін берілген демалыс күні</translation>
    </message>
    <message>
        <source>Day off by transfer; %1 is worked instead</source>
        <translation>Ауыстыру бойынша демалыс күні; орнына %1 жұмыс күні</translation>
    </message>
    <message>
        <source>Working day by transfer, for the day off on %1</source>
        <translation>Ауыстыру бойынша жұмыс күні, %1 демалыс күнінің орнына</translation>
    </message>
</context>
</TS>
