<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Bagalau command-line tool.

Commands:
  init [--demo]                  create or upgrade the database and load the reference data
  bodies [--on DATE] [--json]    the evaluated bodies on a date (default: today)
  backup [--out FILE]            a consistent copy of the database</source>
        <translation>Инструмент командной строки Bagalau.

Команды:
  init [--demo]                  создать или обновить базу данных и загрузить справочные данные
  bodies [--on ДАТА] [--json]    оцениваемые органы на дату (по умолчанию: сегодня)
  backup [--out ФАЙЛ]            целостная копия базы данных</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Language of messages and names: kk, ru or en.</source>
        <translation>Язык сообщений и наименований: kk, ru или en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>init: a demonstration database (today the shipped registry; sample evaluation data comes with the methodologies).</source>
        <translation>init: демонстрационная база данных (пока — поставляемый с программой реестр; примеры данных оценки появятся вместе с методиками).</translation>
    </message>
    <message>
        <source>bodies: the date, YYYY-MM-DD.</source>
        <translation>bodies: дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>bodies: print JSON.</source>
        <translation>bodies: вывести в формате JSON.</translation>
    </message>
    <message>
        <source>backup: the file to write.</source>
        <translation>backup: файл для записи.</translation>
    </message>
    <message>
        <source>init, bodies or backup</source>
        <translation>init, bodies или backup</translation>
    </message>
    <message>
        <source>Try &apos;bagalau-cli --help&apos;.</source>
        <translation>Попробуйте &apos;bagalau-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang принимает значения kk, ru или en.</translation>
    </message>
    <message>
        <source>Name a command: init, bodies or backup.</source>
        <translation>Укажите команду: init, bodies или backup.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
    <message>
        <source>The option --%1 does not go with %2.</source>
        <translation>Параметр --%1 не применяется с командой %2.</translation>
    </message>
    <message>
        <source>--on takes a date as YYYY-MM-DD, e.g. 2019-09-01.</source>
        <translation>--on принимает дату в формате ГГГГ-ММ-ДД, например 2019-09-01.</translation>
    </message>
    <message>
        <source>Database ready, reference data loaded: %1</source>
        <translation>База данных готова, справочные данные загружены: %1</translation>
    </message>
    <message>
        <source>Database ready, nothing to change: %1</source>
        <translation>База данных готова, изменений не требуется: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluated bodies on %1</source>
        <translation>
            <numerusform>%n оцениваемый государственный орган на %1</numerusform>
            <numerusform>%n оцениваемых государственных органа на %1</numerusform>
            <numerusform>%n оцениваемых государственных органов на %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>База данных не смогла выполнить операцию.</translation>
    </message>
    <message>
        <source>The file cannot be opened or created.</source>
        <translation>Не удается открыть или создать файл.</translation>
    </message>
    <message>
        <source>This file is not a Bagalau database, or it is damaged. It was not changed.</source>
        <translation>Этот файл не является базой данных Bagalau или поврежден. Файл не был изменен.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Bagalau. Update the application to open it; the file was not changed.</source>
        <translation>Эта база данных записана более новой версией Bagalau. Чтобы открыть ее, обновите приложение; файл не был изменен.</translation>
    </message>
    <message>
        <source>Another copy of Bagalau is working with this database. Close it first, or open the file read-only.</source>
        <translation>С этой базой данных работает другая копия Bagalau. Сначала закройте ее или откройте файл только для чтения.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>База данных открыта только для чтения, поэтому изменения невозможны.</translation>
    </message>
    <message>
        <source>This database was made by an older version and must be upgraded, which is not possible while it is open read-only.</source>
        <translation>Эта база данных создана более старой версией и должна быть обновлена, что невозможно, пока она открыта только для чтения.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version. Nothing was changed.</source>
        <translation>Не удалось обновить базу данных до этой версии. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup copy could not be written.</source>
        <translation>Не удалось записать резервную копию.</translation>
    </message>
    <message>
        <source>The reference data could not be read. Nothing was loaded.</source>
        <translation>Не удалось прочитать справочные данные. Ничего не загружено.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Запись больше не существует.</translation>
    </message>
    <message>
        <source>A code has 2 to 16 characters: capital Latin letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>Код состоит из 2–16 символов: заглавные латинские буквы, цифры, &apos;-&apos; или &apos;_&apos;, и начинается с буквы.</translation>
    </message>
    <message>
        <source>Another body already has this code.</source>
        <translation>Этот код уже присвоен другому органу.</translation>
    </message>
    <message>
        <source>Enter the short and the full name in Kazakh, Russian and English.</source>
        <translation>Введите краткое и полное наименование на казахском, русском и английском языках.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Введите корректную дату.</translation>
    </message>
    <message>
        <source>The end of the period is before its beginning.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>An evaluated body must be evaluated on at least one block or on results.</source>
        <translation>Оцениваемый государственный орган должен оцениваться хотя бы по одному блоку или в рамках оценки результативности.</translation>
    </message>
    <message>
        <source>A body cannot be a part of itself.</source>
        <translation>Орган не может входить в собственный состав.</translation>
    </message>
    <message>
        <source>A name must take effect while the body exists.</source>
        <translation>Наименование должно вступать в силу в период существования органа.</translation>
    </message>
    <message>
        <source>The body already has a name that takes effect on this day.</source>
        <translation>У органа уже есть наименование, вступающее в силу в этот день.</translation>
    </message>
    <message>
        <source>The first name of a body cannot be removed.</source>
        <translation>Первое наименование органа удалить нельзя.</translation>
    </message>
    <message>
        <source>The body is referred to by roles, reorganizations or lists; retire it instead.</source>
        <translation>На орган ссылаются роли, реорганизации или перечни; вместо удаления прекратите его деятельность.</translation>
    </message>
    <message>
        <source>Choose at least one body that is reorganized.</source>
        <translation>Выберите хотя бы один реорганизуемый орган.</translation>
    </message>
    <message>
        <source>Choose at least one successor (only a liquidation has none).</source>
        <translation>Выберите хотя бы одного правопреемника (их нет только при ликвидации).</translation>
    </message>
    <message>
        <source>A renaming has exactly one body before and one after.</source>
        <translation>При переименовании до и после должно быть ровно по одному органу.</translation>
    </message>
    <message>
        <source>A body cannot be its own successor, except in a renaming.</source>
        <translation>Орган не может быть собственным правопреемником, кроме случая переименования.</translation>
    </message>
    <message>
        <source>A chosen body does not exist on this date.</source>
        <translation>Один из выбранных органов не существует на эту дату.</translation>
    </message>
    <message>
        <source>The year is outside the supported range.</source>
        <translation>Год вне поддерживаемого диапазона.</translation>
    </message>
    <message>
        <source>This body only evaluates others; mark it as an evaluated body first.</source>
        <translation>Этот орган только оценивает других; сначала отметьте его как оцениваемый орган.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central state body</source>
        <translation>Центральный государственный орган</translation>
    </message>
    <message>
        <source>Oblast akimat</source>
        <translation>Акимат области</translation>
    </message>
    <message>
        <source>City of republican significance</source>
        <translation>Город республиканского значения</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>Presidential Administration</source>
        <translation>Администрация Президента</translation>
    </message>
    <message>
        <source>Office of the Prime Minister</source>
        <translation>Канцелярия Премьер-Министра</translation>
    </message>
    <message>
        <source>State planning body</source>
        <translation>Уполномоченный орган по государственному планированию</translation>
    </message>
    <message>
        <source>Civil service affairs body</source>
        <translation>Уполномоченный орган по делам государственной службы</translation>
    </message>
    <message>
        <source>Budget execution body</source>
        <translation>Уполномоченный орган по исполнению бюджета</translation>
    </message>
    <message>
        <source>Legal statistics and special accounts body</source>
        <translation>Уполномоченный орган по правовой статистике и специальным учетам</translation>
    </message>
    <message>
        <source>Informatization body</source>
        <translation>Уполномоченный орган в сфере информатизации</translation>
    </message>
    <message>
        <source>Information body</source>
        <translation>Уполномоченный орган в области информации</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделение</translation>
    </message>
    <message>
        <source>Separation of a part</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>Transfer of functions</source>
        <translation>Передача функций</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Ликвидация</translation>
    </message>
    <message>
        <source>Name change only: evaluated as the same body</source>
        <translation>Только смена наименования: оценивается как тот же орган</translation>
    </message>
    <message>
        <source>Reorganized before the evaluated year: its successors are evaluated</source>
        <translation>Реорганизован до оцениваемого года: оцениваются его правопреемники</translation>
    </message>
    <message>
        <source>§53: first half of the evaluated year — evaluated within its legal successor and counted in the successor&apos;s final score</source>
        <translation>§53: первое полугодие оцениваемого года — оценивается в рамках оценки государственного органа-правопреемника и учитывается при расчете итогового балла правопреемника</translation>
    </message>
    <message>
        <source>§54: second half of the evaluated year — its activity is analysed and the results are used in the successor&apos;s evaluation as recommendations</source>
        <translation>§54: второе полугодие оцениваемого года — проводится анализ его деятельности, результаты учитываются в рамках оценки правопреемника и используются в качестве рекомендаций</translation>
    </message>
    <message>
        <source>§55: the following year, before the reporting deadline — the results go to the successor as recommendations (assumed: the schedule&apos;s deadline is not set)</source>
        <translation>§55: год, следующий за оцениваемым, до срока представления отчетных данных — результаты направляются правопреемнику в качестве рекомендаций (допущение: срок в графике не установлен)</translation>
    </message>
    <message>
        <source>§55: the following year, before the reporting deadline — the results go to the successor as recommendations</source>
        <translation>§55: год, следующий за оцениваемым, до срока представления отчетных данных — результаты направляются правопреемнику в качестве рекомендаций</translation>
    </message>
    <message>
        <source>Reorganized after the reporting deadline: evaluated as itself for this year</source>
        <translation>Реорганизован после срока представления отчетных данных: за этот год оценивается самостоятельно</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Reorganization</source>
        <translation>Реорганизация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>List of evaluated bodies</source>
        <translation>Перечень оцениваемых органов</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Evaluated body</source>
        <translation>Оцениваемый государственный орган</translation>
    </message>
    <message>
        <source>Subordinate to the President</source>
        <translation>Подчинен Президенту</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в состав</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Block 1</source>
        <translation>Блок 1</translation>
    </message>
    <message>
        <source>Block 2</source>
        <translation>Блок 2</translation>
    </message>
    <message>
        <source>Block 3</source>
        <translation>Блок 3</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Оценка результативности</translation>
    </message>
    <message>
        <source>Scope note (kk)</source>
        <translation>Примечание об охвате оценки (каз.)</translation>
    </message>
    <message>
        <source>Scope note (ru)</source>
        <translation>Примечание об охвате оценки (рус.)</translation>
    </message>
    <message>
        <source>Scope note (en)</source>
        <translation>Примечание об охвате оценки (англ.)</translation>
    </message>
    <message>
        <source>Short name (kk)</source>
        <translation>Краткое наименование (каз.)</translation>
    </message>
    <message>
        <source>Short name (ru)</source>
        <translation>Краткое наименование (рус.)</translation>
    </message>
    <message>
        <source>Short name (en)</source>
        <translation>Краткое наименование (англ.)</translation>
    </message>
    <message>
        <source>Full name (kk)</source>
        <translation>Полное наименование (каз.)</translation>
    </message>
    <message>
        <source>Full name (ru)</source>
        <translation>Полное наименование (рус.)</translation>
    </message>
    <message>
        <source>Full name (en)</source>
        <translation>Полное наименование (англ.)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Приблизительная дата</translation>
    </message>
    <message>
        <source>Note (kk)</source>
        <translation>Примечание (каз.)</translation>
    </message>
    <message>
        <source>Note (ru)</source>
        <translation>Примечание (рус.)</translation>
    </message>
    <message>
        <source>Note (en)</source>
        <translation>Примечание (англ.)</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Предшественник</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Правопреемник</translation>
    </message>
    <message>
        <source>results</source>
        <translation>результативность</translation>
    </message>
    <message>
        <source>%1 + results</source>
        <translation>%1 + результативность</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Continues after the reorganization: evaluated itself; §53–55 concern bodies that cease</source>
        <translation>Продолжает деятельность после реорганизации: оценивается самостоятельно; §53–55 касаются прекративших деятельность органов</translation>
    </message>
