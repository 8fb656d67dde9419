<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <source>backup: the file to write.</source>
        <translation>backup: жазылатын файл.</translation>
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
        <source>Bagalau command-line tool.

Commands:
  init [--demo]                  create or upgrade the database and load the reference data
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
  score --year YEAR [--body CODE] [--block N] [--json]   scores with their breakdown per indicator</source>
        <translation>Bagalau командалық жол құралы.

Командалар:
  init [--demo]                  дерекқорды құру немесе жаңарту және анықтамалық деректерді жүктеу
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
  score --year ЖЫЛ [--body КОД] [--block N] [--json]   балдар және олардың көрсеткіштер бойынша құрамы</translation>
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
        <source>init, bodies, backup, calendar, schedule, evaluators or score</source>
        <translation>init, bodies, backup, calendar, schedule, evaluators немесе score</translation>
    </message>
    <message>
        <source>Name a command: init, bodies, backup, calendar, schedule, evaluators or score.</source>
        <translation>Команданы көрсетіңіз: init, bodies, backup, calendar, schedule, evaluators немесе score.</translation>
    </message>
    <message>
        <source>--year takes a year from 2010 to 2100, e.g. 2024.</source>
        <translation>--year мәні 2010-нан 2100-ге дейінгі жыл, мысалы, 2024.</translation>
    </message>
    <message>
        <source>evaluators needs --body CODE.</source>
        <translation>evaluators командасына --body КОД параметрі қажет.</translation>
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
    <name>ui::RankingChartView</name>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
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