</context>
<context>
    <name>ui::AddBodyDialog</name>
    <message>
        <source>Evaluated body</source>
        <translation>Оцениваемый государственный орган</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Оценка результативности</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Добавление органа</translation>
    </message>
    <message>
        <source>e.g. MOT</source>
        <translation>например, MOT</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Оценивается по:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действует:</translation>
    </message>
</context>
<context>
    <name>ui::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>ui::BodyDetailsPane</name>
    <message>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Наименования</translation>
    </message>
    <message>
        <source>Roles and reorganizations</source>
        <translation>Роли и реорганизации</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Входит в состав:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Действует по:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Оценивается по:</translation>
    </message>
    <message>
        <source>Scope note (kk):</source>
        <translation>Примечание об охвате оценки (каз.):</translation>
    </message>
    <message>
        <source>Scope note (ru):</source>
        <translation>Примечание об охвате оценки (рус.):</translation>
    </message>
    <message>
        <source>Scope note (en):</source>
        <translation>Примечание об охвате оценки (англ.):</translation>
    </message>
    <message>
        <source>Evaluated body</source>
        <translation>Оцениваемый государственный орган</translation>
    </message>
    <message>
        <source>Directly subordinate to the President (§26)</source>
        <translation>Непосредственно подчинен Президенту (§26)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>Results evaluation</source>
        <translation>Оценка результативности</translation>
    </message>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Необязательно: акт или причина, сохраняется в истории изменений</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>New Name…</source>
        <translation>Новое наименование…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Удалить наименование</translation>
    </message>
    <message>
        <source>Block 1: achievement of goals (§18)</source>
        <translation>Блок 1: достижение целей (§18)</translation>
    </message>
    <message>
        <source>Block 2: interaction with individuals and legal entities (§18)</source>
        <translation>Блок 2: взаимодействие государственного органа с физическими и юридическими лицами (§18)</translation>
    </message>
    <message>
        <source>Block 3: organizational development (§18)</source>
        <translation>Блок 3: организационное развитие государственного органа (§18)</translation>
    </message>
    <message>
        <source>Results evaluation: key performance indicators (chapter 10)</source>
        <translation>Оценка результативности: ключевые показатели результативности (глава 10)</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Выберите орган в таблице.</translation>
    </message>
    <message>
        <source>Name in force from %1:</source>
        <translation>Наименование, действующее с %1:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>§13(%1) %2</source>
        <translation>§13(%1) %2</translation>
    </message>
    <message>
        <source>Plays no authorized-body role (§13).</source>
        <translation>Не выполняет роль уполномоченного на оценку органа (§13).</translation>
    </message>
    <message>
        <source>Authorized-body roles: %1</source>
        <translation>Роли уполномоченного на оценку органа: %1</translation>
    </message>
</context>
<context>
    <name>ui::BodyTableModel</name>
    <message>
        <source>Ceased</source>
        <translation>Недействующий</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Оцениваемый</translation>
    </message>
    <message>
        <source>Authorized only</source>
        <translation>Только уполномоченный</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ui::DatedNameDialog</name>
    <message>
        <source>New Name</source>
        <translation>Новое наименование</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Действует с:</translation>
    </message>
</context>
<context>
    <name>ui::DialogBase</name>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Необязательно: акт или причина, сохраняется в истории изменений</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatedListModel</name>
    <message>
        <source>On the list</source>
        <translation>В перечне</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Save a dated copy of the database in the backups folder beside it</source>
        <translation>Сохранить копию базы данных с датой в имени в папке backups рядом с ней</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>Ваше &amp;имя в истории изменений…</translation>
    </message>
    <message>
        <source>&amp;About Bagalau</source>
        <translation>&amp;О программе Bagalau</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Changes are recorded as: %1</source>
        <translation>Изменения записываются от имени: %1</translation>
    </message>
    <message>
        <source>Another copy of Bagalau is working with this database, so it is open read-only here. Close the other copy and open the file again to make changes.</source>
        <translation>С этой базой данных работает другая копия Bagalau, поэтому здесь она открыта только для чтения. Чтобы вносить изменения, закройте другую копию и откройте файл снова.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Эта база данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Bagalau databases (*.db);;All files (*)</source>
        <translation>Базы данных Bagalau (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>The name written in the history of every change you make:</source>
        <translation>Имя, которое записывается в историю каждого вносимого вами изменения:</translation>
    </message>
    <message>
        <source>About Bagalau</source>
        <translation>О программе Bagalau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;The annual evaluation of the effectiveness of state bodies, as Decree No. 954 of the President of the Republic of Kazakhstan sets it (wording of 2019).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;Ежегодная оценка эффективности деятельности государственных органов в соответствии с Указом Президента Республики Казахстан № 954 (в редакции 2019 года).&lt;/p&gt;&lt;p&gt;Распространяется на условиях лицензии GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ui::NameEditor</name>
    <message>
        <source>Kazakh:</source>
        <translation>Казахский:</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>Русский:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Английский:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
</context>
<context>
    <name>ui::NameHistoryModel</name>
    <message>
        <source>from the start</source>
        <translation>с начала</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Short name (kk)</source>
        <translation>Краткое наименование (каз.)</translation>
    </message>
    <message>
        <source>Short name (ru)</source>
        <translation>Краткое наименование (рус.)</translation>
    </message>
    <message>
        <source>Short name (en)</source>
        <translation>Краткое наименование (англ.)</translation>
    </message>
    <message>
        <source>Full name (kk)</source>
        <translation>Полное наименование (каз.)</translation>
    </message>
    <message>
        <source>Full name (ru)</source>
        <translation>Полное наименование (рус.)</translation>
    </message>
    <message>
        <source>Full name (en)</source>
        <translation>Полное наименование (англ.)</translation>
    </message>
</context>
<context>
    <name>ui::RegistryArea</name>
    <message>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <source>Reorganizations</source>
        <translation>Реорганизации</translation>
    </message>
    <message>
        <source>Evaluated per year (§17)</source>
        <translation>Оцениваемые по годам (§17)</translation>
    </message>
    <message>
        <source>Search by code or name, in any language</source>
        <translation>Поиск по коду или наименованию на любом языке</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <source>Evaluated bodies</source>
        <translation>Оцениваемые органы</translation>
    </message>
    <message>
        <source>Authorized bodies only</source>
        <translation>Только уполномоченные органы</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Show only the bodies that exist on this date, with the names they had then</source>
        <translation>Показать только органы, существовавшие на эту дату, с их наименованиями на тот момент</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>How §53–55 treat each reorganized body in the evaluation of that year. Dates marked ≈ are approximate.</source>
        <translation>Как каждый реорганизованный орган учитывается в оценке за этот год согласно §53–55. Даты, отмеченные ≈, приблизительные.</translation>
    </message>
    <message>
        <source>&amp;Add Body…</source>
        <translation>&amp;Добавить орган…</translation>
    </message>
    <message>
        <source>Add a body to the registry</source>
        <translation>Добавить орган в реестр</translation>
    </message>
    <message>
        <source>Set the last day of the selected body</source>
        <translation>Указать последний день существования выбранного органа</translation>
    </message>
    <message>
        <source>Record &amp;Reorganization…</source>
        <translation>Внести &amp;реорганизацию…</translation>
    </message>
    <message>
        <source>Record a split, merger, renaming, transfer of functions or liquidation</source>
        <translation>Внести разделение, слияние, переименование, передачу функций или ликвидацию</translation>
    </message>
    <message numerus="yes">
        <source>%n bodies on the list</source>
        <translation>
            <numerusform>В перечне %n орган</numerusform>
            <numerusform>В перечне %n органа</numerusform>
            <numerusform>В перечне %n органов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Re&amp;tire Body…</source>
        <translation>&amp;Прекратить деятельность органа…</translation>
    </message>
</context>
<context>
    <name>ui::RegistryController</name>
    <message>
        <source>Add body %1</source>
        <translation>добавление органа %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение органа %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>прекращение деятельности органа %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>переименование</translation>
    </message>
    <message>
        <source>Remove name</source>
        <translation>удаление наименования</translation>
    </message>
    <message>
        <source>Record reorganization</source>
        <translation>внесение реорганизации</translation>
    </message>
    <message>
        <source>Edit reorganization</source>
        <translation>изменение реорганизации</translation>
    </message>
    <message>
        <source>Add to the list of %1</source>
        <translation>включение в перечень %1 года</translation>
    </message>
    <message>
        <source>Remove from the list of %1</source>
        <translation>исключение из перечня %1 года</translation>
    </message>
</context>
<context>
    <name>ui::ReorganizationDialog</name>
    <message>
        <source>The date is approximate (to be confirmed)</source>
        <translation>Дата приблизительная (требует уточнения)</translation>
    </message>
    <message>
        <source>The bodies before cease to exist the day before this date</source>
        <translation>Органы до реорганизации прекращают существование накануне этой даты</translation>
    </message>
    <message>
        <source>Record Reorganization</source>
        <translation>Внесение реорганизации</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Before (predecessors):</source>
        <translation>До (предшественники):</translation>
    </message>
    <message>
        <source>After (successors):</source>
        <translation>После (правопреемники):</translation>
    </message>
    <message>
        <source>Note (Kazakh):</source>
        <translation>Примечание (на казахском):</translation>
    </message>
    <message>
        <source>Note (Russian):</source>
        <translation>Примечание (на русском):</translation>
    </message>
    <message>
        <source>Note (English):</source>
        <translation>Примечание (на английском):</translation>
    </message>
</context>
<context>
    <name>ui::ReorganizationTableModel</name>
    <message>
        <source>Approximate date: confirm it when the act is published</source>
        <translation>Приблизительная дата: уточните после опубликования акта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Treatment for %1 (§53–55)</source>
        <translation>Учет в оценке за %1 год (§53–55)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ui::RetireDialog</name>
    <message>
        <source>Retire Body</source>
        <translation>Прекращение деятельности органа</translation>
    </message>
    <message>
        <source>%1 ceases to exist. Its records and history are kept.</source>
        <translation>%1 прекращает существование. Его записи и история изменений сохраняются.</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Последний день:</translation>
    </message>
</context>
</TS>
