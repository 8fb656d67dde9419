<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealDocument</name>
    <message>
        <source>Result of the re-check on the complaint of %1 about the conclusion of %2 for %3, block %4 (§62)</source>
        <translation>Результат перепроверки по жалобе оцениваемого органа (%1) на заключение уполномоченного на оценку органа (%2) за %3 год по блоку %4 (§62)</translation>
    </message>
    <message>
        <source>Decision on the objection of %1 to the conclusion of %2 for %3, block %4 (§57–61)</source>
        <translation>Решение по возражению оцениваемого органа (%1) на заключение уполномоченного на оценку органа (%2) за %3 год по блоку %4 (§57–61)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Evaluated body:</source>
        <translation>Оцениваемый государственный орган:</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Уполномоченный на оценку орган:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>Appeal procedure ended on:</source>
        <translation>Дата окончания процедуры обжалования:</translation>
    </message>
    <message>
        <source>Conclusion received on:</source>
        <translation>Дата получения заключения:</translation>
    </message>
    <message>
        <source>Complaint filed on:</source>
        <translation>Дата внесения жалобы:</translation>
    </message>
    <message>
        <source>Objection filed on:</source>
        <translation>Дата направления возражения:</translation>
    </message>
    <message>
        <source>Last day to file (5 working days, %1):</source>
        <translation>Последний день подачи (5 рабочих дней, %1):</translation>
    </message>
    <message>
        <source>Decision due by (15 calendar days, §60):</source>
        <translation>Срок принятия решения (15 календарных дней, §60):</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>решение еще не принято</translation>
    </message>
    <message>
        <source>after the term of §60</source>
        <translation>после истечения срока, установленного §60</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Дата принятия решения:</translation>
    </message>
    <message>
        <source>The body&apos;s letter</source>
        <translation>Письмо органа</translation>
    </message>
    <message>
        <source>Special commission (§59)</source>
        <translation>Специальная комиссия (§59)</translation>
    </message>
    <message>
        <source>The Presidential Administration decides without a special commission (§59).</source>
        <translation>Администрация Президента принимает решение без специальной комиссии (§59).</translation>
    </message>
    <message>
        <source>No special commission has considered it yet.</source>
        <translation>Специальной комиссией еще не рассмотрено.</translation>
    </message>
    <message>
        <source>Formed on %1. Staff who took part in the evaluation do not sit on it; a representative of the Commission&apos;s working body does.</source>
        <translation>Образована %1. В ее состав не входят сотрудники, принимавшие участие в операционной оценке; входит представитель рабочего органа Комиссии.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>representative of the Commission&apos;s working body</source>
        <translation>представитель рабочего органа Комиссии</translation>
    </message>
    <message>
        <source>Indicators objected to</source>
        <translation>Оспариваемые показатели</translation>
    </message>
    <message>
        <source>The objection names no indicator.</source>
        <translation>В возражении не указан ни один показатель.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>The body&apos;s argument</source>
        <translation>Довод органа</translation>
    </message>
    <message>
        <source>Requested fact</source>
        <translation>Факт органа</translation>
    </message>
    <message>
        <source>Decision and reason</source>
        <translation>Решение и основание</translation>
    </message>
    <message>
        <source>Fact: old → new</source>
        <translation>Факт: прежний → новый</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Not decided yet: the decision is due by %1 (§60).</source>
        <translation>Решение еще не принято: оно должно быть принято не позднее %1 (§60).</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Решение еще не принято.</translation>
    </message>
    <message>
        <source>The complaint is upheld.</source>
        <translation>Жалоба удовлетворена.</translation>
    </message>
    <message>
        <source>The complaint is dismissed.</source>
        <translation>Жалоба оставлена без удовлетворения.</translation>
    </message>
    <message>
        <source>The objection is accepted.</source>
        <translation>Возражение принято.</translation>
    </message>
    <message>
        <source>The objection is rejected.</source>
        <translation>Возражение не принято.</translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation>Решение принято %1.</translation>
    </message>
    <message>
        <source>The decision was made after the term of 15 calendar days (§60), which ended on %1.</source>
        <translation>Решение принято после истечения срока в пятнадцать календарных дней (§60), который истек %1.</translation>
    </message>
    <message>
        <source>The conclusion was corrected: version %1 (§61).</source>
        <translation>В заключение внесены корректировки: версия %1 (§61).</translation>
    </message>
    <message>
        <source>The conclusion is to be corrected (§61).</source>
        <translation>В заключение подлежат внесению соответствующие корректировки (§61).</translation>
    </message>
    <message>
        <source>The decision is final, except for §62.</source>
        <translation>Решение пересмотру не подлежит, за исключением случаев, предусмотренных §62.</translation>
    </message>
    <message>
        <source>Supporting documents (§58)</source>
        <translation>Подтверждающие документы (§58)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256 (beginning)</source>
        <translation>SHA-256 (начало)</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Chair of the special commission</source>
        <translation>Председатель специальной комиссии</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Руководитель (%1)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>Try &apos;bagalau-cli --help&apos;.</source>
        <translation>Попробуйте &apos;bagalau-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang принимает значения kk, ru или en.</translation>
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
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>schedule set: the approval date (§11).</source>
        <translation>schedule set: дата утверждения графика (§11).</translation>
    </message>
    <message>
        <source>schedule set: the results evaluation date (§70).</source>
        <translation>schedule set: дата оценки результативности (§70).</translation>
    </message>
    <message>
        <source>schedule set: the date of stage %1 of §10.</source>
        <translation>schedule set: дата этапа %1 по §10.</translation>
    </message>
    <message>
        <source>Name what to do with %1.</source>
        <translation>Укажите действие для команды %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s).</source>
        <translation>
            <numerusform>%1 принимает %n аргумент.</numerusform>
            <numerusform>%1 принимает %n аргумента.</numerusform>
            <numerusform>%1 принимает %n аргументов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD, e.g. 2026-03-20.</source>
        <translation>Дата указывается в формате ГГГГ-ММ-ДД, например 2026-03-20.</translation>
    </message>
    <message>
        <source>Expected a whole number, not %1.</source>
        <translation>Ожидалось целое число, а не %1.</translation>
    </message>
    <message>
        <source>%1 needs --year.</source>
        <translation>Для %1 требуется параметр --year.</translation>
    </message>
    <message>
        <source>Note: %1 is not confirmed: its transfers and Kurban Ait date may be missing.</source>
        <translation>Примечание: календарь на %1 год не подтвержден: переносы выходных дней и дата Курбан айт могут отсутствовать.</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD, or none to clear it.</source>
        <translation>Дата указывается в формате ГГГГ-ММ-ДД; чтобы очистить ее, укажите none.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>Schedule of the evaluation of %1 (held in %2)</source>
        <translation>График проведения оценки за %1 год (проводится в %2 году)</translation>
    </message>
    <message>
        <source>Approved (§11, by %1)</source>
        <translation>Утвержден (§11, не позднее %1)</translation>
    </message>
    <message>
        <source>Results evaluation (§70, by %1)</source>
        <translation>Оценка результативности (§70, не позднее %1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>init: also load the demonstration data: sample methodologies, rating bands and values for 2019-2024, marked as samples.</source>
        <translation>init: также загрузить демонстрационные данные: примеры методик, рейтинговые группы и значения за 2019-2024 годы с пометкой «пример».</translation>
    </message>
    <message>
        <source>schedule, evaluators, score: the evaluated year.</source>
        <translation>schedule, evaluators, score: оцениваемый год.</translation>
    </message>
    <message>
        <source>evaluators, score: the body&apos;s registry code.</source>
        <translation>evaluators, score: код органа в реестре.</translation>
    </message>
    <message>
        <source>score: the block, 1-3.</source>
        <translation>score: блок, 1-3.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>--year takes a year from 2010 to 2100, e.g. 2024.</source>
        <translation>--year принимает год от 2010 до 2100, например 2024.</translation>
    </message>
    <message>
        <source>--block takes 1, 2 or 3.</source>
        <translation>--block принимает значения 1, 2 или 3.</translation>
    </message>
    <message>
        <source>Who evaluates %1 — %2 for %3 (authorized bodies as on %4, §56)</source>
        <translation>Кто оценивает %1 — %2 за %3 год (уполномоченные на оценку органы на %4, §56)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>CONFLICT OF INTEREST: the evaluator is the evaluated body itself or part of it (§12)</source>
        <translation>КОНФЛИКТ ИНТЕРЕСОВ: оценивающий орган — сам оцениваемый орган или его часть (§12)</translation>
    </message>
    <message>
        <source>%1 is assembled by %2 (%3).</source>
        <translation>%1: заключения сводит %2 (%3).</translation>
    </message>
    <message>
        <source>§73: fell two or more years in a row</source>
        <translation>§73: снижение два и более года подряд</translation>
    </message>
    <message>
        <source>sample methodology v%1</source>
        <translation>пример методики, версия %1</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>в. %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>points</source>
        <translation>вклад</translation>
    </message>
    <message>
        <source>No scores: %1 has no methodology for the block, or the body is not evaluated on it.</source>
        <translation>Баллов нет: на %1 год нет методики по блоку или орган по нему не оценивается.</translation>
    </message>
    <message>
        <source>No body in the registry has the code %1.</source>
        <translation>В реестре нет органа с кодом %1.</translation>
    </message>
    <message>
        <source>backup, package: the file to write.</source>
        <translation>backup, package: файл для записи.</translation>
    </message>
    <message>
        <source>package import: show what would change, change nothing.</source>
        <translation>package import: показать, что изменится, ничего не изменяя.</translation>
    </message>
    <message>
        <source>package return: why the report is returned.</source>
        <translation>package return: причина возврата отчета.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>package return: a remark on an indicator, CODE=TEXT.</source>
        <translation>package return: замечание по показателю, КОД=ТЕКСТ.</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>замечание</translation>
    </message>
    <message>
        <source>%1 needs --body CODE.</source>
        <translation>Для %1 требуется параметр --body КОД.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>Для %1 требуется параметр --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 needs --block N.</source>
        <translation>Для %1 требуется параметр --block N.</translation>
    </message>
    <message>
        <source>package return needs --reason TEXT.</source>
        <translation>Для package return требуется параметр --reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>Package %1 no. %2 of %3 for %4, blocks %5, made %6 UTC, signed with key %7</source>
        <translation>Пакет %1 № %2: %3, %4 год, блоки: %5, создан %6 UTC, подписан ключом %7</translation>
    </message>
    <message>
        <source>This very package was imported before: importing it again changes nothing.</source>
        <translation>Этот же пакет уже был импортирован: повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>It supersedes the package imported as no. %1, which stays in the history.</source>
        <translation>Он заменяет пакет, импортированный под № %1; тот остается в истории.</translation>
    </message>
    <message>
        <source>Received after the reporting deadline: block(s) %1.</source>
        <translation>Получено после срока представления отчетной информации, блоки: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n изменение:</numerusform>
            <numerusform>%n изменения:</numerusform>
            <numerusform>%n изменений:</numerusform>
        </translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>блок %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>Template for %1, %2 written to %3.</source>
        <translation>Шаблон для %1 на %2 год записан в %3.</translation>
    </message>
    <message>
        <source>The body&apos;s key %1 is registered; packages it signs are accepted until %2.</source>
        <translation>Ключ органа %1 зарегистрирован; подписанные им пакеты принимаются до %2.</translation>
    </message>
    <message>
        <source>The template holds the body&apos;s signing key: hand it over like a password.</source>
        <translation>Шаблон содержит ключ подписи органа: передавайте его как пароль.</translation>
    </message>
    <message>
        <source>Report package written to %1.</source>
        <translation>Пакет отчетов записан в %1.</translation>
    </message>
    <message>
        <source>Returned for revision; return package written to %1.</source>
        <translation>Возвращено на доработку; пакет возврата записан в %1.</translation>
    </message>
    <message>
        <source>Workstation of %1 for %2 ready: blocks %3.</source>
        <translation>Рабочее место %1 на %2 год готово, блоки: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Workstation of %1 for %2, blocks %3; key %4; %n package(s) exported.</source>
        <translation>
            <numerusform>Рабочее место %1 на %2 год, блоки: %3; ключ: %4; экспортирован %n пакет.</numerusform>
            <numerusform>Рабочее место %1 на %2 год, блоки: %3; ключ: %4; экспортировано %n пакета.</numerusform>
            <numerusform>Рабочее место %1 на %2 год, блоки: %3; ключ: %4; экспортировано %n пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved.</source>
        <translation>
            <numerusform>Сохранена %n строка.</numerusform>
            <numerusform>Сохранено %n строки.</numerusform>
            <numerusform>Сохранено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Проблемы: %1</translation>
    </message>
    <message>
        <source>Block %1 submitted (revision %2).</source>
        <translation>Отчет по блоку %1 представлен (редакция %2).</translation>
    </message>
    <message>
        <source>Export the report package to hand it over: bagalau-cli package export --out FILE</source>
        <translation>Чтобы передать отчет, экспортируйте пакет отчетов: bagalau-cli package export --out ФАЙЛ</translation>
    </message>
    <message>
        <source>%1 of %2 filled, %3 error(s)</source>
        <translation>заполнено %1 из %2, ошибок: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) selected for re-verification.</source>
        <translation>
            <numerusform>Для перепроверки отобрано %n значение.</numerusform>
            <numerusform>Для перепроверки отобрано %n значения.</numerusform>
            <numerusform>Для перепроверки отобрано %n значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>conclusion, appeal, print: the part of the block (public-services, e-services, …).</source>
        <translation>conclusion, appeal, print: часть блока (public-services, e-services, …).</translation>
    </message>
    <message>
        <source>part</source>
        <translation>часть</translation>
    </message>
    <message>
        <source>conclusion, appeal, commission: the date, YYYY-MM-DD.</source>
        <translation>conclusion, appeal, commission: дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>appeal file: the day the objection was filed, YYYY-MM-DD.</source>
        <translation>appeal file: дата направления возражения в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>appeal file: the body&apos;s letter.</source>
        <translation>appeal file: письмо органа.</translation>
    </message>
    <message>
        <source>appeal file: a supporting document (§58); repeat for more.</source>
        <translation>appeal file: подтверждающий документ (§58); для нескольких документов повторите параметр.</translation>
    </message>
    <message>
        <source>appeal file: an indicator and the body&apos;s argument, CODE=ARGUMENT; repeat for more.</source>
        <translation>appeal file: показатель и довод органа, КОД=ДОВОД; для нескольких показателей повторите параметр.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>пункт</translation>
    </message>
    <message>
        <source>appeal file: objection (§57, the default) or complaint (§62).</source>
        <translation>appeal file: возражение (§57, по умолчанию) или жалоба (§62).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>appeal decide, print appeal: the appeal&apos;s number.</source>
        <translation>appeal decide, print appeal: номер обращения.</translation>
    </message>
    <message>
        <source>appeal decide: accepted or rejected.</source>
        <translation>appeal decide: accepted (принято) или rejected (не принято).</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>appeal decide: the corrected fact of an accepted indicator, CODE=VALUE.</source>
        <translation>appeal decide: исправленный факт принятого показателя, КОД=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>appeal decide: an indicator rejected while others are accepted.</source>
        <translation>appeal decide: показатель, не принятый при принятии остальных.</translation>
    </message>
    <message>
        <source>appeal commission: the authorized body&apos;s registry code.</source>
        <translation>appeal commission: код уполномоченного на оценку органа в реестре.</translation>
    </message>
    <message>
        <source>appeal commission: a member, NAME|POSITION|ORG|working-body.</source>
        <translation>appeal commission: член комиссии, ИМЯ|ДОЛЖНОСТЬ|ОРГАНИЗАЦИЯ|working-body.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>commission stage: to-working-body, presented or to-head.</source>
        <translation>commission stage: to-working-body, presented или to-head.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>confidential: the indicator&apos;s code.</source>
        <translation>confidential: код показателя.</translation>
    </message>
    <message>
        <source>print conclusion: the version to print (default: the latest).</source>
        <translation>print conclusion: версия для печати (по умолчанию: последняя).</translation>
    </message>
    <message>
        <source>%1 needs --body CODE and --block N.</source>
        <translation>Для %1 требуются параметры --body КОД и --block N.</translation>
    </message>
    <message>
        <source>%1 needs --id N.</source>
        <translation>Для %1 требуется параметр --id N.</translation>
    </message>
    <message>
        <source>--part takes a part of the block: %1.</source>
        <translation>--part принимает часть блока: %1.</translation>
    </message>
    <message>
        <source>Started from the command line</source>
        <translation>Начато из командной строки</translation>
    </message>
    <message>
        <source>received %1, objections until %2</source>
        <translation>получено %1, возражения до %2</translation>
    </message>
    <message>
        <source>%1 needs --date YYYY-MM-DD.</source>
        <translation>Для %1 требуется параметр --date ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Issued from the command line</source>
        <translation>Выпущено из командной строки</translation>
    </message>
    <message>
        <source>Conclusion on %1 for %2, block %3: version %4 issued, score %5</source>
        <translation>Заключение по %1 за %2 год, блок %3: выпущена версия %4, балл %5</translation>
    </message>
    <message>
        <source>Recorded from the command line</source>
        <translation>Записано из командной строки</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Направлено %1.</translation>
    </message>
    <message>
        <source>Received on %1; objections can be filed until %2 (§57).</source>
        <translation>Получено %1; возражения можно направить до %2 (§57).</translation>
    </message>
    <message>
        <source>appeal file needs --filed YYYY-MM-DD.</source>
        <translation>Для appeal file требуется параметр --filed ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--kind takes objection or complaint.</source>
        <translation>--kind принимает значения objection или complaint.</translation>
    </message>
    <message>
        <source>--item takes CODE=ARGUMENT, not %1.</source>
        <translation>--item принимает КОД=ДОВОД, а не %1.</translation>
    </message>
    <message>
        <source>Filed from the command line</source>
        <translation>Подано из командной строки</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Appeal no. %1 filed on %2 by %3 on block %4; decision due by %5 (§60).</source>
        <translation>Обращение № %1 подано %2 органом %3 по блоку %4; решение должно быть принято не позднее %5 (§60).</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>подано %1</translation>
    </message>
    <message>
        <source>decide by %1</source>
        <translation>решение до %1</translation>
    </message>
    <message>
        <source>--id takes the appeal&apos;s number.</source>
        <translation>--id принимает номер обращения.</translation>
    </message>
    <message>
        <source>--decision takes accepted or rejected.</source>
        <translation>--decision принимает значения accepted или rejected.</translation>
    </message>
    <message>
        <source>appeal decide needs --date YYYY-MM-DD.</source>
        <translation>Для appeal decide требуется параметр --date ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>appeal decide needs --reason TEXT.</source>
        <translation>Для appeal decide требуется параметр --reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>--fact takes CODE=VALUE, not %1.</source>
        <translation>--fact принимает КОД=ЗНАЧЕНИЕ, а не %1.</translation>
    </message>
    <message>
        <source>Decided from the command line</source>
        <translation>Решено из командной строки</translation>
    </message>
    <message>
        <source>Appeal no. %1: %2 on %3.</source>
        <translation>Обращение № %1: %2, %3.</translation>
    </message>
    <message>
        <source>Decided after the 15 days of §60 (last day %1).</source>
        <translation>Решение принято после истечения 15 дней по §60 (последний день %1).</translation>
    </message>
    <message>
        <source>The conclusion was corrected: version %1, score %2 (§61).</source>
        <translation>В заключение внесены корректировки: версия %1, балл %2 (§61).</translation>
    </message>
    <message>
        <source>appeal commission needs --date YYYY-MM-DD.</source>
        <translation>Для appeal commission требуется параметр --date ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Formed from the command line</source>
        <translation>Образовано из командной строки</translation>
    </message>
    <message numerus="yes">
        <source>Special commission of %1 for %2: %n member(s).</source>
        <translation>
            <numerusform>Специальная комиссия %1 на %2 год: %n член.</numerusform>
            <numerusform>Специальная комиссия %1 на %2 год: %n члена.</numerusform>
            <numerusform>Специальная комиссия %1 на %2 год: %n членов.</numerusform>
        </translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательно</translation>
    </message>
    <message>
        <source>--stage takes to-working-body, presented or to-head.</source>
        <translation>--stage принимает значения to-working-body, presented или to-head.</translation>
    </message>
    <message>
        <source>commission stage needs --date YYYY-MM-DD.</source>
        <translation>Для commission stage требуется параметр --date ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Записано для %1.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded for %n body(ies).</source>
        <translation>
            <numerusform>Записано для %n органа.</numerusform>
            <numerusform>Записано для %n органов.</numerusform>
            <numerusform>Записано для %n органов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs --indicator CODE.</source>
        <translation>Для %1 требуется параметр --indicator КОД.</translation>
    </message>
    <message>
        <source>Marked from the command line</source>
        <translation>Отмечено из командной строки</translation>
    </message>
    <message>
        <source>%1 of %2, block %3, is withheld from publication (§52).</source>
        <translation>Показатель %1 органа %2, блок %3, исключен из опубликования (§52).</translation>
    </message>
    <message>
        <source>%1 of %2, block %3, is published again.</source>
        <translation>Показатель %1 органа %2, блок %3, снова публикуется.</translation>
    </message>
    <message>
        <source>--conclusion-version takes a version number: 1, 2, …</source>
        <translation>--conclusion-version принимает номер версии: 1, 2, …</translation>
    </message>
    <message>
        <source>--id takes an appeal&apos;s number.</source>
        <translation>--id принимает номер обращения.</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>обращение № %1</translation>
    </message>
    <message>
        <source>The files were written to %1, but the publication could not be logged.</source>
        <translation>Файлы записаны в %1, но записать опубликование в журнал не удалось.</translation>
    </message>
    <message>
        <source>Published the results of %1 to %2:</source>
        <translation>Результаты за %1 год опубликованы в %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld (logged in the database, not in the export)</source>
        <translation>
            <numerusform>Исключен из опубликования %n элемент (записано в журнал базы данных, а не в экспорт)</numerusform>
            <numerusform>Исключено из опубликования %n элемента (записано в журнал базы данных, а не в экспорт)</numerusform>
            <numerusform>Исключено из опубликования %n элементов (записано в журнал базы данных, а не в экспорт)</numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>a recommendation of the conclusion (%1)</source>
        <translation>рекомендация заключения (%1)</translation>
    </message>
    <message>
        <source>a recommendation of the Commission (%1)</source>
        <translation>рекомендация Комиссии (%1)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>значение показателя %1</translation>
    </message>
    <message>
        <source>Appeal no. %1 has no indicator %2.</source>
        <translation>В обращении № %1 нет показателя %2.</translation>
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
        <translation>Инструмент командной строки Bagalau.

Команды:
  init [--demo]                  создать или обновить базу данных и загрузить справочные данные
  generate [--preset national|stress] [--bodies N] [--indicators M] [--years Y] [--last-year ГОД]
      [--seed S]   заполнить новую базу данных синтетическими данными для измерений (при одном seed — одинаковыми)
  bodies [--on ДАТА] [--json]    оцениваемые органы на дату (по умолчанию: сегодня)
  backup [--out ФАЙЛ]            целостная копия базы данных
  calendar days ГОД [--json]     нерабочие дни года и выходные дни, ставшие рабочими
  calendar is-working ДАТА       true или false
  calendar add-working-days ДАТА N    последний день срока в N рабочих дней после даты ДАТА
  calendar add-calendar-days ДАТА N   последний день срока в N календарных дней после даты ДАТА
  schedule show --year ГОД [--json]   график проведения оценки за ГОД (§10-11, §70)
  schedule set --year ГОД [--approved ДАТА] [--reporting ДАТА] [--conclusions-to-bodies ДАТА]
      [--conclusions-to-state-planning ДАТА] [--to-working-body ДАТА] [--to-president ДАТА]
      [--results-evaluation ДАТА]     задать даты (&quot;none&quot; очищает дату)
  evaluators --body КОД --year ГОД [--json]   кто оценивает каждую часть охвата оценки органа (§24-40)
  score --year ГОД [--body КОД] [--block N] [--json]   баллы с детализацией по показателям
  package template --body КОД --year ГОД --out ФАЙЛ   шаблон для рабочего места органа (с новым ключом)
  package verify ФАЙЛ [--json]   проверить пакет без импорта
  package import ФАЙЛ [--dry-run] [--json]   импорт пакета отчетов (на рабочем месте — пакета возврата)
  package return --body КОД --year ГОД --block N --reason ТЕКСТ [--remark КОД=ТЕКСТ]... --out ФАЙЛ
      вернуть представленный отчет на доработку и записать пакет возврата
  workstation init ШАБЛОН        сделать эту новую базу данных рабочим местом органа
  workstation show [--json]      сведения об этом рабочем месте
  report import-csv ФАЙЛ [--body КОД --year ГОД]   значения из электронной таблицы: все строки или ни одной
  report submit --block N [--body КОД --year ГОД]  представить отчет (не принимается, пока в нем есть ошибки)
  report list [--year ГОД] [--body КОД] [--json]   отчеты за год, их состояние и своевременность
  package export [--year ГОД] --out ФАЙЛ   подписанный пакет отчетов рабочего места
  recheck select --year ГОД [--block N] [--json]   отобрать значения для перепроверки (§42-43)
  recheck list --year ГОД [--block N] [--json]     значения, отобранные для перепроверки
  conclusion list --year ГОД [--block N] [--json]  заключения за год и их состояние
  conclusion issue --body КОД --block N --year ГОД [--part ЧАСТЬ] [--reason ТЕКСТ]
      выпустить новую версию заключения по текущим данным (если заключения нет, оно будет начато)
  conclusion send|receive --body КОД --block N --year ГОД --date ДАТА [--part ЧАСТЬ]
      когда последняя версия направлена или получена органом (с получения начинается срок обжалования)
  appeal file --body КОД --block N --year ГОД --filed ДАТА --text ТЕКСТ [--document ФАЙЛ]...
      [--item КОД=ДОВОД]... [--kind objection|complaint] [--part ЧАСТЬ]   зарегистрировать возражение (§57-58)
  appeal list --year ГОД [--json]   возражения и жалобы за год и их сроки
  appeal decide --id N --decision accepted|rejected --reason ТЕКСТ --date ДАТА
      [--fact КОД=ЗНАЧЕНИЕ]... [--reject КОД]...   принять решение по обращению (§60-61)
  appeal commission --authority КОД --year ГОД --date ДАТА --member ИМЯ|ДОЛЖНОСТЬ|ОРГАНИЗАЦИЯ|working-body...
      образовать специальную комиссию уполномоченного на оценку органа (§59)
  commission result --year ГОД [--json]   результат Комиссии по каждому органу по всем блокам (§50)
  commission stage --year ГОД --stage to-working-body|presented|to-head --date ДАТА [--body КОД]
      записать этап §48, §50 или §51 для одного органа или для всех готовых органов
  print conclusion --body КОД --block N --year ГОД [--part ЧАСТЬ] [--conclusion-version N]
      --out ФАЙЛ.pdf
  print appeal --id N --out ФАЙЛ.pdf      решение по обращению
  print commission --year ГОД --out ФАЙЛ.pdf   сводный доклад Комиссии
  print schedule --year ГОД --out ФАЙЛ.pdf     график проведения оценки (§10-11)
      документы на языке, указанном в --lang (kk или ru; en для проверки)
  confidential mark|clear --year ГОД --block N --body КОД --indicator КОД [--reason ТЕКСТ]
      исключить значение из опубликования или снова опубликовать его (§52)
  confidential list --year ГОД [--json]   значения, отмеченные как конфиденциальные
  publish --year ГОД --out ПАПКА   публичный экспорт (HTML, CSV, XLSX) без конфиденциальных сведений (§52)</translation>
    </message>
    <message>
        <source>generate: national (300 bodies) or stress (3,000 bodies).</source>
        <translation>generate: national (300 органов) или stress (3000 органов).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>generate: the number of evaluated bodies.</source>
        <translation>generate: количество оцениваемых органов.</translation>
    </message>
    <message>
        <source>generate: indicators per body and year, over the three blocks.</source>
        <translation>generate: количество показателей на один орган за год, в сумме по трем блокам.</translation>
    </message>
    <message>
        <source>generate: the number of evaluated years.</source>
        <translation>generate: количество оцениваемых лет.</translation>
    </message>
    <message>
        <source>generate: the last evaluated year (default 2024).</source>
        <translation>generate: последний оцениваемый год (по умолчанию: 2024).</translation>
    </message>
    <message>
        <source>generate: the seed of the random values.</source>
        <translation>generate: начальное число (seed) для случайных значений.</translation>
    </message>
    <message>
        <source>init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print or publish</source>
        <translation>init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print или publish</translation>
    </message>
    <message>
        <source>Name a command: init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print or publish.</source>
        <translation>Укажите команду: init, generate, bodies, backup, calendar, schedule, evaluators, score, package, workstation, report, recheck, conclusion, appeal, commission, confidential, print или publish.</translation>
    </message>
    <message>
        <source>--preset takes national or stress.</source>
        <translation>--preset принимает значения national или stress.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 принимает целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed принимает целое число.</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>Генерация данных… %1%</translation>
    </message>
    <message>
        <source>Generated %1 bodies, %2 methodologies with %3 indicators, %4 values, %5 reports with %6 evidence files, %7 conclusions, %8 objections in %9 s: %10</source>
        <translation>Сгенерировано за %9 с — органов: %1, методик: %2 (показателей в них: %3), значений: %4, отчетов: %5 (подтверждающих файлов к ним: %6), заключений: %7, возражений: %8; база данных: %10</translation>
    </message>
</context>
<context>
    <name>CommissionDocument</name>
    <message>
        <source>Results of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>Результаты операционной оценки эффективности деятельности государственных органов за %1 год</translation>
    </message>
    <message>
        <source>no conclusion</source>
        <translation>заключения нет</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выпущено</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>направлено</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>under appeal</source>
        <translation>обжалуется</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательное</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Bodies %1–%2 of %3</source>
        <translation>Органы %1–%2 из %3</translation>
    </message>
    <message>
        <source>The Commission presents to the President of the Republic of Kazakhstan the results of the operational evaluation on all blocks (§50), on the conclusions of the authorized bodies (§46–48) and the sources of §7.</source>
        <translation>Комиссия вносит Президенту Республики Казахстан результаты операционной оценки по всем блокам (§50) на основе заключений уполномоченных на оценку органов (§46–48) и источников, определенных §7.</translation>
    </message>
    <message>
        <source>Bodies evaluated: %1. Conclusions on all blocks final: %2. Alerts of §73: %3.</source>
        <translation>Оценено органов: %1. Заключения по всем блокам окончательные: %2. Предупреждения по §73: %3.</translation>
    </message>
    <message>
        <source>1. Scores of the state bodies on the blocks</source>
        <translation>1. Баллы государственных органов по блокам</translation>
    </message>
    <message>
        <source>No body is evaluated in %1.</source>
        <translation>В %1 году ни один орган не оценивается.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Заключения</translation>
    </message>
    <message>
        <source>Rating</source>
        <extracomment>a narrow column: the rating band&apos;s code</extracomment>
        <translation>Рей­тинг</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>a narrow column: the place among the bodies</extracomment>
        <translation>Мес­то</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>a narrow column: the change of the score from last year</extracomment>
        <translation>Изм.</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>не оценивается</translation>
    </message>
    <message>
        <source>complaint pending</source>
        <translation>жалоба на рассмотрении</translation>
    </message>
    <message>
        <source>all final</source>
        <translation>все окончательные</translation>
    </message>
    <message>
        <source>No conclusion has been issued: the score is computed from the current data.</source>
        <translation>Заключение не выпущено: балл рассчитан по текущим данным.</translation>
    </message>
    <message>
        <source>The score has fallen two or more years in a row (§73): see section 3.</source>
        <translation>Балл снижается два и более года подряд (§73): см. раздел 3.</translation>
    </message>
    <message>
        <source>Ratings: %1.</source>
        <translation>Рейтинги: %1.</translation>
    </message>
    <message>
        <source>Rank: the place among the bodies scored in the block, 1 is the best. Change: from the score for %1. Conclusions: the blocks whose conclusions are not final yet, and where they stand.</source>
        <translation>Место — место среди органов, оцененных по блоку, 1 — лучшее. Изм. — изменение по сравнению с баллом за %1 год. Заключения — блоки, заключения по которым еще не окончательные, и их состояние.</translation>
    </message>
    <message>
        <source>2. Block scores by body</source>
        <translation>2. Баллы органов по блокам</translation>
    </message>
    <message>
        <source>3. Bodies whose scores fell two or more years in a row (§73)</source>
        <translation>3. Органы, баллы которых снижаются два и более года подряд (§73)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>The Presidential Administration proposes to consider the responsibility of the political civil servant and/or the executive secretary or head of the akim&apos;s office of these bodies (§73).</source>
        <translation>Администрация Президента вносит предложение о рассмотрении вопроса об ответственности соответствующего политического государственного служащего и/или ответственного секретаря, руководителя аппарата акима этих органов (§73).</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Scores by year</source>
        <translation>Баллы по годам</translation>
    </message>
    <message>
        <source>4. Stages after the conclusions (§48–51)</source>
        <translation>4. Этапы после заключений (§48–51)</translation>
    </message>
    <message>
        <source>Conclusions on all blocks passed to the Commission&apos;s working body (§48)</source>
        <translation>Заключения по всем блокам внесены в рабочий орган Комиссии (§48)</translation>
    </message>
    <message>
        <source>Results presented to the President (§50)</source>
        <translation>Результаты внесены Президенту (§50)</translation>
    </message>
    <message>
        <source>Results with orders and recommendations sent to the body&apos;s head (§51)</source>
        <translation>Результаты с поручениями и рекомендациями направлены руководителю органа (§51)</translation>
    </message>
    <message>
        <source>%1 of %2 bodies</source>
        <translation>%1 из %2 органов</translation>
    </message>
    <message>
        <source>To the working body (§48)</source>
        <translation>В рабочий орган (§48)</translation>
    </message>
    <message>
        <source>Presented (§50)</source>
        <translation>Президенту (§50)</translation>
    </message>
    <message>
        <source>To the head (§51)</source>
        <translation>Руководителю (§51)</translation>
    </message>
    <message>
        <source>Orders and recommendations (§51)</source>
        <translation>Поручения и рекомендации (§51)</translation>
    </message>
    <message>
        <source>5. Reorganized bodies (§53–55)</source>
        <translation>5. Реорганизованные органы (§53–55)</translation>
    </message>
    <message>
        <source>Commission for the operational evaluation of the activity of state bodies</source>
        <translation>Комиссия по операционной оценке деятельности государственных органов</translation>
    </message>
    <message>
        <source>To the President of the Republic of Kazakhstan (§50)</source>
        <translation>Президенту Республики Казахстан (§50)</translation>
    </message>
    <message>
        <source>The Commission&apos;s working body</source>
        <translation>Рабочий орган Комиссии</translation>
    </message>
</context>
<context>
    <name>ConclusionDocument</name>
    <message>
        <source>Conclusion on the results of the operational evaluation of the effectiveness of %1 for %2</source>
        <translation>Заключение о результатах операционной оценки эффективности деятельности государственного органа за %2 год: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На испол­нении</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Испол­нено</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Испол­нено частично</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не испол­нено</translation>
    </message>
    <message>
        <source>Includes the activity of %1, reorganized on %2: it is counted into the final score (§53).</source>
        <translation>Включает деятельность органа (%1), реорганизованного %2: она учитывается при расчете итогового балла (§53).</translation>
    </message>
    <message>
        <source>The activity of %1, reorganized on %2, was analysed: the results are used as recommendations (§54).</source>
        <translation>Проведен анализ деятельности органа (%1), реорганизованного %2: его результаты используются в качестве рекомендаций (§54).</translation>
    </message>
    <message>
        <source>The results of the evaluation of %1, reorganized on %2, are passed on as recommendations (§55).</source>
        <translation>Результаты оценки органа (%1), реорганизованного %2, направляются в качестве рекомендаций (§55).</translation>
    </message>
    <message>
        <source>%1 was reorganized on %2.</source>
        <translation>%1: реорганизация %2.</translation>
    </message>
    <message>
        <source>Its own score in the block: %1.</source>
        <translation>Его собственный балл по блоку: %1.</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Версия %1 от %2</translation>
    </message>
    <message>
        <source>Corrected version %1 after the appeal (§61)</source>
        <translation>Исправленная версия %1 по результатам обжалования (§61)</translation>
    </message>
    <message>
        <source>Corrected version %1</source>
        <translation>Исправленная версия %1</translation>
    </message>
    <message>
        <source>Evaluated body:</source>
        <translation>Оцениваемый государственный орган:</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Уполномоченный на оценку орган:</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>sample methodology, for demonstration only</source>
        <translation>пример методики, только для демонстрации</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Методика:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Дата направления:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>1. Final report on the evaluation (§47)</source>
        <translation>1. Итоговый отчет об операционной оценке (§47)</translation>
    </message>
    <message>
        <source>Final score: %1 points out of 100.</source>
        <translation>Итоговый балл: %1 из 100.</translation>
    </message>
    <message>
        <source>Rating: %1.</source>
        <translation>Рейтинг: %1.</translation>
    </message>
    <message>
        <source>There is no final score: no indicator of the block counts.</source>
        <translation>Итоговый балл отсутствует: ни один показатель блока не учитывается.</translation>
    </message>
    <message>
        <source>The body&apos;s own score is %1; with the activity of the reorganized bodies counted in (§53) the final score is %2.</source>
        <translation>Собственный балл органа — %1; с учетом деятельности реорганизованных органов (§53) итоговый балл — %2.</translation>
    </message>
    <message>
        <source>Reorganized bodies (§53–55)</source>
        <translation>Реорганизованные органы (§53–55)</translation>
    </message>
    <message>
        <source>The conclusion lists no indicators.</source>
        <translation>В заключении нет ни одного показателя.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Критерий %1</translation>
    </message>
    <message>
        <source>Block score</source>
        <translation>Балл по блоку</translation>
    </message>
    <message>
        <source>The fact was corrected by the decision on the body&apos;s objection (§61).</source>
        <translation>Факт исправлен по решению по возражению органа (§61).</translation>
    </message>
    <message>
        <source>The value is confidential: it is withheld from publication (§52).</source>
        <translation>Значение конфиденциально: оно не публикуется (§52).</translation>
    </message>
    <message>
        <source>2. Results of carrying out the recommendations given earlier (§45, §47)</source>
        <translation>2. Результаты реализации ранее данных рекомендаций (§45, §47)</translation>
    </message>
    <message>
        <source>No recommendations were given to the body for %1.</source>
        <translation>Рекомендации органу за %1 год не давались.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем дана</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Conclusion for %1</source>
        <translation>Заключение за %1 год</translation>
    </message>
    <message>
        <source>The Commission, %1 (§51)</source>
        <translation>Комиссия, %1 год (§51)</translation>
    </message>
    <message>
        <source>The analysis of %1 (§54–55)</source>
        <translation>Анализ деятельности: %1 (§54–55)</translation>
    </message>
    <message>
        <source>The analysis of a reorganized body (§54–55)</source>
        <translation>Анализ деятельности реорганизованного органа (§54–55)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Поручение:</translation>
    </message>
    <message>
        <source>3. Findings and recommendations for raising the effectiveness (§47)</source>
        <translation>3. Выводы и рекомендации по повышению эффективности деятельности (§47)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Выводов нет.</translation>
    </message>
    <message>
        <source>The conclusion gives no new recommendations.</source>
        <translation>Новых рекомендаций в заключении нет.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Подготовили:</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Руководитель (%1)</translation>
    </message>
</context>
<context>
    <name>ConclusionTexts</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Under appeal</source>
        <translation>Обжалуется</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <source>Being written: no version has been issued yet.</source>
        <translation>Готовится: ни одна версия еще не выпущена.</translation>
    </message>
    <message>
        <source>A version is issued but has not been sent to the evaluated body yet (§46).</source>
        <translation>Версия выпущена, но еще не направлена оцениваемому органу (§46).</translation>
    </message>
    <message>
        <source>Sent to the evaluated body; its receipt has not been recorded yet.</source>
        <translation>Направлено оцениваемому органу; получение еще не зарегистрировано.</translation>
    </message>
    <message>
        <source>Received by the evaluated body: the term for an objection runs (5 working days, §57).</source>
        <translation>Получено оцениваемым органом: идет срок для возражения (5 рабочих дней, §57).</translation>
    </message>
    <message>
        <source>An objection or complaint awaits its decision (§60, §62).</source>
        <translation>Возражение или жалоба ожидает решения (§60, §62).</translation>
    </message>
    <message>
        <source>The appeal term has passed or the appeal was decided: the conclusion is final.</source>
        <translation>Срок обжалования истек или по обращению принято решение: заключение окончательное.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Исполнено частично</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Commission (§51)</source>
        <translation>Комиссия (§51)</translation>
    </message>
    <message>
        <source>Reorganized predecessor (§54–55)</source>
        <translation>Реорганизованный орган-предшественник (§54–55)</translation>
    </message>
    <message>
        <source>Objection (§57)</source>
        <translation>Возражение (§57)</translation>
    </message>
    <message>
        <source>Complaint (§62)</source>
        <translation>Жалоба (§62)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Passed to the Commission&apos;s working body (§48)</source>
        <translation>Внесено в рабочий орган Комиссии (§48)</translation>
    </message>
    <message>
        <source>Presented to the President (§50)</source>
        <translation>Внесено Президенту (§50)</translation>
    </message>
    <message>
        <source>Sent to the body&apos;s head (§51)</source>
        <translation>Направлено руководителю органа (§51)</translation>
    </message>
    <message>
        <source>§48 Working body</source>
        <translation>§48 Рабочий орган</translation>
    </message>
    <message>
        <source>§50 President</source>
        <translation>§50 Президент</translation>
    </message>
    <message>
        <source>§51 Head</source>
        <translation>§51 Руководитель</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the reasons for the decision in at least one language (§60).</source>
        <translation>Укажите основания решения хотя бы на одном языке (§60).</translation>
    </message>
    <message>
        <source>Give the reason for the new version: a version after the first says why it was made.</source>
        <translation>Укажите причину новой версии: в каждой версии после первой указывается, почему она выпущена.</translation>
    </message>
    <message>
        <source>Every member of the special commission needs a name.</source>
        <translation>Для каждого члена специальной комиссии нужно указать имя.</translation>
    </message>
    <message>
        <source>Write the recommendation in at least one language.</source>
        <translation>Напишите рекомендацию хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>Filed on %1; the last day to file was %2.</source>
        <translation>Подано %1; последний день подачи — %2.</translation>
    </message>
    <message>
        <source>Took part in the evaluation: %1.</source>
        <translation>Участвовали в оценке: %1.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The document could not be made: %1</source>
        <translation>Не удалось сформировать документ: %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Печать — %1</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Не удалось напечатать документ.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Export PDF — %1</source>
        <translation>Экспорт в PDF — %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Не удалось записать PDF-файл: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Напечатать %1</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Show %1 page by page before printing</source>
        <translation>Показать %1 постранично перед печатью</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save %1 as a PDF document</source>
        <translation>Сохранить %1 как документ PDF</translation>
    </message>
    <message>
        <source>that is the open database itself</source>
        <translation>это сама открытая база данных</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>Printed on %1</source>
        <translation>Дата печати: %1</translation>
    </message>
    <message>
        <source>Decree No. 954, %1</source>
        <translation>Указ № 954, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
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
    <message>
        <source>The calendar already has a day off or a transfer on this date.</source>
        <translation>В календаре на эту дату уже есть выходной день или перенос выходного дня.</translation>
    </message>
    <message>
        <source>The day to give off is not a working day.</source>
        <translation>День, объявляемый выходным, не является рабочим днем.</translation>
    </message>
    <message>
        <source>The day to work on is already a working day: choose a weekend day or a day off.</source>
        <translation>День, объявляемый рабочим, уже является рабочим днем: выберите субботу, воскресенье или выходной день.</translation>
    </message>
    <message>
        <source>A term is a number of days from 0 to 365.</source>
        <translation>Срок задается числом дней от 0 до 365.</translation>
    </message>
    <message>
        <source>The CSV file has a row that cannot be read; nothing was imported.</source>
        <translation>В CSV-файле есть строка, которую не удается прочитать; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The schedule&apos;s deadlines must follow the order of §10, each after the one before.</source>
        <translation>Сроки графика должны следовать в порядке §10, каждый — после предыдущего.</translation>
    </message>
    <message>
        <source>A date is outside the evaluation: deadlines fall in the year after the evaluated one, the approval in the evaluated year or the next.</source>
        <translation>Дата вне периода оценки: сроки приходятся на год, следующий за оцениваемым, а утверждение — на оцениваемый или следующий год.</translation>
    </message>
    <message>
        <source>A body cannot be a part of itself, directly or through another body.</source>
        <translation>Орган не может входить в собственный состав ни напрямую, ни через другой орган.</translation>
    </message>
    <message>
        <source>Another body plays this role during part of that period; end its period first.</source>
        <translation>В части этого периода эту роль выполняет другой орган; сначала завершите его период.</translation>
    </message>
    <message>
        <source>There are three blocks: 1, 2 and 3.</source>
        <translation>Блоков три: 1, 2 и 3.</translation>
    </message>
    <message>
        <source>A weight is a number from 0 to 100.</source>
        <translation>Вес — число от 0 до 100.</translation>
    </message>
    <message>
        <source>The source type is one of the nine kinds of §7; type 7 (independent experts, public councils) is not allowed in the goals block.</source>
        <translation>Тип источника — один из девяти видов по §7; тип 7 (независимые эксперты, общественные советы) не допускается в блоке «Достижение целей».</translation>
    </message>
    <message>
        <source>The formula cannot be read. It may use fact, plan, numbers, + - * / ^, parentheses and functions such as min, max, abs.</source>
        <translation>Не удается разобрать формулу. В ней можно использовать fact, plan, числа, + - * / ^, скобки и функции, например min, max, abs.</translation>
    </message>
    <message>
        <source>The scoring settings are not valid: a scale needs at least one step, and the cap is at least 1.</source>
        <translation>Параметры оценки некорректны: в шкале должна быть хотя бы одна ступень, а предел должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>A plan or a fact must be a number.</source>
        <translation>План и факт должны быть числами.</translation>
    </message>
    <message>
        <source>This methodology is approved and in use, so it is frozen. Make a new version to change it.</source>
        <translation>Эта методика утверждена и применяется, поэтому изменять ее нельзя. Чтобы внести изменения, создайте новую версию.</translation>
    </message>
    <message>
        <source>The methodology cannot be approved while the §20 checks list errors.</source>
        <translation>Методику нельзя утвердить, пока проверки по §20 выявляют ошибки.</translation>
    </message>
    <message>
        <source>That year already has a methodology for this block.</source>
        <translation>На этот год уже есть методика по этому блоку.</translation>
    </message>
    <message>
        <source>Rating bands need distinct codes and starting scores from 0 to 100.</source>
        <translation>Рейтинговые группы должны иметь разные коды и начальные баллы от 0 до 100.</translation>
    </message>
    <message>
        <source>This report has been submitted and is locked. It can be changed only after it is returned for revision.</source>
        <translation>Этот отчет представлен и заблокирован. Изменить его можно только после возврата на доработку.</translation>
    </message>
    <message>
        <source>This report still has errors. Correct them before submitting.</source>
        <translation>В этом отчете еще есть ошибки. Исправьте их перед представлением.</translation>
    </message>
    <message>
        <source>This step is not possible in the report&apos;s current state.</source>
        <translation>В текущем состоянии отчета это действие невозможно.</translation>
    </message>
    <message>
        <source>The file is too large to attach as evidence (the limit is 20 MB).</source>
        <translation>Файл слишком велик, чтобы приложить его в качестве подтверждающего документа (предел — 20 МБ).</translation>
    </message>
    <message>
        <source>The stored evidence file does not match its recorded hash: it is damaged.</source>
        <translation>Сохраненный подтверждающий файл не соответствует записанному хешу: он поврежден.</translation>
    </message>
    <message>
        <source>The file cannot be read or written.</source>
        <translation>Не удается прочитать или записать файл.</translation>
    </message>
    <message>
        <source>This file is not a Bagalau package.</source>
        <translation>Этот файл не является пакетом Bagalau.</translation>
    </message>
    <message>
        <source>The package is incomplete: the file was cut off while it was copied or sent.</source>
        <translation>Пакет неполный: файл был обрезан при копировании или передаче.</translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be read.</source>
        <translation>Пакет поврежден: его содержимое не удается прочитать.</translation>
    </message>
    <message>
        <source>The package was changed after it was signed: its signature does not match its contents.</source>
        <translation>Пакет был изменен после подписания: подпись не соответствует его содержимому.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Bagalau. Update Bagalau to read it.</source>
        <translation>Пакет создан более новой версией Bagalau. Чтобы прочитать его, обновите Bagalau.</translation>
    </message>
    <message>
        <source>This is a different kind of package from the one expected here.</source>
        <translation>Здесь ожидается пакет другого вида.</translation>
    </message>
    <message>
        <source>The package is not signed by the body it claims to come from.</source>
        <translation>Пакет не подписан органом, от имени которого он направлен.</translation>
    </message>
    <message>
        <source>The package is signed with a key that has expired or was replaced when a newer template was issued.</source>
        <translation>Пакет подписан ключом, срок действия которого истек или который был заменен при выдаче нового шаблона.</translation>
    </message>
    <message>
        <source>No template was issued to this body for this year, so its packages cannot be accepted.</source>
        <translation>Этому органу на этот год не выдавался шаблон, поэтому его пакеты не могут быть приняты.</translation>
    </message>
    <message>
        <source>The package&apos;s year or blocks do not match the template issued to the body.</source>
        <translation>Год или блоки пакета не соответствуют шаблону, выданному органу.</translation>
    </message>
    <message>
        <source>A newer package from this body has already been imported; an older one cannot replace it.</source>
        <translation>Более новый пакет этого органа уже импортирован; более старый не может его заменить.</translation>
    </message>
    <message>
        <source>A different package with the same number from this body has already been imported.</source>
        <translation>Другой пакет этого органа с тем же номером уже импортирован.</translation>
    </message>
    <message>
        <source>This works only on an evaluated body&apos;s workstation.</source>
        <translation>Это доступно только на рабочем месте оцениваемого государственного органа.</translation>
    </message>
    <message>
        <source>This is not available on an evaluated body&apos;s workstation.</source>
        <translation>Это недоступно на рабочем месте оцениваемого государственного органа.</translation>
    </message>
    <message>
        <source>A workstation can be made only in a new, empty database.</source>
        <translation>Рабочее место можно создать только в новой, пустой базе данных.</translation>
    </message>
    <message>
        <source>No report has been submitted yet, so there is nothing to export.</source>
        <translation>Ни один отчет еще не представлен, поэтому экспортировать нечего.</translation>
    </message>
    <message>
        <source>A re-verification criterion has a value out of range.</source>
        <translation>Значение одного из критериев перепроверки вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The signature library failed; nothing was signed or verified.</source>
        <translation>Сбой библиотеки электронной подписи; ничего не подписано и не проверено.</translation>
    </message>
    <message>
        <source>This body already has a conclusion for that block and year.</source>
        <translation>У этого органа уже есть заключение по этому блоку за этот год.</translation>
    </message>
    <message>
        <source>This body is not evaluated on that block in that year.</source>
        <translation>Этот орган не оценивается по этому блоку в этом году.</translation>
    </message>
    <message>
        <source>This body was reorganized in the first half of the evaluated year: it is evaluated within its legal successor (§53).</source>
        <translation>Этот орган реорганизован в первом полугодии оцениваемого года: он оценивается в рамках оценки государственного органа-правопреемника (§53).</translation>
    </message>
    <message>
        <source>The conclusion has not been issued yet.</source>
        <translation>Заключение еще не выпущено.</translation>
    </message>
    <message>
        <source>The evaluated body has not received the conclusion yet, so no appeal term runs.</source>
        <translation>Оцениваемый орган еще не получил заключение, поэтому срок обжалования не идет.</translation>
    </message>
    <message>
        <source>A conclusion cannot be received before it was sent, or sent before it was issued.</source>
        <translation>Заключение не может быть получено до направления или направлено до выпуска.</translation>
    </message>
    <message>
        <source>The objection was filed after the last day of the term (§57, §62) and is not considered.</source>
        <translation>Возражение подано после последнего дня срока (§57, §62) и не рассматривается.</translation>
    </message>
    <message>
        <source>The objection is dated before the conclusion was received.</source>
        <translation>Возражение датировано раньше получения заключения.</translation>
    </message>
    <message>
        <source>An objection without supporting documents is not considered (§58).</source>
        <translation>Возражение без подтверждающих документов не рассматривается (§58).</translation>
    </message>
    <message>
        <source>An objection must name at least one indicator with the body&apos;s argument.</source>
        <translation>В возражении должен быть указан хотя бы один показатель с доводом органа.</translation>
    </message>
    <message>
        <source>This conclusion already has an objection; add to it instead.</source>
        <translation>На это заключение уже подано возражение; дополните его.</translation>
    </message>
    <message>
        <source>The appeal has been decided; the decision is final (§60).</source>
        <translation>По обращению принято решение; решение пересмотру не подлежит (§60).</translation>
    </message>
    <message>
        <source>The authorized body has no special commission for this year (§59).</source>
        <translation>У уполномоченного на оценку органа нет специальной комиссии на этот год (§59).</translation>
    </message>
    <message>
        <source>Staff who took part in the evaluation cannot sit on the special commission (§59).</source>
        <translation>Сотрудники, участвовавшие в оценке, не могут входить в состав специальной комиссии (§59).</translation>
    </message>
    <message>
        <source>A special commission includes a representative of the Commission&apos;s working body (§59).</source>
        <translation>В состав специальной комиссии входит представитель рабочего органа Комиссии (§59).</translation>
    </message>
    <message>
        <source>The Presidential Administration does not form a special commission (§59).</source>
        <translation>Администрация Президента не образует специальную комиссию (§59).</translation>
    </message>
    <message>
        <source>The indicator is not one of this conclusion&apos;s indicators.</source>
        <translation>Этот показатель не входит в показатели данного заключения.</translation>
    </message>
    <message>
        <source>The folder holds other files than an earlier export; choose an empty folder.</source>
        <translation>В папке есть файлы, не относящиеся к прежнему экспорту; выберите пустую папку.</translation>
    </message>
    <message>
        <source>Not every block&apos;s conclusion has passed the appeal procedure (§48).</source>
        <translation>Не все заключения по блокам прошли процедуру обжалования (§48).</translation>
    </message>
    <message>
        <source>The block has no approved methodology for that year, so no conclusion can be issued (§19).</source>
        <translation>У блока нет утвержденной методики на этот год, поэтому заключение не может быть выпущено (§19).</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database already holds data; generate into a new file.</source>
        <translation>В базе данных уже есть данные; выполните генерацию в новый файл.</translation>
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
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Day off moved from a holiday on a weekend</source>
        <translation>Выходной день за праздник, совпавший с выходным</translation>
    </message>
    <message>
        <source>Religious day off</source>
        <translation>Выходной день (религиозный праздник)</translation>
    </message>
    <message>
        <source>Day off by transfer</source>
        <translation>Выходной день по переносу</translation>
    </message>
    <message>
        <source>Working day by transfer</source>
        <translation>Рабочий день по переносу</translation>
    </message>
    <message>
        <source>Evaluated bodies submit reporting information (§41)</source>
        <translation>Представление отчетной информации оцениваемыми органами (§41)</translation>
    </message>
    <message>
        <source>Conclusions sent to the evaluated bodies (§46)</source>
        <translation>Направление заключений оцениваемым органам (§46)</translation>
    </message>
    <message>
        <source>Conclusions after the appeals sent to the state planning body</source>
        <translation>Направление заключений после обжалования в уполномоченный орган по государственному планированию</translation>
    </message>
    <message>
        <source>All blocks sent to the Commission&apos;s working body (§48)</source>
        <translation>Внесение заключений по всем блокам в рабочий орган Комиссии (§48)</translation>
    </message>
    <message>
        <source>Results presented to the President (§50)</source>
        <translation>Внесение результатов Президенту (§50)</translation>
    </message>
    <message>
        <source>The schedule is approved on %1, later than 15 December (§11).</source>
        <translation>График утвержден %1, позднее 15 декабря (§11).</translation>
    </message>
    <message>
        <source>The schedule has no approval date yet (§11).</source>
        <translation>Дата утверждения графика еще не указана (§11).</translation>
    </message>
    <message>
        <source>%1 is not a working day (%2); the date stays as it is.</source>
        <translation>%1 — нерабочий день (%2); дата не переносится.</translation>
    </message>
    <message>
        <source>The results evaluation on %1 is later than 1 September (§70).</source>
        <translation>Дата оценки результативности (%1) позднее 1 сентября (§70).</translation>
    </message>
    <message>
        <source>Block 1: achievement of goals</source>
        <translation>Блок 1: достижение целей</translation>
    </message>
    <message>
        <source>Block 2: interaction with individuals and legal entities</source>
        <translation>Блок 2: взаимодействие государственного органа с физическими и юридическими лицами</translation>
    </message>
    <message>
        <source>Block 3: organizational development</source>
        <translation>Блок 3: организационное развитие государственного органа</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>Achievement of goals</source>
        <translation>Достижение целей</translation>
    </message>
    <message>
        <source>Quality of public services</source>
        <translation>Качество госуслуг</translation>
    </message>
    <message>
        <source>Public services in electronic form</source>
        <translation>Электронные госуслуги</translation>
    </message>
    <message>
        <source>Complaints and applications</source>
        <translation>Рассмотрение жалоб и заявлений</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Степень открытости</translation>
    </message>
    <message>
        <source>Personnel management</source>
        <translation>Управление персоналом</translation>
    </message>
    <message>
        <source>Information technology</source>
        <translation>Применение ИТ</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Чем выше, тем лучше</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Чем ниже, тем лучше</translation>
    </message>
    <message>
        <source>Ratio of fact to plan</source>
        <translation>Отношение факта к плану</translation>
    </message>
    <message>
        <source>Inverse ratio (plan to fact)</source>
        <translation>Обратное отношение (план/факт)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Score = 100 × fact ÷ plan, counted at most up to the cap.</source>
        <translation>Балл = 100 × факт ÷ план; учитывается не выше предела.</translation>
    </message>
    <message>
        <source>Score = 100 × plan ÷ fact, counted at most up to the cap; a fact of 0 is the best.</source>
        <translation>Балл = 100 × план ÷ факт; учитывается не выше предела; факт, равный 0, — наилучший результат.</translation>
    </message>
    <message>
        <source>A fact of 1 (yes) scores 100, a fact of 0 (no) scores 0.</source>
        <translation>Факт 1 (да) дает 100 баллов, факт 0 (нет) — 0 баллов.</translation>
    </message>
    <message>
        <source>The points of the first step whose threshold the fact reaches.</source>
        <translation>Баллы первой ступени, порог которой достигнут фактом.</translation>
    </message>
    <message>
        <source>Score = 100 × the expert&apos;s score ÷ the maximum (the plan).</source>
        <translation>Балл = 100 × экспертная оценка ÷ максимум (план).</translation>
    </message>
    <message>
        <source>A formula of fact and plan gives the achievement (1 = plan met); score = 100 × achievement.</source>
        <translation>Формула от факта и плана дает уровень достижения (1 — план выполнен); балл = 100 × уровень достижения.</translation>
    </message>
    <message>
        <source>1. The body&apos;s report on its work</source>
        <translation>1. Отчет государственного органа о проделанной работе</translation>
    </message>
    <message>
        <source>2. Inspections by the Presidential Administration and the authorized bodies</source>
        <translation>2. Проверки Администрации Президента и уполномоченных на оценку органов</translation>
    </message>
    <message>
        <source>3. Control by the Presidential Administration of the President&apos;s acts and orders</source>
        <translation>3. Контроль Администрации Президента за исполнением актов и поручений Президента</translation>
    </message>
    <message>
        <source>4. Control by the Prime Minister&apos;s Office of the Government&apos;s acts and orders</source>
        <translation>4. Контроль Канцелярии Премьер-Министра за исполнением актов и поручений Правительства</translation>
    </message>
    <message>
        <source>5. Control acts of state bodies</source>
        <translation>5. Акты контроля государственных органов</translation>
    </message>
    <message>
        <source>6. Official statistics</source>
        <translation>6. Официальные статистические данные</translation>
    </message>
    <message>
        <source>7. Independent experts and public councils</source>
        <translation>7. Заключения независимых экспертов и рекомендации общественных советов</translation>
    </message>
    <message>
        <source>8. Sociological research, international reviews and ratings</source>
        <translation>8. Социологические исследования, обзоры международных организаций и рейтинги</translation>
    </message>
    <message>
        <source>9. Other official sources</source>
        <translation>9. Иная информация из официальных источников</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Re-weight the other indicators</source>
        <translation>Перераспределить вес на остальные показатели</translation>
    </message>
    <message>
        <source>Count as zero</source>
        <translation>Считать равным нулю</translation>
    </message>
    <message>
        <source>Fully achieved</source>
        <translation>Полностью достигнут</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>Частично достигнут</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Не достигнут</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Не учитывается</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>the plan is zero</source>
        <translation>план равен нулю</translation>
    </message>
    <message>
        <source>the value cannot be scored</source>
        <translation>значение невозможно оценить</translation>
    </message>
    <message>
        <source>the formula cannot be read</source>
        <translation>формулу не удается разобрать</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Показатель %1</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Критерий %1</translation>
    </message>
    <message>
        <source>The methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>The methodology has no criteria (§20.6).</source>
        <translation>В методике нет критериев (§20.6).</translation>
    </message>
    <message>
        <source>%1 has no indicators (§20.6).</source>
        <translation>%1: нет показателей (§20.6).</translation>
    </message>
    <message>
        <source>The criteria&apos;s weights add up to %1, not 100.</source>
        <translation>Сумма весов критериев — %1, а не 100.</translation>
    </message>
    <message>
        <source>The indicator weights of %1 add up to %2, not 100.</source>
        <translation>Сумма весов показателей критерия %1 — %2, а не 100.</translation>
    </message>
    <message>
        <source>%1 has no §7 source type (§20.1).</source>
        <translation>%1: не указан вид источника информации по §7 (§20.1).</translation>
    </message>
    <message>
        <source>%1: source type 7 is not allowed in the goals block (§7).</source>
        <translation>%1: источник вида 7 не допускается в блоке «Достижение целей» (§7).</translation>
    </message>
    <message>
        <source>%1 has no verification method in %2 (§20.2).</source>
        <translation>%1: не указан способ проверки (%2, §20.2).</translation>
    </message>
    <message>
        <source>%1 has no definition in %2 (§20.3).</source>
        <translation>%1: не указано определение (%2, §20.3).</translation>
    </message>
    <message>
        <source>%1 has no name in %2.</source>
        <translation>%1: не указано наименование (%2).</translation>
    </message>
    <message>
        <source>%1 has the same name in %2 as another indicator (§20.3).</source>
        <translation>%1: наименование совпадает с наименованием другого показателя (%2, §20.3).</translation>
    </message>
    <message>
        <source>%1: the code is used twice.</source>
        <translation>%1: код используется дважды.</translation>
    </message>
    <message>
        <source>%1: the scoring does not match the direction (a ratio is for &quot;higher is better&quot;, an inverse ratio for &quot;lower is better&quot;).</source>
        <translation>%1: способ оценки не соответствует направленности (отношение применяется для «чем выше, тем лучше», обратное отношение — для «чем ниже, тем лучше»).</translation>
    </message>
    <message>
        <source>%1: the scale has no steps.</source>
        <translation>%1: в шкале нет ступеней.</translation>
    </message>
    <message>
        <source>%1: the formula cannot be read (%2).</source>
        <translation>%1: не удается разобрать формулу (%2).</translation>
    </message>
    <message>
        <source>%1: the cap is below 1.</source>
        <translation>%1: предел меньше 1.</translation>
    </message>
    <message>
        <source>%1 has no default plan: every body must then give its own.</source>
        <translation>%1: не задан общий план — каждый орган должен указать свой.</translation>
    </message>
    <message>
        <source>%1 changed its %2 since last year: the results are not comparable (§20.5).</source>
        <translation>%1: с прошлого года изменен параметр «%2» — результаты несопоставимы (§20.5).</translation>
    </message>
    <message>
        <source>%1 of last year&apos;s methodology is gone (§20.5).</source>
        <translation>%1 из методики прошлого года исключен (§20.5).</translation>
    </message>
    <message>
        <source>Record who approved the methodology and when it was agreed with the state planning body and the Commission&apos;s working body (§19).</source>
        <translation>Укажите, кем утверждена методика и когда она согласована с уполномоченным органом по государственному планированию и рабочим органом Комиссии (§19).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица измерения</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>способ расчёта балла</translation>
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
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <source>State of the report</source>
        <translation>Состояние отчета</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Подтверждающий файл: %1</translation>
    </message>
    <message>
        <source>Bagalau packages (*.bagalau);;All files (*)</source>
        <translation>Пакеты Bagalau (*.bagalau);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PublicExport</name>
    <message>
        <source>Results of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>Результаты операционной оценки эффективности деятельности государственных органов за %1 год</translation>
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
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Change from last year: %1</source>
        <translation>Изменение по сравнению с прошлым годом: %1</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Итоговый отчет</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Orders and recommendations of the Commission (§51)</source>
        <translation>Поручения и рекомендации Комиссии (§51)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Поручение:</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>Опубликовано %1.</translation>
    </message>
    <message>
        <source>Confidential information is not published, as paragraph 52 of the decree requires.</source>
        <translation>Конфиденциальная информация не публикуется в соответствии с требованием пункта 52 Указа.</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Скачать:</translation>
    </message>
    <message>
        <source>results (CSV)</source>
        <translation>результаты (CSV)</translation>
    </message>
    <message>
        <source>indicators (CSV)</source>
        <translation>показатели (CSV)</translation>
    </message>
    <message>
        <source>results and indicators (XLSX)</source>
        <translation>результаты и показатели (XLSX)</translation>
    </message>
    <message>
        <source>Results by body</source>
        <translation>Результаты по органам</translation>
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
        <translation>Место</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>not evaluated on this block</source>
        <translation>по этому блоку не оценивается</translation>
    </message>
    <message>
        <source>Rank 1 is the best score in the block; equal scores share a rank. The change is the difference from the previous year&apos;s score.</source>
        <translation>Место 1 — наивысший балл в блоке; при равных баллах место общее. Изменение — разница с баллом предыдущего года.</translation>
    </message>
    <message>
        <source>Prepared with Bagalau from the results of the Commission (§50-52 of the decree).</source>
        <translation>Подготовлено с помощью Bagalau по результатам Комиссии (пункты 50-52 Указа).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Body code</source>
        <translation>Код органа</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Block name</source>
        <translation>Наименование блока</translation>
    </message>
    <message>
        <source>Rating code</source>
        <translation>Код рейтинга</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecheckTexts</name>
    <message>
        <source>Large change</source>
        <translation>Значительное изменение</translation>
    </message>
    <message>
        <source>Exactly on plan</source>
        <translation>Точно по плану</translation>
    </message>
    <message>
        <source>Late report</source>
        <translation>Отчет с опозданием</translation>
    </message>
    <message>
        <source>Corrected last year</source>
        <translation>Исправления в прошлом году</translation>
    </message>
    <message>
        <source>Random sample</source>
        <translation>Случайная выборка</translation>
    </message>
    <message>
        <source>A fact that changed from last year by more than the percentage set here.</source>
        <translation>Факт, изменившийся по сравнению с прошлым годом больше, чем на заданный здесь процент.</translation>
    </message>
    <message>
        <source>A fact exactly equal to its plan.</source>
        <translation>Факт, в точности равный плану.</translation>
    </message>
    <message>
        <source>Every value of a report first submitted after the deadline (§41).</source>
        <translation>Все значения отчета, впервые представленного после срока (§41).</translation>
    </message>
    <message>
        <source>Every value of a body whose values re-verification corrected the year before.</source>
        <translation>Все значения органа, значения которого были исправлены по итогам перепроверки в предыдущем году.</translation>
    </message>
    <message>
        <source>Every value of a random share of the bodies that reported.</source>
        <translation>Все значения случайно выбранной доли органов, представивших отчеты.</translation>
    </message>
    <message>
        <source>Change from last year&apos;s fact, in percent, above which a value is selected</source>
        <translation>Отклонение от факта прошлого года в процентах, при превышении которого значение отбирается</translation>
    </message>
    <message>
        <source>Share of the bodies that reported, in percent, drawn at random</source>
        <translation>Доля органов, представивших отчеты, отбираемая случайным образом, в процентах</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Возвращен на доработку</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Представлен повторно</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Being filled in: every value is saved as it is typed.</source>
        <translation>Заполняется: каждое значение сохраняется сразу после ввода.</translation>
    </message>
    <message>
        <source>Submitted to the authorized body and locked until it is accepted or returned for revision.</source>
        <translation>Представлен уполномоченному на оценку органу и заблокирован до принятия или возврата на доработку.</translation>
    </message>
    <message>
        <source>Returned for revision: correct the values and answer every remark, then submit again.</source>
        <translation>Возвращен на доработку: исправьте значения, ответьте на каждое замечание и представьте отчет повторно.</translation>
    </message>
    <message>
        <source>Submitted again after a revision and locked until it is accepted or returned once more.</source>
        <translation>Представлен повторно после доработки и заблокирован до принятия или повторного возврата.</translation>
    </message>
    <message>
        <source>Accepted by the authorized body: it can no longer be changed.</source>
        <translation>Принят уполномоченным на оценку органом: изменить его больше нельзя.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>срок не истек</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>overdue — 1 day</source>
        <translation>просрочен — 1 день</translation>
    </message>
    <message numerus="yes">
        <source>overdue — %n days</source>
        <translation>
            <numerusform>просрочен — %n день</numerusform>
            <numerusform>просрочен — %n дня</numerusform>
            <numerusform>просрочен — %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>late — 1 day</source>
        <translation>с опозданием — 1 день</translation>
    </message>
    <message numerus="yes">
        <source>late — %n days</source>
        <translation>
            <numerusform>с опозданием — %n день</numerusform>
            <numerusform>с опозданием — %n дня</numerusform>
            <numerusform>с опозданием — %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No fact: enter it, or explain in a comment why there is none.</source>
        <translation>Нет факта: введите его или объясните в комментарии, почему его нет.</translation>
    </message>
    <message>
        <source>No plan: this indicator is scored against a plan, and the methodology gives none.</source>
        <translation>Нет плана: этот показатель оценивается относительно плана, а методика его не задает.</translation>
    </message>
    <message>
        <source>The plan must be greater than zero.</source>
        <translation>План должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A yes/no indicator takes 1 (yes) or 0 (no).</source>
        <translation>Показатель «да или нет» принимает значения 1 (да) или 0 (нет).</translation>
    </message>
    <message>
        <source>The fact is below the smallest value the methodology accepts, %1.</source>
        <translation>Факт меньше наименьшего допустимого по методике значения: %1.</translation>
    </message>
    <message>
        <source>The fact is above the largest value the methodology accepts, %1.</source>
        <translation>Факт больше наибольшего допустимого по методике значения: %1.</translation>
    </message>
    <message>
        <source>An expert score cannot be above its maximum, the plan: %1.</source>
        <translation>Экспертная оценка не может превышать максимум, то есть план: %1.</translation>
    </message>
    <message>
        <source>The methodology&apos;s formula gives no result for these values.</source>
        <translation>Формула методики не дает результата для этих значений.</translation>
    </message>
    <message>
        <source>Choose the type of the source of information (§7).</source>
        <translation>Выберите вид источника информации (§7).</translation>
    </message>
    <message>
        <source>This type of source is not allowed here: type 7 (independent experts) is not used in the goals block (§7).</source>
        <translation>Этот вид источника здесь не допускается: вид 7 (независимые эксперты) не используется в блоке «Достижение целей» (§7).</translation>
    </message>
    <message>
        <source>Name the document, register or statistic the fact comes from.</source>
        <translation>Укажите документ, реестр или статистические данные, из которых взят факт.</translation>
    </message>
    <message>
        <source>Answer the remark of the authorized body.</source>
        <translation>Ответьте на замечание уполномоченного на оценку органа.</translation>
    </message>
    <message>
        <source>The methodology in effect has no such indicator: this value is not counted.</source>
        <translation>В действующей методике нет такого показателя: это значение не учитывается.</translation>
    </message>
    <message>
        <source>The fact differs from last year&apos;s by more than half: explain why in a comment.</source>
        <translation>Факт отличается от прошлогоднего более чем наполовину: объясните причину в комментарии.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато заполнение</translation>
    </message>
    <message>
        <source>Imported from a package</source>
        <translation>Импортирован из пакета</translation>
    </message>
    <message>
        <source>Taken back (undo)</source>
        <translation>Отменено (отмена действия)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Source type (§7)</source>
        <translation>Вид источника (§7)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Answer to the remark</source>
        <translation>Ответ на замечание</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>Schedule of the operational evaluation of the effectiveness of state bodies for %1</source>
        <translation>График проведения операционной оценки эффективности деятельности государственных органов за %1 год</translation>
    </message>
    <message>
        <source>Reporting information</source>
        <translation>Отчетная информация</translation>
    </message>
    <message>
        <source>Conclusions to the evaluated bodies</source>
        <translation>Заключения оцениваемым органам</translation>
    </message>
    <message>
        <source>Conclusions after the appeals</source>
        <translation>Заключения после обжалования</translation>
    </message>
    <message>
        <source>Conclusions to the Commission&apos;s working body</source>
        <translation>Заключения в рабочий орган Комиссии</translation>
    </message>
    <message>
        <source>Results to the President</source>
        <translation>Результаты Президенту</translation>
    </message>
    <message>
        <source>The evaluated state bodies submit reporting information on the results of the reporting year to the authorized bodies, per block.</source>
        <translation>Оцениваемые государственные органы представляют уполномоченным на оценку органам отчетную информацию по итогам отчетного года по соответствующим блокам.</translation>
    </message>
    <message>
        <source>The authorized bodies send their conclusions on the results of the evaluation to the evaluated state bodies.</source>
        <translation>Уполномоченные на оценку органы направляют оцениваемым государственным органам заключения о результатах оценки.</translation>
    </message>
    <message>
        <source>The authorized bodies send their conclusions, after the appeal procedure, to the state planning body.</source>
        <translation>Уполномоченные на оценку органы после процедуры обжалования направляют заключения в уполномоченный орган по государственному планированию.</translation>
    </message>
    <message>
        <source>The state planning body sends the conclusions on all blocks to the working body of the Commission.</source>
        <translation>Уполномоченный орган по государственному планированию вносит заключения по всем блокам в рабочий орган Комиссии.</translation>
    </message>
    <message>
        <source>The Commission presents the results of the evaluation on all blocks to the President.</source>
        <translation>Комиссия вносит результаты оценки по всем блокам Президенту Республики Казахстан.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДЕН</translation>
    </message>
    <message>
        <source>by order of the Head of the Presidential Administration of the Republic of Kazakhstan of %1</source>
        <translation>приказом Руководителя Администрации Президента Республики Казахстан от %1</translation>
    </message>
    <message>
        <source>Not approved yet: it is approved by order of the Head of the Presidential Administration no later than %1 (§11).</source>
        <translation>Еще не утвержден: утверждается приказом Руководителя Администрации Президента не позднее %1 (§11).</translation>
    </message>
    <message>
        <source>The activity of %1 is evaluated in %2 (§9–10).</source>
        <translation>Деятельность за %1 год оценивается в %2 году (§9–10).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>the date is not set yet</source>
        <translation>дата еще не установлена</translation>
    </message>
    <message>
        <source>Results evaluation (§70):</source>
        <translation>Оценка результативности (§70):</translation>
    </message>
    <message>
        <source>The Head of the Presidential Administration reports the results of the results evaluation to the President no later than %1.</source>
        <translation>Руководитель Администрации Президента вносит Президенту итоги оценки результативности не позднее %1.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Дата печати: %1</translation>
    </message>
    <message>
        <source>Decree No. 954, §10–11</source>
        <translation>Указ № 954, §10–11</translation>
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
    <name>ui::AddTermDialog</name>
    <message>
        <source>Objection to a conclusion (§57)</source>
        <translation>Возражение на заключение (§57)</translation>
    </message>
    <message>
        <source>Decision on an objection (§60)</source>
        <translation>Решение по возражению (§60)</translation>
    </message>
    <message>
        <source>Complaint after the appeal procedure (§62)</source>
        <translation>Жалоба после процедуры обжалования (§62)</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Добавление срока</translation>
    </message>
    <message>
        <source>Other term</source>
        <translation>Другой срок</translation>
    </message>
    <message>
        <source>What is due, e.g. an objection of a ministry</source>
        <translation>Что должно быть сделано, например возражение министерства</translation>
    </message>
    <message>
        <source>The day of the event the term counts from, e.g. the day the results were received</source>
        <translation>День события, от которого исчисляется срок, например день получения результатов</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <source>Term of the decree:</source>
        <translation>Срок по Указу:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Event date:</source>
        <translation>Дата события:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Последний день:</translation>
    </message>
    <message>
        <source>A term of working days ends on the N-th working day after the event; a term of calendar days that ends on a day off moves to the next working day.</source>
        <translation>Срок в рабочих днях истекает в N-й рабочий день после события; срок в календарных днях, последний день которого приходится на выходной день, переносится на следующий рабочий день.</translation>
    </message>
</context>
<context>
    <name>ui::AppealDecisionDialog</name>
    <message>
        <source>Decision on the Objection</source>
        <translation>Решение по возражению</translation>
    </message>
    <message>
        <source>Decide the Complaint</source>
        <translation>Решение по жалобе</translation>
    </message>
    <message>
        <source>%1 filed on %2.</source>
        <translation>%1: подано %2.</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Довод</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Current fact</source>
        <translation>Текущий факт</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Новый факт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Не принять</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>The fact after an accepted item; empty: the fact stays as it is</source>
        <translation>Факт после принятия пункта; пусто — факт не меняется</translation>
    </message>
    <message>
        <source>Reasons for the decision:</source>
        <translation>Основания решения:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <source>A complaint is re-checked by the Commission&apos;s working body (§62).</source>
        <translation>Жалобу перепроверяет рабочий орган Комиссии (§62).</translation>
    </message>
    <message>
        <source>The 15 calendar days for the decision end on %1 (§60).</source>
        <translation>15 календарных дней на принятие решения истекают %1 (§60).</translation>
    </message>
    <message>
        <source>Decided 1 day late: it is recorded and shown as late.</source>
        <translation>Решение принято с опозданием на 1 день: оно записывается и отображается как запоздавшее.</translation>
    </message>
    <message numerus="yes">
        <source>Decided %n days late: it is recorded and shown as late.</source>
        <translation>
            <numerusform>Решение принято с опозданием на %n день: оно записывается и отображается как запоздавшее.</numerusform>
            <numerusform>Решение принято с опозданием на %n дня: оно записывается и отображается как запоздавшее.</numerusform>
            <numerusform>Решение принято с опозданием на %n дней: оно записывается и отображается как запоздавшее.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accepted: the appeal is accepted, the facts change and a corrected version of the conclusion is issued (§61).</source>
        <translation>Принято %1 из %2: обращение принимается, факты изменяются и выпускается исправленная версия заключения (§61).</translation>
    </message>
    <message>
        <source>Nothing accepted: the appeal is rejected and the conclusion stays.</source>
        <translation>Ничего не принято: обращение не принимается, заключение остается без изменений.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision in at least one language (§60).</source>
        <translation>Укажите основания решения хотя бы на одном языке (§60).</translation>
    </message>
    <message>
        <source>“%1” is not a number: write the new fact as a number, or leave it empty for no data.</source>
        <translation>«%1» не является числом: укажите новый факт числом или оставьте поле пустым, если данных нет.</translation>
    </message>
</context>
<context>
    <name>ui::AppealFileDialog</name>
    <message>
        <source>Add Indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Remove Indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Attach Documents…</source>
        <translation>Приложить документы…</translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>File an Objection</source>
        <translation>Регистрация возражения</translation>
    </message>
    <message>
        <source>The body&apos;s covering letter, as written</source>
        <translation>Сопроводительное письмо органа в исходной редакции</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>The body&apos;s argument</source>
        <translation>Довод органа</translation>
    </message>
    <message>
        <source>Requested fact</source>
        <translation>Запрошенный факт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Дата подачи:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <source>Indicators the body disagrees with:</source>
        <translation>Показатели, с которыми орган не согласен:</translation>
    </message>
    <message>
        <source>Supporting documents (§58):</source>
        <translation>Подтверждающие документы (§58):</translation>
    </message>
    <message>
        <source>File a Complaint</source>
        <translation>Регистрация жалобы</translation>
    </message>
    <message>
        <source>The body has not received the conclusion: no objection term runs (§57).</source>
        <translation>Орган не получил заключение: срок для возражения не идет (§57).</translation>
    </message>
    <message>
        <source>No complaint term runs: the objection is pending or its term has not ended (§62).</source>
        <translation>Срок для жалобы не идет: возражение на рассмотрении или его срок не истек (§62).</translation>
    </message>
    <message>
        <source>Received on %1; the last day to file an objection is %2 (5 working days, §57).</source>
        <translation>Получено %1; последний день для возражения — %2 (5 рабочих дней, §57).</translation>
    </message>
    <message>
        <source>The appeal procedure ended on %1; the last day to file a complaint is %2 (5 working days, §62).</source>
        <translation>Процедура обжалования завершена %1; последний день для жалобы — %2 (5 рабочих дней, §62).</translation>
    </message>
    <message>
        <source>Filed on %1: late, it will be refused.</source>
        <translation>Подано %1: с пропуском срока, будет отклонено.</translation>
    </message>
    <message>
        <source>Filed on %1: before the term began.</source>
        <translation>Подано %1: до начала срока.</translation>
    </message>
    <message>
        <source>Attach at least one supporting document: an objection without documents is not considered (§58).</source>
        <translation>Приложите хотя бы один подтверждающий документ: возражение без документов не рассматривается (§58).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached. Each is stored with its SHA-256.</source>
        <translation>
            <numerusform>Приложен %n документ. Каждый хранится вместе с его SHA-256.</numerusform>
            <numerusform>Приложено %n документа. Каждый хранится вместе с его SHA-256.</numerusform>
            <numerusform>Приложено %n документов. Каждый хранится вместе с его SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation>факт %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number: write the requested fact as a number, or leave it empty.</source>
        <translation>«%1» не является числом: укажите запрошенный факт числом или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>ui::AppealTableModel</name>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (с опозданием)</translation>
    </message>
    <message>
        <source>The 15 calendar days for the decision have passed (§60)</source>
        <translation>15 календарных дней на принятие решения истекли (§60)</translation>
    </message>
    <message>
        <source>The last day of the 15 calendar days for the decision (§60)</source>
        <translation>Последний из 15 календарных дней на принятие решения (§60)</translation>
    </message>
    <message>
        <source>The last day to file: 5 working days (§57, §62)</source>
        <translation>Последний день подачи: 5 рабочих дней (§57, §62)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Last day to file</source>
        <translation>Подать до</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Decision by</source>
        <translation>Решить до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalDialog</name>
    <message>
        <source>Approve the Methodology</source>
        <translation>Утверждение методики</translation>
    </message>
    <message>
        <source>%1, %2, version %3</source>
        <translation>%1, %2, версия %3</translation>
    </message>
    <message>
        <source>§19: the authorized bodies approve the methodology of the block, agreed with the state planning body and the Commission&apos;s working body. Once approved it is frozen: a change makes a new version.</source>
        <translation>§19: уполномоченные на оценку органы утверждают методику по блоку по согласованию с уполномоченным органом по государственному планированию и рабочим органом Комиссии. Утвержденная методика не изменяется: изменения вносятся в новую версию.</translation>
    </message>
    <message>
        <source>For example: joint order No. 12 of 20 January</source>
        <translation>Например: совместный приказ от 20 января № 12</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Approved by (the act):</source>
        <translation>Утверждена актом:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Дата утверждения:</translation>
    </message>
    <message>
        <source>Agreed with the state planning body on:</source>
        <translation>Дата согласования с уполномоченным органом по государственному планированию:</translation>
    </message>
    <message>
        <source>Agreed with the Commission&apos;s working body on:</source>
        <translation>Дата согласования с рабочим органом Комиссии:</translation>
    </message>
    <message>
        <source>§20 checks:</source>
        <translation>Проверки по §20:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>An error: it prevents approval</source>
        <translation>Ошибка: препятствует утверждению</translation>
    </message>
    <message>
        <source>A warning: approval is possible</source>
        <translation>Предупреждение: утверждение возможно</translation>
    </message>
    <message>
        <source>All §20 requirements that the data can show are met.</source>
        <translation>Все требования §20, которые можно проверить по данным, выполнены.</translation>
    </message>
    <message>
        <source>The methodology cannot be approved while the list shows errors: record the approval in full and correct the methodology first.</source>
        <translation>Методику нельзя утвердить, пока в списке есть ошибки: сначала полностью внесите сведения об утверждении и исправьте методику.</translation>
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
    <name>ui::CalendarArea</name>
    <message>
        <source>Confirm the calendar of %1</source>
        <translation>подтверждение календаря на %1 год</translation>
    </message>
    <message>
        <source>Unconfirm the calendar of %1</source>
        <translation>снятие подтверждения календаря на %1 год</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Add Transfer…</source>
        <translation>Добавить перенос…</translation>
    </message>
    <message>
        <source>The Government&apos;s transfer of a day off to another day</source>
        <translation>Перенос Правительством выходного дня на другой день</translation>
    </message>
    <message>
        <source>Add Day Off…</source>
        <translation>Добавить выходной день…</translation>
    </message>
    <message>
        <source>A holiday or a religious day off on one date</source>
        <translation>Праздничный день или выходной день по религиозному празднику на одну дату</translation>
    </message>
    <message>
        <source>Set Kurban Ait…</source>
        <translation>Указать дату Курбан айт…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Days off and transfers of this year:</source>
        <translation>Выходные дни и переносы этого года:</translation>
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
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Confirmed: the transfers and the Kurban Ait date of %1 are entered.</source>
        <translation>Подтверждено: переносы выходных дней и дата Курбан айт на %1 год внесены.</translation>
    </message>
    <message>
        <source>Not confirmed: %1 is computed from the rules only; enter the Government&apos;s transfers and the Kurban Ait date when they are published.</source>
        <translation>Не подтверждено: календарь на %1 год рассчитан только по правилам; внесите переносы выходных дней, установленные Правительством, и дату Курбан айт после их опубликования.</translation>
    </message>
    <message>
        <source>Mark Unconfirmed</source>
        <translation>Снять подтверждение</translation>
    </message>
    <message>
        <source>Mark Confirmed</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Day off; worked on %1</source>
        <translation>Выходной день; вместо него рабочий день %1</translation>
    </message>
    <message>
        <source>Click a day to see why it is what it is.</source>
        <translation>Щелкните день, чтобы узнать, почему он рабочий или выходной.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>The change moved %n running term(s):</source>
        <translation>
            <numerusform>Изменение сдвинуло %n текущий срок:</numerusform>
            <numerusform>Изменение сдвинуло %n текущих срока:</numerusform>
            <numerusform>Изменение сдвинуло %n текущих сроков:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>добавление переноса выходного дня</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>добавление выходного дня</translation>
    </message>
    <message>
        <source>Set Kurban Ait</source>
        <translation>Указание даты Курбан айт</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>удаление переноса выходного дня</translation>
    </message>
    <message>
        <source>Remove day off</source>
        <translation>удаление выходного дня</translation>
    </message>
    <message>
        <source>Import the calendar of %1</source>
        <translation>импорт календаря на %1 год</translation>
    </message>
    <message>
        <source>Add Transfer</source>
        <translation>Перенос выходного дня</translation>
    </message>
    <message>
        <source>Day off:</source>
        <translation>Выходной день:</translation>
    </message>
    <message>
        <source>Worked instead on:</source>
        <translation>Рабочий день вместо него:</translation>
    </message>
    <message>
        <source>The working day is usually a Saturday or a day off that the weekend rule gave.</source>
        <translation>Рабочим днем обычно объявляется суббота или выходной день, перенесенный с праздника, совпавшего с выходным.</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Добавление выходного дня</translation>
    </message>
    <message>
        <source>Religious day off (never moved by the weekend rule)</source>
        <translation>Религиозный праздник (при совпадении с выходным не переносится)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Name (Kazakh):</source>
        <translation>Наименование (на казахском):</translation>
    </message>
    <message>
        <source>Name (Russian):</source>
        <translation>Наименование (на русском):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Наименование (на английском):</translation>
    </message>
    <message>
        <source>First day of Kurban Ait:</source>
        <translation>Первый день Курбан айт:</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удается прочитать файл: %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удается записать файл: %1</translation>
    </message>
    <message>
        <source>Kurban Ait date</source>
        <translation>дата Курбан айт</translation>
    </message>
</context>
<context>
    <name>ui::CommissionArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Поиск по коду или наименованию органа</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <source>The language of the printed report</source>
        <translation>Язык печатного доклада</translation>
    </message>
    <message>
        <source>Passed to the Working Body (§48)…</source>
        <translation>Внесено в рабочий орган (§48)…</translation>
    </message>
    <message>
        <source>Presented to the President (§50)…</source>
        <translation>Внесено Президенту (§50)…</translation>
    </message>
    <message>
        <source>Sent to the Head (§51)…</source>
        <translation>Направлено руководителю (§51)…</translation>
    </message>
    <message>
        <source>Record the date for the selected body, or for every body that is ready: %1</source>
        <translation>Записать дату для выбранного органа или для всех готовых органов: %1</translation>
    </message>
    <message>
        <source>the Commission&apos;s report</source>
        <translation>доклад Комиссии</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders to the head (§51)</source>
        <translation>Рекомендации и поручения Комиссии руководителю (§51)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No body is evaluated in %1.</source>
        <translation>В %1 году ни один орган не оценивается.</translation>
    </message>
    <message>
        <source>%1 bodies · conclusions final for %2 · §48: %3 · §50: %4 · §51: %5 · §73 alerts: %6</source>
        <translation>Органов: %1 · заключения окончательные: %2 · §48: %3 · §50: %4 · §51: %5 · предупреждения §73: %6</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Выберите орган в таблице.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no conclusion</source>
        <translation>заключения нет</translation>
    </message>
    <message>
        <source>Not ready for §48: %1.</source>
        <translation>Не готово для §48: %1.</translation>
    </message>
    <message>
        <source>Reorganized predecessor %1 %2 (%3): §%4.</source>
        <translation>Реорганизованный предшественник %1 %2 (%3): §%4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the date was cleared.</source>
        <translation>%1: дата удалена.</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded for %n body(ies) that were ready.</source>
        <translation>
            <numerusform>%1: записано для %n готового органа.</numerusform>
            <numerusform>%1: записано для %n готовых органов.</numerusform>
            <numerusform>%1: записано для %n готовых органов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of this stage for %1. Clear the check box to remove a date recorded by mistake.</source>
        <translation>Дата этого этапа для %1. Чтобы удалить ошибочно записанную дату, снимите флажок.</translation>
    </message>
    <message>
        <source>The date of this stage.</source>
        <translation>Дата этого этапа.</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>For every body that is ready, not only the selected one</source>
        <translation>Для всех готовых органов, а не только для выбранного</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Add a recommendation of the Commission</source>
        <translation>добавление рекомендации Комиссии</translation>
    </message>
    <message>
        <source>Change a recommendation of the Commission</source>
        <translation>изменение рекомендации Комиссии</translation>
    </message>
    <message>
        <source>Remove a recommendation of the Commission</source>
        <translation>удаление рекомендации Комиссии</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove Recommendation</source>
        <translation>Удаление рекомендации</translation>
    </message>
    <message>
        <source>Remove the selected recommendation? Undo brings it back.</source>
        <translation>Удалить выбранную рекомендацию? Команда «Отменить» вернет ее.</translation>
    </message>
    <message>
        <source>The Commission&apos;s report for %1</source>
        <translation>Доклад Комиссии за %1 год</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF сохранен: %1</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Опубликовать…</translation>
    </message>
    <message>
        <source>Write the year&apos;s results for the internet resource (§52) into a folder, without what is confidential</source>
        <translation>Записать результаты года для интернет-ресурса (§52) в папку, без конфиденциальных сведений</translation>
    </message>
    <message>
        <source>Computing the results of %1…</source>
        <translation>Расчет результатов за %1 год…</translation>
    </message>
    <message>
        <source>Publish the Results of %1</source>
        <translation>Публикация результатов за %1 год</translation>
    </message>
    <message>
        <source>Publishing the results of %1…</source>
        <translation>Публикация результатов за %1 год…</translation>
    </message>
    <message>
        <source>Published the results of %1 to %2.</source>
        <translation>Результаты за %1 год опубликованы в %2.</translation>
    </message>
</context>
<context>
    <name>ui::CommissionTableModel</name>
    <message>
        <source>%1: the score has fallen two or more years in a row (§73): %2</source>
        <translation>%1: балл снижается два и более года подряд (§73): %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not every block&apos;s conclusion is final yet: §48 cannot be recorded.</source>
        <translation>Не все заключения по блокам окончательные: этап §48 записать нельзя.</translation>
    </message>
    <message>
        <source>%1 is not part of the body&apos;s scope this year.</source>
        <translation>%1 в этом году не входит в охват оценки органа.</translation>
    </message>
    <message>
        <source>The score of the conclusion&apos;s latest version (%1)</source>
        <translation>Балл последней версии заключения (версия %1)</translation>
    </message>
    <message>
        <source>Computed from the current data: no conclusion has been issued</source>
        <translation>Рассчитан по текущим данным: заключение не выпущено</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>В прошлом году: %1</translation>
    </message>
    <message>
        <source>No score last year</source>
        <translation>Балла за прошлый год нет</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) pending</source>
        <translation>
            <numerusform>%n обращение на рассмотрении</numerusform>
            <numerusform>%n обращения на рассмотрении</numerusform>
            <numerusform>%n обращений на рассмотрении</numerusform>
        </translation>
    </message>
    <message>
        <source>No conclusion has been started.</source>
        <translation>Заключение еще не начато.</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders to the body&apos;s head (§51)</source>
        <translation>Рекомендации и поручения Комиссии руководителю органа (§51)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
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
        <translation>Место</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionContentView</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>The indicator&apos;s contribution to the block&apos;s score</source>
        <translation>Вклад показателя в балл блока</translation>
    </message>
    <message>
        <source>No score: no indicator counts.</source>
        <translation>Балла нет: ни один показатель не учитывается.</translation>
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
        <translation>собственный балл до учета предшественников %1 (§53)</translation>
    </message>
    <message>
        <source>sample methodology, version %1</source>
        <translation>пример методики, версия %1</translation>
    </message>
    <message>
        <source>methodology version %1</source>
        <translation>методика, версия %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Corrected by an accepted objection (§61)</source>
        <translation>Исправлено по принятому возражению (§61)</translation>
    </message>
    <message>
        <source>Confidential: withheld from publication (§52)</source>
        <translation>Конфиденциально: не публикуется (§52)</translation>
    </message>
    <message>
        <source>Confidential: the conclusion is withheld from publication (§52).</source>
        <translation>Конфиденциально: заключение не публикуется (§52).</translation>
    </message>
    <message>
        <source>Part 1. Final report</source>
        <translation>Часть 1. Итоговый отчет</translation>
    </message>
    <message>
        <source>%1 %2, reorganized on %3: %4</source>
        <translation>%1 %2, реорганизован %3: %4</translation>
    </message>
    <message>
        <source>(its own score %1)</source>
        <translation>(собственный балл %1)</translation>
    </message>
    <message>
        <source>Part 2. Recommendations given earlier</source>
        <translation>Часть 2. Ранее данные рекомендации</translation>
    </message>
    <message>
        <source>None were given for the year before.</source>
        <translation>За предыдущий год рекомендации не давались.</translation>
    </message>
    <message>
        <source>Part 3. Findings and recommendations</source>
        <translation>Часть 3. Выводы и рекомендации</translation>
    </message>
    <message>
        <source>order</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>конфиденциально</translation>
    </message>
    <message>
        <source>Took part in the evaluation</source>
        <translation>Участвовали в оценке</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionEditor</name>
    <message>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Ранее данные</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Part 1 (the final report&apos;s text) and part 3 (findings) of §47</source>
        <translation>Часть 1 (текст итогового отчета) и часть 3 (выводы) §47</translation>
    </message>
    <message>
        <source>Part 3 of §47: the new recommendations</source>
        <translation>Часть 3 §47: новые рекомендации</translation>
    </message>
    <message>
        <source>Part 2 of §47: what became of the recommendations given for the year before</source>
        <translation>Часть 2 §47: что стало с рекомендациями, данными за предыдущий год</translation>
    </message>
    <message>
        <source>What a version issued now would say, with the scores of the current data</source>
        <translation>Что скажет версия, выпущенная сейчас, с баллами по текущим данным</translation>
    </message>
    <message>
        <source>Final report (part 1):</source>
        <translation>Итоговый отчет (часть 1):</translation>
    </message>
    <message>
        <source>Findings (part 3):</source>
        <translation>Выводы (часть 3):</translation>
    </message>
    <message>
        <source>Confidential: the whole conclusion is withheld from publication (§52)</source>
        <translation>Конфиденциально: заключение целиком не публикуется (§52)</translation>
    </message>
    <message>
        <source>Took part in the evaluation:</source>
        <translation>Участвовали в оценке:</translation>
    </message>
    <message>
        <source>One name per line. They may not sit on the special commission (§59).</source>
        <translation>По одному имени в строке. Они не могут входить в состав специальной комиссии (§59).</translation>
    </message>
    <message>
        <source>These are the texts of the next version: issued versions stay as they were.</source>
        <translation>Это тексты следующей версии: выпущенные версии остаются без изменений.</translation>
    </message>
    <message>
        <source>Save Texts</source>
        <translation>Сохранить тексты</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The recommendations given to the body for the year before — by the conclusions, by the Commission, and from reorganized predecessors — with what became of them.</source>
        <translation>Рекомендации, данные органу за предыдущий год, — заключениями, Комиссией и от реорганизованных предшественников — и что с ними стало.</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем дана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Save Status</source>
        <translation>Сохранить статус</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Change the texts of the conclusion on %1</source>
        <translation>изменение текстов заключения по %1</translation>
    </message>
    <message>
        <source>Add a recommendation to the conclusion on %1</source>
        <translation>добавление рекомендации в заключение по %1</translation>
    </message>
    <message>
        <source>Change a recommendation of the conclusion on %1</source>
        <translation>изменение рекомендации заключения по %1</translation>
    </message>
    <message>
        <source>Remove a recommendation of the conclusion on %1</source>
        <translation>удаление рекомендации заключения по %1</translation>
    </message>
    <message>
        <source>Record what became of a recommendation to %1</source>
        <translation>запись исполнения рекомендации органу %1</translation>
    </message>
    <message>
        <source>What a version issued now would say, with the scores of the current data.</source>
        <translation>Что скажет версия, выпущенная сейчас, с баллами по текущим данным.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Remove Recommendation</source>
        <translation>Удаление рекомендации</translation>
    </message>
    <message>
        <source>Remove the selected recommendation? Undo brings it back.</source>
        <translation>Удалить выбранную рекомендацию? Команда «Отменить» вернет ее.</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionTableModel</name>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 на рассмотрении)</translation>
    </message>
    <message>
        <source>No authorized body evaluates this block.</source>
        <translation>Этот блок не оценивает ни один уполномоченный на оценку орган.</translation>
    </message>
    <message>
        <source>The last day to file an objection: 5 working days after receipt (§57)</source>
        <translation>Последний день для возражения: 5 рабочих дней после получения (§57)</translation>
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
        <translation>Составитель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Objection by</source>
        <translation>Возражение до</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>ui::ConclusionsArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Все блоки</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Поиск по коду или наименованию органа</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <source>The language of printed conclusions and decisions</source>
        <translation>Язык печатных заключений и решений</translation>
    </message>
    <message>
        <source>Start Conclusions</source>
        <translation>Начать заключения</translation>
    </message>
    <message>
        <source>Start the missing conclusions of the year for every body in scope (§46)</source>
        <translation>Начать недостающие заключения года для каждого органа в охвате оценки (§46)</translation>
    </message>
    <message>
        <source>Special Commissions…</source>
        <translation>Специальные комиссии…</translation>
    </message>
    <message>
        <source>Form the special commission of an authorized body for the year&apos;s objections (§59)</source>
        <translation>Образовать специальную комиссию уполномоченного на оценку органа для возражений года (§59)</translation>
    </message>
    <message>
        <source>Issue Version…</source>
        <translation>Выпустить версию…</translation>
    </message>
    <message>
        <source>Freeze what the conclusion says now as a new version; older versions stay readable</source>
        <translation>Зафиксировать текущее содержание заключения как новую версию; прежние версии остаются доступными для чтения</translation>
    </message>
    <message>
        <source>Mark Sent…</source>
        <translation>Отметить направление…</translation>
    </message>
    <message>
        <source>Record when the latest version was sent to the evaluated body (§46)</source>
        <translation>Записать дату направления последней версии оцениваемому органу (§46)</translation>
    </message>
    <message>
        <source>Mark Received…</source>
        <translation>Отметить получение…</translation>
    </message>
    <message>
        <source>Record when the body received it: the objection term starts (§57)</source>
        <translation>Записать дату получения органом: начинается срок для возражения (§57)</translation>
    </message>
    <message>
        <source>File Objection…</source>
        <translation>Внести возражение…</translation>
    </message>
    <message>
        <source>Record an objection (§57–58) or a complaint (§62) of the body</source>
        <translation>Зарегистрировать возражение (§57–58) или жалобу (§62) органа</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <source>Accept or reject the selected appeal per indicator (§60–61)</source>
        <translation>Принять или не принять выбранное обращение по показателям (§60–61)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove a pending appeal entered by mistake</source>
        <translation>Удалить ошибочно внесенное обращение, находящееся на рассмотрении</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Open a supporting document of the selected appeal (§58)</source>
        <translation>Открыть подтверждающий документ выбранного обращения (§58)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Read the selected version as it was issued</source>
        <translation>Прочитать выбранную версию в том виде, в каком она выпущена</translation>
    </message>
    <message>
        <source>the selected version</source>
        <translation>выбранную версию</translation>
    </message>
    <message>
        <source>the decision on the appeal</source>
        <translation>решение по обращению</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Every version stays as it was issued; a correction (§61) makes a new one.</source>
        <translation>Каждая версия остается такой, какой выпущена; корректировка (§61) создает новую.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>There are no conclusions for %1 yet. Start Conclusions makes one per body and block in scope, written by the authorized body that evaluates it.</source>
        <translation>Заключений за %1 год еще нет. «Начать заключения» создает по одному заключению на каждый орган и блок в охвате оценки; его составляет уполномоченный орган, оценивающий блок.</translation>
    </message>
    <message>
        <source>Select a conclusion in the table.</source>
        <translation>Выберите заключение в таблице.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>No version issued</source>
        <translation>Версия не выпущена</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Составитель: %1</translation>
    </message>
    <message>
        <source>No authorized body evaluates this block.</source>
        <translation>Этот блок не оценивает ни один уполномоченный на оценку орган.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Направлено %1.</translation>
    </message>
    <message>
        <source>Received on %1; the last day to object is %2 (§57).</source>
        <translation>Получено %1; последний день для возражения — %2 (§57).</translation>
    </message>
    <message>
        <source>Corrected by an accepted objection (§61)</source>
        <translation>Исправлено по принятому возражению (§61)</translation>
    </message>
    <message>
        <source>%1 (an accepted objection, §61)</source>
        <translation>%1 (принятое возражение, §61)</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Every body in scope already has its conclusions for %1.</source>
        <translation>У каждого органа в охвате оценки уже есть заключения за %1 год.</translation>
    </message>
    <message numerus="yes">
        <source>%n conclusion(s) started for %1.</source>
        <translation>
            <numerusform>Начато %n заключение за %1 год.</numerusform>
            <numerusform>Начато %n заключения за %1 год.</numerusform>
            <numerusform>Начато %n заключений за %1 год.</numerusform>
        </translation>
    </message>
    <message>
        <source>all blocks</source>
        <translation>все блоки</translation>
    </message>
    <message>
        <source>Start the missing conclusions of %1 (%2) for every body in scope? Each is written by the authorized body that evaluates the block.</source>
        <translation>Начать недостающие заключения за %1 год (%2) для каждого органа в охвате оценки? Каждое составляет уполномоченный орган, оценивающий блок.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Version %1 issued. Mark it sent when it leaves, and received when the body has it.</source>
        <translation>Версия %1 выпущена. Отметьте направление, когда она будет отправлена, и получение, когда орган ее получит.</translation>
    </message>
    <message>
        <source>Issue Version</source>
        <translation>Выпуск версии</translation>
    </message>
    <message>
        <source>Issue version 1 of the conclusion on %1? It is frozen as it is issued: later changes make a new version.</source>
        <translation>Выпустить версию 1 заключения по %1? Выпущенная версия не изменяется: дальнейшие изменения создают новую версию.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <source>Issue Version %1</source>
        <translation>Выпуск версии %1</translation>
    </message>
    <message>
        <source>Version %1 of the conclusion on %2 replaces version %3, which stays readable. Why is it made?</source>
        <translation>Версия %1 заключения по %2 заменяет версию %3, которая остается доступной для чтения. Почему она выпускается?</translation>
    </message>
    <message>
        <source>Reason for the new version:</source>
        <translation>Причина новой версии:</translation>
    </message>
    <message>
        <source>Give the reason: a version after the first says why it was made.</source>
        <translation>Укажите причину: в каждой версии после первой указывается, почему она выпущена.</translation>
    </message>
    <message>
        <source>Received on %1: the body may object until %2 (§57).</source>
        <translation>Получено %1: орган может направить возражение до %2 (§57).</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Отметка о направлении</translation>
    </message>
    <message>
        <source>When was version %1 of the conclusion on %2 sent to the evaluated body (§46)?</source>
        <translation>Когда версия %1 заключения по %2 направлена оцениваемому органу (§46)?</translation>
    </message>
    <message>
        <source>Mark Received</source>
        <translation>Отметка о получении</translation>
    </message>
    <message>
        <source>When did the body receive the conclusion on %1? The objection term — 5 working days — starts then (§57).</source>
        <translation>Когда орган получил заключение по %1? Срок для возражения — 5 рабочих дней — начинается с этого дня (§57).</translation>
    </message>
    <message>
        <source>No objection has been filed against this conclusion.</source>
        <translation>На это заключение возражений не подано.</translation>
    </message>
    <message>
        <source>%1 filed on %2 (the last day was %3).</source>
        <translation>%1: подано %2 (последний день — %3).</translation>
    </message>
    <message>
        <source>requested fact %1</source>
        <translation>запрошенный факт %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>fact %1 → %2</source>
        <translation>факт %1 → %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Pending: the decision is due by %1 (15 calendar days, §60).</source>
        <translation>На рассмотрении: решение должно быть принято не позднее %1 (15 календарных дней, §60).</translation>
    </message>
    <message>
        <source>Pending: the Commission&apos;s working body re-checks it (§62).</source>
        <translation>На рассмотрении: его перепроверяет рабочий орган Комиссии (§62).</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Late: the 15 days ended on %1.</source>
        <translation>С опозданием: 15 дней истекли %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting document(s).</source>
        <translation>
            <numerusform>%n подтверждающий документ.</numerusform>
            <numerusform>%n подтверждающих документа.</numerusform>
            <numerusform>%n подтверждающих документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection recorded: the decision is due within 15 calendar days (§60).</source>
        <translation>Возражение зарегистрировано: решение должно быть принято в течение 15 календарных дней (§60).</translation>
    </message>
    <message>
        <source>Complaint recorded: the Commission&apos;s working body re-checks it (§62).</source>
        <translation>Жалоба зарегистрирована: ее перепроверяет рабочий орган Комиссии (§62).</translation>
    </message>
    <message>
        <source>Attach Supporting Documents</source>
        <translation>Приложить подтверждающие документы</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>A complaint is re-checked by the Commission&apos;s working body (§62).</source>
        <translation>Жалобу перепроверяет рабочий орган Комиссии (§62).</translation>
    </message>
    <message>
        <source>The Presidential Administration decides without a special commission (§59).</source>
        <translation>Администрация Президента принимает решение без специальной комиссии (§59).</translation>
    </message>
    <message>
        <source>%1 has no special commission for %2: form it with Special Commissions… before deciding (§59).</source>
        <translation>%1: нет специальной комиссии на %2 год; образуйте ее через «Специальные комиссии…» до принятия решения (§59).</translation>
    </message>
    <message>
        <source>Considered by the special commission of %1 formed on %2: %3.</source>
        <translation>Рассмотрено специальной комиссией (%1), образованной %2: %3.</translation>
    </message>
    <message>
        <source>Accepted: the facts were corrected and version %1 of the conclusion was issued (§61).</source>
        <translation>Принято: факты исправлены и выпущена версия %1 заключения (§61).</translation>
    </message>
    <message>
        <source>Rejected: the conclusion stays as it is.</source>
        <translation>Не принято: заключение остается без изменений.</translation>
    </message>
    <message>
        <source>The decision was late: the 15 days ended on %1.</source>
        <translation>Решение принято с опозданием: 15 дней истекли %1.</translation>
    </message>
    <message>
        <source>The appeal was removed.</source>
        <translation>Обращение удалено.</translation>
    </message>
    <message>
        <source>Remove Appeal</source>
        <translation>Удаление обращения</translation>
    </message>
    <message>
        <source>Remove the selected appeal, entered by mistake? Its documents go with it.</source>
        <translation>Удалить выбранное обращение, внесенное по ошибке? Его документы будут удалены вместе с ним.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file.</source>
        <translation>Не удалось создать временную папку, чтобы открыть файл.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Не удалось записать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.</source>
        <translation>%1 не является документом или изображением, поэтому здесь не открывается. Копия сохранена как %2.</translation>
    </message>
    <message>
        <source>No program is set up to open %1. It was saved as %2.</source>
        <translation>Не настроена программа для открытия %1. Файл сохранен как %2.</translation>
    </message>
    <message numerus="yes">
        <source>The special commission of %1 for %2 is recorded (%n member(s)).</source>
        <translation>
            <numerusform>Специальная комиссия на %2 год записана: %1 (%n член).</numerusform>
            <numerusform>Специальная комиссия на %2 год записана: %1 (%n члена).</numerusform>
            <numerusform>Специальная комиссия на %2 год записана: %1 (%n членов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Версия %1 — %2</translation>
    </message>
    <message>
        <source>Version %1, issued on %2 by %3. Read-only: as it was issued.</source>
        <translation>Версия %1, выпущена %2, составитель: %3. Только для чтения: в том виде, в каком выпущена.</translation>
    </message>
    <message>
        <source>Conclusion on %1, version %2</source>
        <translation>Заключение: %1, версия %2</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF сохранен: %1</translation>
    </message>
    <message>
        <source>Decision: %1, %2</source>
        <translation>Решение: %1, %2</translation>
    </message>
</context>
<context>
    <name>ui::CriterionEditor</name>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Weight in the block, %:</source>
        <translation>Вес в блоке, %:</translation>
    </message>
    <message>
        <source>The criterion&apos;s share of the block; the weights of the criteria add up to 100</source>
        <translation>Доля критерия в блоке; сумма весов критериев равна 100</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>The criterion has no indicators yet.</source>
        <translation>У критерия пока нет показателей.</translation>
    </message>
    <message>
        <source>The weight of its indicator is %1 %.</source>
        <translation>Вес его показателя — %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>The weights of its %n indicators add up to %1 %.</source>
        <translation>
            <numerusform>Сумма весов его %n показателя — %1 %.</numerusform>
            <numerusform>Сумма весов его %n показателей — %1 %.</numerusform>
            <numerusform>Сумма весов его %n показателей — %1 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DateDialog</name>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
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
    <name>ui::DeadlinesArea</name>
    <message>
        <source>Hide done</source>
        <translation>Скрыть исполненные</translation>
    </message>
    <message>
        <source>Hide the terms marked done and the dates of the schedules that have passed</source>
        <translation>Скрыть сроки, отмеченные как исполненные, и прошедшие даты графиков</translation>
    </message>
    <message>
        <source>Only overdue and the next %1 days</source>
        <translation>Только просроченные и ближайшие %1 дней</translation>
    </message>
    <message>
        <source>Add Term…</source>
        <translation>Добавить срок…</translation>
    </message>
    <message>
        <source>Track a term counted from an event: an objection (§57), a decision (§60), …</source>
        <translation>Отслеживать срок, исчисляемый от события: возражение (§57), решение (§60), …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Today: %1, %2</source>
        <translation>Сегодня: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 working days</source>
        <translation>
            <numerusform>истекает в течение %1 рабочих дней: %n</numerusform>
            <numerusform>истекает в течение %1 рабочих дней: %n</numerusform>
            <numerusform>истекает в течение %1 рабочих дней: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>показано %1 из %2</translation>
    </message>
    <message>
        <source>Mark Not Done</source>
        <translation>Отметить как неисполненный</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Отметить как исполненный</translation>
    </message>
    <message>
        <source>Select a tracked term; the dates of a schedule are changed in Schedule</source>
        <translation>Выберите отслеживаемый срок; даты графика изменяются в разделе «График»</translation>
    </message>
    <message>
        <source>Enter what the term is for.</source>
        <translation>Укажите, к чему относится срок.</translation>
    </message>
    <message>
        <source>Add term %1</source>
        <translation>добавление срока «%1»</translation>
    </message>
    <message>
        <source>Mark term done</source>
        <translation>отметка срока как исполненного</translation>
    </message>
    <message>
        <source>Mark term not done</source>
        <translation>снятие отметки об исполнении срока</translation>
    </message>
    <message>
        <source>Remove term %1</source>
        <translation>удаление срока «%1»</translation>
    </message>
</context>
<context>
    <name>ui::DeadlinesModel</name>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Дата прошла</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <source>Due in ≤%1 working days</source>
        <translation>До срока ≤%1 рабочих дней</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <source>Approval of the schedule (§11)</source>
        <translation>Утверждение графика (§11)</translation>
    </message>
    <message>
        <source>Results evaluation to the President (§70), by law</source>
        <translation>Оценка результативности Президенту (§70), по Указу</translation>
    </message>
    <message>
        <source>Results evaluation to the President (§70)</source>
        <translation>Оценка результативности Президенту (§70)</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>Оценка за %1 год</translation>
    </message>
    <message>
        <source>1 working day from %1</source>
        <translation>1 рабочий день с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working days from %1</source>
        <translation>
            <numerusform>%n рабочий день с %1</numerusform>
            <numerusform>%n рабочих дня с %1</numerusform>
            <numerusform>%n рабочих дней с %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 calendar day from %1</source>
        <translation>1 календарный день с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days from %1</source>
        <translation>
            <numerusform>%n календарный день с %1</numerusform>
            <numerusform>%n календарных дня с %1</numerusform>
            <numerusform>%n календарных дней с %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Year or subject</source>
        <translation>Год или предмет</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1: reporting information of the bodies (§41)</source>
        <translation>%1: отчетная информация органов (§41)</translation>
    </message>
    <message>
        <source>%1: our reporting information (§41)</source>
        <translation>%1: наша отчетная информация (§41)</translation>
    </message>
    <message>
        <source>Not submitted yet: %1</source>
        <translation>Еще не представили: %1</translation>
    </message>
    <message>
        <source>Submitted late: %1</source>
        <translation>Представили с опозданием: %1</translation>
    </message>
    <message>
        <source>First submitted on %1</source>
        <translation>Впервые представлен %1</translation>
    </message>
    <message>
        <source>Evaluation of %1: %2 of %3 submitted, %4 late, %5 not yet</source>
        <translation>Оценка за %1 год: представлено %2 из %3, с опозданием %4, нет %5</translation>
    </message>
    <message>
        <source>Evaluation of %1: %2, %3</source>
        <translation>Оценка за %1 год: %2, %3</translation>
    </message>
    <message>
        <source>Last day to object to a conclusion (§57)</source>
        <translation>Возражение на заключение (§57)</translation>
    </message>
    <message>
        <source>Decision on an objection, 15 calendar days (§60)</source>
        <translation>Решение по возражению, 15 дней (§60)</translation>
    </message>
    <message>
        <source>Last day of a complaint after the appeal (§62)</source>
        <translation>Жалоба после процедуры обжалования (§62)</translation>
    </message>
    <message>
        <source>%1 — received on %2</source>
        <translation>%1 — получено %2</translation>
    </message>
    <message>
        <source>%1 — filed on %2</source>
        <translation>%1 — подано %2</translation>
    </message>
    <message>
        <source>%1 — the procedure ended on %2</source>
        <translation>%1 — процедура завершена %2</translation>
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
    <name>ui::EvaluatorMatrixModel</name>
    <message>
        <source>%1 (%2): nobody plays this role on %3</source>
        <translation>%1 (%2): на %3 эту роль не выполняет ни один орган</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2): %3 [%4]</translation>
    </message>
    <message>
        <source>Not evaluated on this part (Appendix 2).</source>
        <translation>По этой части не оценивается (приложение 2).</translation>
    </message>
    <message>
        <source>Jointly with: %1</source>
        <translation>Совместно с: %1</translation>
    </message>
    <message>
        <source>Decided by an exception of the decree (%1), not by the usual rule of the part.</source>
        <translation>Определено исключением, предусмотренным Указом (%1), а не общим правилом для этой части.</translation>
    </message>
    <message>
        <source>⚠ Conflict of interest (§12, objectivity): the evaluator is the body itself or a body it belongs to.</source>
        <translation>⚠ Конфликт интересов (§12, объективность): оценивающий орган — сам орган или орган, в состав которого он входит.</translation>
    </message>
    <message>
        <source>Evaluated on blocks: %1</source>
        <translation>Оценивается по блокам: %1</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatorsArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Filter bodies by code or name…</source>
        <translation>Код или наименование…</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Показывать коды</translation>
    </message>
    <message>
        <source>Show the evaluators&apos; codes instead of their short names</source>
        <translation>Показывать коды оценивающих органов вместо их кратких наименований</translation>
    </message>
    <message>
        <source>Who assembles the blocks</source>
        <translation>Кто сводит заключения по блокам</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Условные обозначения:</translation>
    </message>
    <message>
        <source>Exception of the decree (italics)</source>
        <translation>Исключение по Указу (курсив)</translation>
    </message>
    <message>
        <source>The part is evaluated under an exception (§25, §26, §31, §32, §37, §38), not by the usual rule (§24, §29, §36).</source>
        <translation>Часть оценивается в порядке исключения (§25, §26, §31, §32, §37, §38), а не по общему правилу (§24, §29, §36).</translation>
    </message>
    <message>
        <source>Conflict of interest (§12)</source>
        <translation>Конфликт интересов (§12)</translation>
    </message>
    <message>
        <source>The evaluator is the body itself or a body it belongs to: objectivity (§12) is not ensured.</source>
        <translation>Оценивающий орган — сам орган или орган, в состав которого он входит: объективность (§12) не обеспечивается.</translation>
    </message>
    <message>
        <source>Not evaluated on this part (Appendix 2)</source>
        <translation>По этой части не оценивается (приложение 2)</translation>
    </message>
    <message>
        <source>The list of evaluated bodies for %1 (§17); the authorized bodies as on %2 (§56).</source>
        <translation>Перечень оцениваемых органов на %1 год (§17); уполномоченные на оценку органы — на %2 (§56).</translation>
    </message>
    <message>
        <source>No list of evaluated bodies for %1: the evaluated bodies that exist on 31 December %1; the authorized bodies as on %2 (§56).</source>
        <translation>Перечень оцениваемых органов на %1 год не внесен: показаны оцениваемые органы, существующие на 31 декабря %1 года; уполномоченные на оценку органы — на %2 (§56).</translation>
    </message>
    <message>
        <source>Evaluated bodies: %1</source>
        <translation>Оцениваемых органов: %1</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>показано: %1</translation>
    </message>
    <message>
        <source>parts decided by exceptions: %1</source>
        <translation>частей по исключениям: %1</translation>
    </message>
    <message>
        <source>conflicts of interest (§12): %1</source>
        <translation>конфликтов интересов (§12): %1</translation>
    </message>
    <message>
        <source>nobody plays this role</source>
        <translation>эту роль не выполняет ни один орган</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is assembled by: %2 — %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: заключения сводит %2 — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ui::EvidenceDialog</name>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Подтверждающие документы — %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Приложен</translation>
    </message>
    <message>
        <source>Each file is stored in the database with its SHA-256, which shows it has not changed since; at most %1 each.</source>
        <translation>Каждый файл хранится в базе данных вместе с его SHA-256, который показывает, что файл с тех пор не изменялся; размер каждого файла — не более %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report is locked: files cannot be removed.</source>
        <translation>Отчет заблокирован: удалять файлы нельзя.</translation>
    </message>
    <message>
        <source>The report is locked: files cannot be attached.</source>
        <translation>Отчет заблокирован: прикладывать файлы нельзя.</translation>
    </message>
</context>
<context>
    <name>ui::IndicatorEditor</name>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Kept across versions and years: values and trends find the indicator by its code</source>
        <translation>Сохраняется во всех версиях и годах: значения и динамика связываются с показателем по коду</translation>
    </message>
    <message>
        <source>Weight, %:</source>
        <translation>Вес, %:</translation>
    </message>
    <message>
        <source>The indicator&apos;s share of its criterion; the weights of a criterion add up to 100</source>
        <translation>Доля показателя в критерии; сумма весов показателей критерия равна 100</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Определение:</translation>
    </message>
    <message>
        <source>How the value is calculated, unambiguous for evaluator and evaluated (§20.3)</source>
        <translation>Как рассчитывается значение; оценивающий и оцениваемый органы должны понимать его однозначно (§20.3)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Ед. изм.:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>How the correctness of the value can be checked (§20.2)</source>
        <translation>Как можно проверить достоверность значения (§20.2)</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Source (§7):</source>
        <translation>Источник (§7):</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Расчет балла:</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Предел:</translation>
    </message>
    <message>
        <source>The highest achievement counted: 1 gives no credit for doing better than the plan, 1.2 counts up to 120 %</source>
        <translation>Наибольший учитываемый уровень достижения: при 1 перевыполнение плана не учитывается, при 1,2 учитывается до 120 %</translation>
    </message>
    <message>
        <source>Default plan:</source>
        <translation>Общий план:</translation>
    </message>
    <message>
        <source>None: each body gives its own</source>
        <translation>Нет: каждый орган указывает свой</translation>
    </message>
    <message>
        <source>Steps from the best: the first threshold the fact reaches gives its points.</source>
        <translation>Ступени от лучшей: баллы дает первый порог, которого достигает факт.</translation>
    </message>
    <message>
        <source>Fact reaches</source>
        <translation>Порог факта</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Добавить ступень</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Удалить ступень</translation>
    </message>
    <message>
        <source>For example: min(fact / plan, 1.2)</source>
        <translation>Например: min(fact / plan, 1.2)</translation>
    </message>
    <message>
        <source>The formula uses fact and plan and gives the achievement: 1 means the plan is met.</source>
        <translation>Формула использует fact и plan и дает уровень достижения: 1 означает, что план выполнен.</translation>
    </message>
    <message>
        <source>Not allowed in the goals block: §7 excludes independent experts and public councils from block 1</source>
        <translation>Не допускается в блоке «Достижение целей»: §7 исключает независимых экспертов и общественные советы из блока 1</translation>
    </message>
    <message>
        <source>Type 7 (independent experts, public councils) is not allowed in the goals block (§7).</source>
        <translation>Вид 7 (независимые эксперты, общественные советы) не допускается в блоке «Достижение целей» (§7).</translation>
    </message>
    <message>
        <source>The default plan is not a number.</source>
        <translation>Общий план не является числом.</translation>
    </message>
    <message>
        <source>A step of the scale is not a number.</source>
        <translation>Значение ступени шкалы не является числом.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Smallest accepted fact:</source>
        <translation>Факт не менее:</translation>
    </message>
    <message>
        <source>Largest accepted fact:</source>
        <translation>Не более:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>A report whose fact is outside this range cannot be submitted</source>
        <translation>Отчет с фактом вне этого диапазона представить нельзя</translation>
    </message>
    <message>
        <source>The smallest accepted fact is not a number.</source>
        <translation>Наименьший допустимый факт не является числом.</translation>
    </message>
    <message>
        <source>The largest accepted fact is not a number.</source>
        <translation>Наибольший допустимый факт не является числом.</translation>
    </message>
    <message>
        <source>The smallest accepted fact is larger than the largest.</source>
        <translation>Наименьший допустимый факт больше наибольшего.</translation>
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
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Methodologies</source>
        <translation>Методики</translation>
    </message>
    <message>
        <source>Who Evaluates Whom</source>
        <translation>Кто кого оценивает</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Bagalau — workstation of %1 for %2 — %3</source>
        <translation>Bagalau — рабочее место: %1, %2 год — %3</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Отчеты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>Перепроверка</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Con&amp;clusions</source>
        <translation>&amp;Заключения</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Заключения</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>The Commission&apos;s &amp;Report</source>
        <translation>&amp;Доклад Комиссии</translation>
    </message>
</context>
<context>
    <name>ui::MethodologyArea</name>
    <message>
        <source>Sample</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>New Methodology…</source>
        <translation>Новая методика…</translation>
    </message>
    <message>
        <source>An empty draft methodology of a block for an evaluated year</source>
        <translation>Пустой проект методики по блоку на оцениваемый год</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>A new draft version of the selected methodology, with the same content</source>
        <translation>Проект новой версии выбранной методики с тем же содержанием</translation>
    </message>
    <message>
        <source>Copy to Next Year</source>
        <translation>Копия на следующий год</translation>
    </message>
    <message>
        <source>The selected methodology as the first draft of the next evaluated year</source>
        <translation>Выбранная методика как первый проект на следующий оцениваемый год</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Record the approval (§19): the methodology is then frozen</source>
        <translation>Внести сведения об утверждении (§19): после этого методика не изменяется</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete the selected draft; approved methodologies are kept</source>
        <translation>Удалить выбранный проект; утвержденные методики сохраняются</translation>
    </message>
    <message>
        <source>Make a New Version to Edit</source>
        <translation>Создать новую версию для изменения</translation>
    </message>
    <message>
        <source>Criteria and Indicators</source>
        <translation>Критерии и показатели</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Add a criterion at the end</source>
        <translation>Добавить критерий в конец</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Add an indicator to the selected criterion</source>
        <translation>Добавить показатель в выбранный критерий</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected criterion (with its indicators) or indicator</source>
        <translation>Удалить выбранный критерий (вместе с его показателями) или показатель</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Select a criterion or an indicator in the tree to see and edit it.</source>
        <translation>Выберите критерий или показатель в дереве.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Sample: a demonstration methodology, not a real one</source>
        <translation>Пример: демонстрационная, а не действующая методика</translation>
    </message>
    <message>
        <source>Not counted (no data):</source>
        <translation>Показатели без данных:</translation>
    </message>
    <message>
        <source>Fully achieved from:</source>
        <translation>Полностью достигнут — от:</translation>
    </message>
    <message>
        <source>partially from:</source>
        <translation>частично — от:</translation>
    </message>
    <message>
        <source>An indicator scoring at least the first is fully achieved, at least the second partially achieved, and below it not achieved.</source>
        <translation>Показатель с баллом не ниже первого порога полностью достигнут, не ниже второго — частично достигнут, ниже — не достигнут.</translation>
    </message>
    <message>
        <source>Run by (§27, §34, §40):</source>
        <translation>Разработчики (§27, §34, §40):</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>На основе:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Optional: the act or the reason, kept in the history</source>
        <translation>Необязательно: акт или причина, сохраняется в истории изменений</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Evaluated year %1</source>
        <translation>Оцениваемый год: %1</translation>
    </message>
    <message>
        <source>A sample: a demonstration methodology, not a real one</source>
        <translation>Пример: демонстрационная, а не действующая методика</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Утверждена %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>несохраненные изменения</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 критерий</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерия</numerusform>
            <numerusform>%n критериев</numerusform>
        </translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 показатель</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n показатель</numerusform>
            <numerusform>%n показателя</numerusform>
            <numerusform>%n показателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Body %1 (not in the registry)</source>
        <translation>Орган %1 (нет в реестре)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2, version %3</source>
        <translation>%1, %2, версия %3</translation>
    </message>
    <message>
        <source>a methodology that was deleted</source>
        <translation>удаленная методика</translation>
    </message>
    <message>
        <source>§20 checks</source>
        <translation>Проверки по §20</translation>
    </message>
    <message>
        <source>An error: the methodology cannot be approved while it is there</source>
        <translation>Ошибка: пока она не устранена, методику нельзя утвердить</translation>
    </message>
    <message>
        <source>A warning: the methodology can be approved</source>
        <translation>Предупреждение: методику можно утвердить</translation>
    </message>
    <message>
        <source>All §20 requirements that the data can show are met.</source>
        <translation>Все требования §20, которые можно проверить по данным, выполнены.</translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2</source>
        <translation>ошибок: %1, предупреждений: %2</translation>
    </message>
    <message>
        <source>No methodology selected</source>
        <translation>Методика не выбрана</translation>
    </message>
    <message>
        <source>There are no methodologies yet: start with New Methodology.</source>
        <translation>Методик пока нет: начните с команды «Новая методика».</translation>
    </message>
    <message>
        <source>Select a methodology in the list.</source>
        <translation>Выберите методику в списке.</translation>
    </message>
    <message>
        <source>Approved on %1 (%2)</source>
        <translation>Утверждена %1 (%2)</translation>
    </message>
    <message>
        <source>evaluated year %1</source>
        <translation>оцениваемый год: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>пример</translation>
    </message>
    <message>
        <source>Agreed with the state planning body on %1 and with the Commission&apos;s working body on %2.</source>
        <translation>Согласована с уполномоченным органом по государственному планированию %1 и с рабочим органом Комиссии %2.</translation>
    </message>
    <message>
        <source>Approved on %1 — frozen. Changes make a new version.</source>
        <translation>Утверждена %1 и не изменяется. Изменения вносятся в новую версию.</translation>
    </message>
    <message>
        <source>Save the changes first: the stored methodology is approved</source>
        <translation>Сначала сохраните изменения: утверждается сохраненная методика</translation>
    </message>
    <message>
        <source>Approved: read-only</source>
        <translation>Утверждена: только для чтения</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>Пока нельзя сохранить: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Save the methodology of %1, %2</source>
        <translation>сохранение методики (%1, %2)</translation>
    </message>
    <message>
        <source>New methodology of %1, %2</source>
        <translation>новая методика (%1, %2)</translation>
    </message>
    <message>
        <source>New version of the methodology of %1, %2</source>
        <translation>новая версия методики (%1, %2)</translation>
    </message>
    <message>
        <source>Copy the methodology of %1 to %2</source>
        <translation>копирование методики (%1) на %2 год</translation>
    </message>
    <message>
        <source>Approve the methodology of %1, %2</source>
        <translation>утверждение методики (%1, %2)</translation>
    </message>
    <message>
        <source>Delete the draft methodology of %1, %2, version %3</source>
        <translation>удаление проекта методики (%1, %2, версия %3)</translation>
    </message>
    <message>
        <source>v%1</source>
        <comment>methodology version</comment>
        <translation>в. %1</translation>
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
        <translation>Вес критерия в блоке: %1 %. Сумма весов его показателей — 100 %.</translation>
    </message>
    <message>
        <source>Weight of the criterion in the block: %1 %. Its indicators&apos; weights add up to %2 %, not 100.</source>
        <translation>Вес критерия в блоке: %1 %. Сумма весов его показателей — %2 %, а не 100.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight in the block (the sum of its indicators&apos; weights in brackets); an indicator&apos;s weight in its criterion</source>
        <translation>Вес критерия в блоке (в скобках — сумма весов его показателей); вес показателя в критерии</translation>
    </message>
    <message>
        <source>The kind of information source (§7), 1–9</source>
        <translation>Вид источника информации (§7), 1–9</translation>
    </message>
    <message>
        <source>Direction: ↑ higher is better, ↓ lower is better</source>
        <translation>Направленность: ↑ чем выше, тем лучше; ↓ чем ниже, тем лучше</translation>
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
        <source>Weight, %</source>
        <translation>Вес, %</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Способ оценки</translation>
    </message>
    <message>
        <source>§7</source>
        <translation>§7</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
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
    <name>ui::NewMethodologyDialog</name>
    <message>
        <source>New Methodology</source>
        <translation>Новая методика</translation>
    </message>
    <message>
        <source>The methodology of a block for one evaluated year (§19). It starts as an empty draft; to start from last year&apos;s, select that one and use Copy to Next Year.</source>
        <translation>Методика по блоку на один оцениваемый год (§19). Она создается как пустой проект; чтобы взять за основу методику прошлого года, выберите ее и воспользуйтесь командой «Копия на следующий год».</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
</context>
<context>
    <name>ui::PackageHistoryModel</name>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 файла: %1</translation>
    </message>
    <message>
        <source>The number the body&apos;s workstation gave the package when it was exported.</source>
        <translation>Номер, присвоенный пакету рабочим местом органа при экспорте.</translation>
    </message>
    <message>
        <source>Superseded by #%1</source>
        <translation>Заменен пакетом #%1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Действующий</translation>
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
        <translation>Год</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>№ пакета</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Кем импортирован</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ui::PackageIssueDialog</name>
    <message>
        <source>Issue Template</source>
        <translation>Выдача шаблона</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Код или наименование</translation>
    </message>
    <message>
        <source>The template is what the body&apos;s workstation needs to report offline for the year: the schedule, the methodologies in effect for the body&apos;s blocks, last year&apos;s values, and a new signing key of the body. A template issued again for the same body and year replaces the previous key.</source>
        <translation>Шаблон содержит все, что нужно рабочему месту органа для автономной подготовки отчетности за год: график, действующие методики по блокам органа, значения прошлого года и новый ключ подписи органа. Шаблон, повторно выданный тому же органу на тот же год, заменяет прежний ключ.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <source>There are no evaluated bodies in %1.</source>
        <translation>В %1 году нет оцениваемых органов.</translation>
    </message>
    <message>
        <source>No body matches the filter.</source>
        <translation>Нет органов, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>Evaluated on blocks %1, but none of them has a methodology for %2 yet: there is nothing to report.</source>
        <translation>Оценивается по блокам: %1, но ни для одного из них еще нет методики на %2 год: отчитываться не о чем.</translation>
    </message>
    <message>
        <source>Evaluated on blocks %1; the template carries those with a methodology for %2: %3.</source>
        <translation>Оценивается по блокам: %1; в шаблон включаются блоки с методикой на %2 год: %3.</translation>
    </message>
</context>
<context>
    <name>ui::PackageIssuedDialog</name>
    <message>
        <source>Template Issued</source>
        <translation>Шаблон выдан</translation>
    </message>
    <message>
        <source>The template of %1 for %2 is saved to %3.</source>
        <translation>Шаблон (%1, %2 год) сохранен в %3.</translation>
    </message>
    <message>
        <source>Fingerprint of the body&apos;s key (valid until %1). Tell it to the body by another channel, for example by phone, so that it can compare it with the one its workstation shows.</source>
        <translation>Отпечаток ключа органа (действителен до %1). Сообщите его органу по другому каналу, например по телефону, чтобы он мог сверить его с отпечатком, который показывает его рабочее место.</translation>
    </message>
    <message>
        <source>Fingerprint of the body&apos;s key. Tell it to the body by another channel, for example by phone, so that it can compare it with the one its workstation shows.</source>
        <translation>Отпечаток ключа органа. Сообщите его органу по другому каналу, например по телефону, чтобы он мог сверить его с отпечатком, который показывает его рабочее место.</translation>
    </message>
    <message>
        <source>The template file contains the body&apos;s signing key: whoever holds the file can sign reports in the body&apos;s name. Hand it over like a password — in person or through a protected channel, never by open e-mail — and delete other copies once the body has it.</source>
        <translation>Файл шаблона содержит ключ подписи органа: любой, у кого есть этот файл, может подписывать отчеты от имени органа. Передавайте его как пароль — лично или по защищенному каналу, но никогда не по открытой электронной почте — и удалите другие копии, как только орган его получит.</translation>
    </message>
</context>
<context>
    <name>ui::PackagePreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>%1 of %2, evaluation of %3</source>
        <translation>%1: %2, оценка за %3 год</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Блоки:</translation>
    </message>
    <message>
        <source>Package no.:</source>
        <translation>№ пакета:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>Подписан ключом:</translation>
    </message>
    <message>
        <source>#%1: package no. %2 of %3, imported %4</source>
        <translation>#%1: пакет № %2 от %3, импортирован %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Nothing: the first package of this body for this year</source>
        <translation>Ничего: это первый пакет органа за этот год</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Заменяет:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>This very package was imported on %1 (#%2); importing it again changes nothing.</source>
        <translation>Этот же пакет уже импортирован %1 (#%2); повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>This very package was imported before; importing it again changes nothing.</source>
        <translation>Этот же пакет уже был импортирован; повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>Submitted after the reporting deadline (§41): %1. The reports are taken in and shown as late.</source>
        <translation>Представлено после срока представления отчетной информации (§41): %1. Отчеты принимаются и отмечаются как представленные с опозданием.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
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
        <source>The package changes nothing in this database.</source>
        <translation>Пакет ничего не меняет в этой базе данных.</translation>
    </message>
    <message>
        <source>The import makes this one change.</source>
        <translation>Импорт вносит одно изменение.</translation>
    </message>
    <message numerus="yes">
        <source>The import makes these %n changes, all together or none of them.</source>
        <translation>
            <numerusform>Импорт вносит %n изменение — все вместе или ни одного.</numerusform>
            <numerusform>Импорт вносит %n изменения — все вместе или ни одного.</numerusform>
            <numerusform>Импорт вносит %n изменений — все вместе или ни одного.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ui::PackageTemplateModel</name>
    <message>
        <source>Key not found</source>
        <translation>Ключ не найден</translation>
    </message>
    <message>
        <source>Replaced on %1</source>
        <translation>Заменен %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Истек %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Действителен до %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the body sees in its workstation.</source>
        <translation>Сверьте его с отпечатком, который орган видит на своем рабочем месте.</translation>
    </message>
    <message>
        <source>Report packages signed with this key are accepted.</source>
        <translation>Пакеты отчетов, подписанные этим ключом, принимаются.</translation>
    </message>
    <message>
        <source>Report packages signed with this key are refused.</source>
        <translation>Пакеты отчетов, подписанные этим ключом, отклоняются.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
<context>
    <name>ui::PackagesArea</name>
    <message>
        <source>Issue Template…</source>
        <translation>Выдать шаблон…</translation>
    </message>
    <message>
        <source>Make the template a body&apos;s workstation needs to report offline, with the body&apos;s new signing key</source>
        <translation>Создать шаблон, необходимый рабочему месту органа для автономной подготовки отчетности, с новым ключом подписи органа</translation>
    </message>
    <message>
        <source>Import Package…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Check a body&apos;s report package, see every change it makes, and import it</source>
        <translation>Проверить пакет отчетов органа, просмотреть все вносимые им изменения и импортировать его</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save the selected package, exactly as it was imported, to a file</source>
        <translation>Сохранить выбранный пакет в файл точно в том виде, в каком он был импортирован</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Templates issued</source>
        <translation>Выданные шаблоны</translation>
    </message>
    <message>
        <source>A body&apos;s reports are accepted only when they are signed with the key of its latest template for the year, and only until the key expires.</source>
        <translation>Отчеты органа принимаются, только если они подписаны ключом последнего шаблона, выданного ему на этот год, и только до истечения срока действия ключа.</translation>
    </message>
    <message>
        <source>Imported packages</source>
        <translation>Импортированные пакеты</translation>
    </message>
    <message>
        <source>Every imported file is kept. A newer package of the same body and year supersedes the older one, which stays here, greyed.</source>
        <translation>Каждый импортированный файл сохраняется. Более новый пакет того же органа за тот же год заменяет более старый, который остается здесь и выделяется серым.</translation>
    </message>
    <message>
        <source>Templates and return packages from this installation are signed with the key %1.</source>
        <translation>Шаблоны и пакеты возврата из этой установки подписываются ключом %1.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>The template was issued but not saved: issue it again to save it (the new one replaces its key).</source>
        <translation>Шаблон выдан, но не сохранен: чтобы сохранить его, выдайте шаблон повторно (новый шаблон заменит его ключ).</translation>
    </message>
    <message>
        <source>The template of %1 for %2 is saved to %3.</source>
        <translation>Шаблон (%1, %2 год) сохранен в %3.</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>This very package was imported before; nothing changed.</source>
        <translation>Этот же пакет уже был импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Imported package no. %1 of %2 for %3: 1 change.</source>
        <translation>Импортирован пакет № %1 (%2, %3 год): 1 изменение.</translation>
    </message>
    <message numerus="yes">
        <source>Imported package no. %1 of %2 for %3: %n changes.</source>
        <translation>
            <numerusform>Импортирован пакет № %1 (%2, %3 год): %n изменение.</numerusform>
            <numerusform>Импортирован пакет № %1 (%2, %3 год): %n изменения.</numerusform>
            <numerusform>Импортирован пакет № %1 (%2, %3 год): %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of package #%1 is saved to %2.</source>
        <translation>Копия пакета #%1 сохранена в %2.</translation>
    </message>
    <message>
        <source>Choose a body.</source>
        <translation>Выберите орган.</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Импорт пакета…</translation>
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
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Все блоки</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <source>Show what the criteria would select now, without storing anything</source>
        <translation>Показать, что отберут критерии сейчас, ничего не сохраняя</translation>
    </message>
    <message>
        <source>Select for Re-verification</source>
        <translation>Отобрать</translation>
    </message>
    <message>
        <source>Run the criteria and store the values they select; values already selected keep their outcome</source>
        <translation>Применить критерии и сохранить отобранные значения; решения по ранее отобранным значениям сохраняются</translation>
    </message>
    <message>
        <source>Risk criteria (§42–43)</source>
        <translation>Критерии риска (§42–43)</translation>
    </message>
    <message>
        <source>The state planning body approves how values are selected for re-verification. The criteria are kept per year; only submitted reports are looked at.</source>
        <translation>Порядок отбора значений для перепроверки утверждает уполномоченный орган по государственному планированию. Критерии хранятся по годам; рассматриваются только представленные отчеты.</translation>
    </message>
    <message>
        <source>Save Criteria</source>
        <translation>Сохранить критерии</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Values selected for re-verification</source>
        <translation>Значения, отобранные для перепроверки</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <source>The re-check found the reported value right</source>
        <translation>Перепроверка подтвердила правильность представленного значения</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>The re-check found the reported value wrong: enter the right fact and why</source>
        <translation>Перепроверка выявила ошибку в представленном значении: введите правильный факт и причину</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Back to pending; a corrected value gets its reported fact back</source>
        <translation>Вернуть в состояние «На проверке»; исправленному значению возвращается представленный факт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove a pending value from the selection</source>
        <translation>Исключить значение, находящееся на проверке, из выборки</translation>
    </message>
    <message>
        <source>Select a value to see why it was selected and what was found.</source>
        <translation>Выберите значение, чтобы увидеть, почему оно отобрано и что выявлено.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Why selected: %1</source>
        <translation>Причина отбора: %1</translation>
    </message>
    <message>
        <source>Selected %1 by %2; pending.</source>
        <translation>Отобрано %1, отобрал: %2; на проверке.</translation>
    </message>
    <message>
        <source>Corrected %1 by %2 from %3 to %4.</source>
        <translation>Исправлено %1, исправил: %2; значение %3 заменено на %4.</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2.</source>
        <translation>Подтверждено %1, подтвердил: %2.</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Выявлено: %1</translation>
    </message>
    <message>
        <source>No values are selected for re-verification in %1 yet.</source>
        <translation>За %1 год для перепроверки еще не отобрано ни одного значения.</translation>
    </message>
    <message>
        <source>1 value selected: %1 pending, %2 confirmed, %3 corrected.</source>
        <translation>Отобрано 1 значение: на проверке — %1, подтверждено — %2, исправлено — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n values selected: %1 pending, %2 confirmed, %3 corrected.</source>
        <translation>
            <numerusform>Отобрано %n значение: на проверке — %1, подтверждено — %2, исправлено — %3.</numerusform>
            <numerusform>Отобрано %n значения: на проверке — %1, подтверждено — %2, исправлено — %3.</numerusform>
            <numerusform>Отобрано %n значений: на проверке — %1, подтверждено — %2, исправлено — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Change the re-verification criteria of %1</source>
        <translation>изменение критериев перепроверки за %1 год</translation>
    </message>
    <message>
        <source>The criteria of %1 are saved.</source>
        <translation>Критерии за %1 год сохранены.</translation>
    </message>
    <message>
        <source>No new values: everything the criteria select is already selected.</source>
        <translation>Новых значений нет: все, что отбирают критерии, уже отобрано.</translation>
    </message>
    <message>
        <source>1 new value selected for re-verification.</source>
        <translation>Для перепроверки отобрано 1 новое значение.</translation>
    </message>
    <message numerus="yes">
        <source>%n new values selected for re-verification.</source>
        <translation>
            <numerusform>Для перепроверки отобрано %n новое значение.</numerusform>
            <numerusform>Для перепроверки отобрано %n новых значения.</numerusform>
            <numerusform>Для перепроверки отобрано %n новых значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm a value</source>
        <translation>подтверждение значения</translation>
    </message>
    <message>
        <source>The value is confirmed.</source>
        <translation>Значение подтверждено.</translation>
    </message>
    <message>
        <source>Say what was wrong: a correction needs a finding.</source>
        <translation>Укажите, в чем ошибка: для исправления нужно указать, что выявлено.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Correct a value</source>
        <translation>исправление значения</translation>
    </message>
    <message>
        <source>The value is corrected; the scores use the corrected fact.</source>
        <translation>Значение исправлено; баллы рассчитываются по исправленному факту.</translation>
    </message>
    <message>
        <source>Reopen a value</source>
        <translation>возобновление проверки значения</translation>
    </message>
    <message>
        <source>The value is pending again, with its reported fact.</source>
        <translation>Значение снова на проверке, ему возвращен представленный факт.</translation>
    </message>
    <message>
        <source>The value is pending again.</source>
        <translation>Значение снова на проверке.</translation>
    </message>
    <message>
        <source>The value is removed from the selection.</source>
        <translation>Значение исключено из выборки.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove from the Selection</source>
        <translation>Исключение из выборки</translation>
    </message>
    <message>
        <source>Remove %1, %2 from the values selected for re-verification? Select for Re-verification adds it again while the criteria select it.</source>
        <translation>Исключить %1, %2 из значений, отобранных для перепроверки? Пока критерии отбирают это значение, команда «Отобрать» добавит его снова.</translation>
    </message>
</context>
<context>
    <name>ui::RecheckDecisionDialog</name>
    <message>
        <source>Confirm the Value</source>
        <translation>Подтверждение значения</translation>
    </message>
    <message>
        <source>Correct the Value</source>
        <translation>Исправление значения</translation>
    </message>
    <message>
        <source>Reported fact:</source>
        <translation>Представленный факт:</translation>
    </message>
    <message>
        <source>Why selected:</source>
        <translation>Причина отбора:</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>пусто: нет данных</translation>
    </message>
    <message>
        <source>Correct fact:</source>
        <translation>Правильный факт:</translation>
    </message>
    <message>
        <source>Optional: what was checked, e.g. the register it was compared with</source>
        <translation>Необязательно: что проверено, например с каким реестром сверено</translation>
    </message>
    <message>
        <source>Required: what was wrong and where the right figure comes from</source>
        <translation>Обязательно: в чем ошибка и откуда взято правильное значение</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Выявлено:</translation>
    </message>
    <message>
        <source>Optional: a document that shows the right figure</source>
        <translation>Необязательно: документ, подтверждающий правильное значение</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждающий документ:</translation>
    </message>
    <message>
        <source>The value stays as reported and is marked confirmed.</source>
        <translation>Значение остается таким, как представлено, и отмечается как подтвержденное.</translation>
    </message>
    <message>
        <source>The corrected fact replaces the reported one in the scores at once; the reported fact is kept, and Reopen brings it back.</source>
        <translation>Исправленный факт сразу заменяет представленный при расчете баллов; представленный факт сохраняется, и кнопка «Возобновить» возвращает его.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» не является числом.</translation>
    </message>
    <message>
        <source>Say what was wrong: a correction needs a finding.</source>
        <translation>Укажите, в чем ошибка: для исправления нужно указать, что выявлено.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
</context>
<context>
    <name>ui::RecheckPreviewDialog</name>
    <message>
        <source>Preview of the Selection</source>
        <translation>Предпросмотр выборки</translation>
    </message>
    <message>
        <source>The criteria select no values in %1. Nothing is stored.</source>
        <translation>Критерии не отбирают ни одного значения (%1). Ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The criteria would select 1 value in %1.</source>
        <translation>Критерии отберут 1 значение (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The criteria would select %n values in %1.</source>
        <translation>
            <numerusform>Критерии отберут %n значение (%1).</numerusform>
            <numerusform>Критерии отберут %n значения (%1).</numerusform>
            <numerusform>Критерии отберут %n значений (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>They are all of one body.</source>
        <translation>Все они относятся к одному органу.</translation>
    </message>
    <message numerus="yes">
        <source>They are of %n bodies.</source>
        <translation>
            <numerusform>Они относятся к %n органу.</numerusform>
            <numerusform>Они относятся к %n органам.</numerusform>
            <numerusform>Они относятся к %n органам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you select them; values already selected keep their outcome.</source>
        <translation>Пока вы их не отберете, ничего не сохраняется; решения по ранее отобранным значениям сохраняются.</translation>
    </message>
    <message>
        <source>Select for Re-verification</source>
        <translation>Отобрать для перепроверки</translation>
    </message>
</context>
<context>
    <name>ui::RecheckTableModel</name>
    <message>
        <source>Selected %1 by %2</source>
        <translation>Отобрано %1, %2</translation>
    </message>
    <message>
        <source>Decided %1 by %2</source>
        <translation>Решение принято %1, %2</translation>
    </message>
    <message>
        <source>Not selected yet</source>
        <translation>Еще не отобрано</translation>
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
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Why selected</source>
        <translation>Причина отбора</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Выявлено</translation>
    </message>
</context>
<context>
    <name>ui::RecommendationDialog</name>
    <message>
        <source>New Recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Edit Recommendation</source>
        <translation>Изменение рекомендации</translation>
    </message>
    <message>
        <source>An order (тапсырма / поручение), not a recommendation</source>
        <translation>Поручение, а не рекомендация</translation>
    </message>
    <message>
        <source>Confidential: withheld from publication (§52)</source>
        <translation>Конфиденциально: не публикуется (§52)</translation>
    </message>
    <message>
        <source>The Commission&apos;s recommendations and orders go to the body&apos;s head with its result (§51); the next evaluation records what became of them (§45).</source>
        <translation>Рекомендации и поручения Комиссии направляются руководителю органа вместе с его результатом (§51); следующая оценка фиксирует их исполнение (§45).</translation>
    </message>
    <message>
        <source>The body carries out the conclusion&apos;s recommendations; the next year&apos;s conclusion records what became of them (§47 part 2).</source>
        <translation>Орган исполняет рекомендации заключения; заключение следующего года отражает их исполнение (§47, часть 2).</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Write the recommendation in at least one language.</source>
        <translation>Напишите рекомендацию хотя бы на одном языке.</translation>
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
    <name>ui::ReportFormDelegate</name>
    <message>
        <source>Not used in the goals block (§7)</source>
        <translation>Не используется в блоке «Достижение целей» (§7)</translation>
    </message>
</context>
<context>
    <name>ui::ReportFormModel</name>
    <message>
        <source>Not in the methodology in effect</source>
        <translation>Нет в действующей методике</translation>
    </message>
    <message>
        <source>%1  %2 (weight %3 %)</source>
        <translation>%1  %2 (вес %3 %)</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Определение:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Ед. изм.:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Расчет балла:</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Default plan:</source>
        <translation>Общий план:</translation>
    </message>
    <message>
        <source>Accepted facts:</source>
        <translation>Допустимые значения факта:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>Source (§7):</source>
        <translation>Источник (§7):</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Last year: plan %1, fact %2</source>
        <translation>Прошлый год: план %1, факт %2</translation>
    </message>
    <message>
        <source>The methodology&apos;s plan, %1, is used unless you enter the body&apos;s own.</source>
        <translation>Если не ввести собственный план органа, используется план по методике: %1.</translation>
    </message>
    <message>
        <source>Leave it empty when there is no data, and say why in the comment.</source>
        <translation>Если данных нет, оставьте поле пустым и укажите причину в комментарии.</translation>
    </message>
    <message>
        <source>The remark of the authorized body:</source>
        <translation>Замечание уполномоченного на оценку органа:</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Double-click to attach, open or remove files.</source>
        <translation>Дважды щелкните, чтобы приложить, открыть или удалить файлы.</translation>
    </message>
    <message>
        <source>Double-click to open the files.</source>
        <translation>Дважды щелкните, чтобы открыть файлы.</translation>
    </message>
    <message>
        <source>the methodology&apos;s: %1</source>
        <translation>по методике: %1</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>пусто: нет данных</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Пред. год</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Source (§7)</source>
        <translation>Источник (§7)</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Last year&apos;s plan / fact, for reference</source>
        <translation>План / факт прошлого года, для справки</translation>
    </message>
    <message>
        <source>The body&apos;s plan; empty: the methodology&apos;s plan (shown in italics)</source>
        <translation>План органа; если пусто — план по методике (показан курсивом)</translation>
    </message>
    <message>
        <source>The value reached in the evaluated year; empty: no data (say why in the comment)</source>
        <translation>Значение, достигнутое в оцениваемом году; если пусто — нет данных (укажите причину в комментарии)</translation>
    </message>
    <message>
        <source>The type of the source of information (§7)</source>
        <translation>Вид источника информации (§7)</translation>
    </message>
    <message>
        <source>The document, register or statistic the fact comes from</source>
        <translation>Документ, реестр или статистические данные, из которых взят факт</translation>
    </message>
    <message>
        <source>Evidence files attached to the line</source>
        <translation>Подтверждающие файлы, приложенные к строке</translation>
    </message>
    <message>
        <source>The remark of the authorized body when the report was returned for revision</source>
        <translation>Замечание уполномоченного на оценку органа при возврате отчета на доработку</translation>
    </message>
    <message>
        <source>The body&apos;s answer to the remark</source>
        <translation>Ответ органа на замечание</translation>
    </message>
</context>
<context>
    <name>ui::ReportImportDialog</name>
    <message>
        <source>Import Return Package</source>
        <translation>Импорт пакета возврата</translation>
    </message>
    <message>
        <source>Returned for revision: %1, %2</source>
        <translation>Возвращено на доработку: %1, %2</translation>
    </message>
    <message>
        <source>Package of %1, number %2, SHA-256 %3.</source>
        <translation>Пакет от %1, № %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>This package was already imported: importing it again changes nothing.</source>
        <translation>Этот пакет уже импортирован: повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>It changes nothing here.</source>
        <translation>Здесь он ничего не меняет.</translation>
    </message>
    <message>
        <source>Importing it makes the change below.</source>
        <translation>Импорт внесет изменение, указанное ниже.</translation>
    </message>
    <message numerus="yes">
        <source>Importing it makes the %n changes below; the remarks of the authorized body come first.</source>
        <translation>
            <numerusform>Импорт внесет %n изменение, указанное ниже; замечания уполномоченного на оценку органа приведены первыми.</numerusform>
            <numerusform>Импорт внесет %n изменения, указанные ниже; замечания уполномоченного на оценку органа приведены первыми.</numerusform>
            <numerusform>Импорт внесет %n изменений, указанных ниже; замечания уполномоченного на оценку органа приведены первыми.</numerusform>
        </translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Приложен файл</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>ui::ReportReturnDialog</name>
    <message>
        <source>Return for Revision</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>The body sees the reason and the remarks. It must answer every remark before it submits the report again; until then the report is open for changes.</source>
        <translation>Орган увидит причину и замечания. Перед повторным представлением отчета он должен ответить на каждое замечание; до этого отчет открыт для изменений.</translation>
    </message>
    <message>
        <source>&amp;Reason for the return (required):</source>
        <translation>&amp;Причина возврата (обязательно):</translation>
    </message>
    <message>
        <source>What must be corrected, in a few sentences</source>
        <translation>Что нужно исправить, в нескольких предложениях</translation>
    </message>
    <message>
        <source>Remarks per indicator (double-click a remark to type it):</source>
        <translation>Замечания по показателям (дважды щелкните ячейку замечания, чтобы ввести его):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Give the reason for the return: the body sees it.</source>
        <translation>Укажите причину возврата: орган ее увидит.</translation>
    </message>
</context>
<context>
    <name>ui::ReportTableModel</name>
    <message>
        <source>Last submitted on %1.</source>
        <translation>Последний раз представлен %1.</translation>
    </message>
    <message>
        <source>First submitted on %1; the deadline was %2.</source>
        <translation>Впервые представлен %1; срок — %2.</translation>
    </message>
    <message>
        <source>Not submitted yet; the deadline is %1.</source>
        <translation>Еще не представлен; срок — %1.</translation>
    </message>
    <message>
        <source>The year&apos;s schedule has no reporting date (§10).</source>
        <translation>В графике на этот год нет даты представления отчетной информации (§10).</translation>
    </message>
    <message>
        <source>%1 of %2 indicators have a fact</source>
        <translation>Факт указан у %1 из %2 показателей</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>Ошибок: %1. Предупреждений: %2.</translation>
    </message>
    <message>
        <source>Indicators with a remark of the authorized body</source>
        <translation>Показатели с замечаниями уполномоченного на оценку органа</translation>
    </message>
    <message>
        <source>Evidence files attached</source>
        <translation>Приложенные подтверждающие файлы</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Ред.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Своевременность</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Revision: how many times the report was submitted</source>
        <translation>Редакция: сколько раз отчет представлялся</translation>
    </message>
    <message>
        <source>The schedule&apos;s date for the reporting information (§10, §41)</source>
        <translation>Дата представления отчетной информации по графику (§10, §41)</translation>
    </message>
    <message>
        <source>Whether the report came by the deadline: separate from its state</source>
        <translation>Поступил ли отчет в срок — независимо от его состояния</translation>
    </message>
    <message>
        <source>Indicators with a fact, of all the indicators of the form</source>
        <translation>Показатели с фактом из всех показателей формы</translation>
    </message>
    <message>
        <source>Errors that stop the submission</source>
        <translation>Ошибки, препятствующие представлению отчета</translation>
    </message>
</context>
<context>
    <name>ui::ReportsArea</name>
    <message>
        <source>“%1” is not a number: nothing was saved.</source>
        <translation>«%1» не является числом: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>This workstation reports on the year of its template.</source>
        <translation>Это рабочее место отчитывается за год, указанный в его шаблоне.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Search by the body&apos;s code or name</source>
        <translation>Поиск по коду или наименованию органа</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Submit and Save Package…</source>
        <translation>П&amp;редставить и сохранить пакет…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>П&amp;редставить</translation>
    </message>
    <message>
        <source>&amp;Export Report Package…</source>
        <translation>&amp;Экспорт пакета отчетов…</translation>
    </message>
    <message>
        <source>Write the package of the submitted reports again, to hand it over</source>
        <translation>Повторно записать пакет представленных отчетов для передачи</translation>
    </message>
    <message>
        <source>&amp;Import Return Package…</source>
        <translation>&amp;Импорт пакета возврата…</translation>
    </message>
    <message>
        <source>Read a report returned for revision by the authorized body</source>
        <translation>Загрузить отчет, возвращенный уполномоченным на оценку органом на доработку</translation>
    </message>
    <message>
        <source>&amp;Return for Revision…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>Send the report back to the body with the reason and remarks per indicator</source>
        <translation>Вернуть отчет органу с указанием причины и замечаниями по показателям</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Accept the report: it can no longer be changed</source>
        <translation>Принять отчет: после этого его нельзя изменить</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Подтверждающие &amp;документы…</translation>
    </message>
    <message>
        <source>The evidence files of the selected line</source>
        <translation>Подтверждающие файлы выбранной строки</translation>
    </message>
    <message>
        <source>There are no reports for %1: no block has a methodology in effect, or no body is evaluated in that year.</source>
        <translation>Отчетов за %1 год нет: ни по одному блоку нет действующей методики или в этом году не оценивается ни один орган.</translation>
    </message>
    <message>
        <source>Select a report in the table.</source>
        <translation>Выберите отчет в таблице.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>There is no methodology of %1 for %2: there is no form to fill.</source>
        <translation>На %2 год нет методики (%1): формы для заполнения нет.</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <source>How many times the report was submitted</source>
        <translation>Сколько раз отчет представлялся</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>No deadline in the schedule</source>
        <translation>В графике нет срока</translation>
    </message>
    <message>
        <source>Form of the sample methodology, version %1: sample data, not a real evaluation.</source>
        <translation>Форма методики-примера, версия %1: данные — пример, а не реальная оценка.</translation>
    </message>
    <message>
        <source>Form of the methodology, version %1.</source>
        <translation>Форма методики, версия %1.</translation>
    </message>
    <message>
        <source>The methodology is a draft: not approved yet (§19).</source>
        <translation>Методика — проект: еще не утверждена (§19).</translation>
    </message>
    <message>
        <source>Accepted on %1 — locked. An accepted report can no longer be changed.</source>
        <translation>Принят %1 — заблокирован. Принятый отчет больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Submitted on %1 — locked. It can be changed only after it is returned for revision.</source>
        <translation>Представлен %1 — заблокирован. Изменить его можно только после возврата на доработку.</translation>
    </message>
    <message>
        <source>Returned for revision: %1
Correct the values, answer every remark (highlighted in the Remark column) and submit again.</source>
        <translation>Возвращен на доработку: %1
Исправьте значения, ответьте на каждое замечание (они выделены в столбце «Замечание») и представьте отчет повторно.</translation>
    </message>
    <message>
        <source>The database is open read-only: the form cannot be changed.</source>
        <translation>База данных открыта только для чтения: форму изменить нельзя.</translation>
    </message>
    <message>
        <source>Every value is saved as soon as you leave its cell; Undo takes it back. Double-click the Files column to attach evidence.</source>
        <translation>Каждое значение сохраняется, как только вы покидаете ячейку; команда «Отменить» возвращает прежнее. Чтобы приложить подтверждающие документы, дважды щелкните столбец «Файлы».</translation>
    </message>
    <message>
        <source>The report is locked: the form is shown as it was submitted.</source>
        <translation>Отчет заблокирован: форма показана в том виде, в каком была представлена.</translation>
    </message>
    <message>
        <source>No problems found in the form.</source>
        <translation>В форме проблем не найдено.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2. Click a problem to go to its cell.</source>
        <translation>Ошибок: %1. Предупреждений: %2. Щелкните проблему, чтобы перейти к ее ячейке.</translation>
    </message>
    <message>
        <source>1 error must be corrected before the report can be submitted.</source>
        <translation>Перед представлением отчета нужно исправить 1 ошибку.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors must be corrected before the report can be submitted.</source>
        <translation>
            <numerusform>Перед представлением отчета нужно исправить %n ошибку.</numerusform>
            <numerusform>Перед представлением отчета нужно исправить %n ошибки.</numerusform>
            <numerusform>Перед представлением отчета нужно исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors: the report can be submitted.</source>
        <translation>Ошибок нет: отчет можно представить.</translation>
    </message>
    <message>
        <source>Submit the report to the authorized body: it is then locked</source>
        <translation>Представить отчет уполномоченному на оценку органу: после этого он блокируется</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Change %1 in the report</source>
        <translation>изменение показателя %1 в отчете</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 is already attached to %2 (as %3).</source>
        <translation>Файл %1 уже приложен к %2 (как %3).</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>приложение файла %1 к %2</translation>
    </message>
    <message>
        <source>%1 attached to %2. SHA-256: %3</source>
        <translation>Файл %1 приложен к %2. SHA-256: %3</translation>
    </message>
    <message>
        <source>Attach Evidence to %1</source>
        <translation>Приложение подтверждающих документов к %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file.</source>
        <translation>Не удалось создать временную папку, чтобы открыть файл.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Не удалось записать файл %1: %2</translation>
    </message>
    <message>
        <source>No program is set up to open %1. It was saved as %2.</source>
        <translation>Не настроена программа для открытия %1. Файл сохранен как %2.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>удаление файла %1 из %2</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Удаление подтверждающего документа</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Undo attaches it again.</source>
        <translation>Удалить файл %1 из %2? Команда «Отменить» приложит его снова.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Submit the report of %1 for %2, %3?</source>
        <translation>Представить отчет: %1, %2, %3 год?</translation>
    </message>
    <message>
        <source>It is then locked: it can be changed only after the authorized body returns it for revision.</source>
        <translation>После этого он будет заблокирован: изменить его можно будет только после того, как уполномоченный на оценку орган вернет его на доработку.</translation>
    </message>
    <message>
        <source>Then save the report package and hand it over to the authorized body.</source>
        <translation>Затем сохраните пакет отчетов и передайте его уполномоченному на оценку органу.</translation>
    </message>
    <message>
        <source>Submit Report</source>
        <translation>Представление отчета</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Представить</translation>
    </message>
    <message>
        <source>Submitted: the report is locked until it is accepted or returned for revision.</source>
        <translation>Представлен: отчет заблокирован до принятия или возврата на доработку.</translation>
    </message>
    <message>
        <source>Bagalau packages (%1)</source>
        <translation>Пакеты Bagalau (%1)</translation>
    </message>
    <message>
        <source>Package saved: %1</source>
        <translation>Пакет сохранен: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another place.</source>
        <translation>Не удалось записать файл %1: %2. Выберите другое место.</translation>
    </message>
    <message>
        <source>Save the Report Package</source>
        <translation>Сохранение пакета отчетов</translation>
    </message>
    <message>
        <source>The report package was not written. Use Export Report Package… to write it later.</source>
        <translation>Пакет отчетов не записан. Чтобы записать его позже, воспользуйтесь командой «Экспорт пакета отчетов…».</translation>
    </message>
    <message>
        <source>The report package was not saved. Use Export Report Package… to write it again.</source>
        <translation>Пакет отчетов не сохранен. Чтобы записать его снова, воспользуйтесь командой «Экспорт пакета отчетов…».</translation>
    </message>
    <message>
        <source>Import Return Package</source>
        <translation>Импорт пакета возврата</translation>
    </message>
    <message>
        <source>Bagalau packages (%1);;All files (*)</source>
        <translation>Пакеты Bagalau (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This package was already imported: nothing changed.</source>
        <translation>Этот пакет уже импортирован: ничего не изменилось.</translation>
    </message>
    <message>
        <source>The return package was applied: correct the values, answer the remarks and submit again.</source>
        <translation>Пакет возврата применен: исправьте значения, ответьте на замечания и представьте отчет повторно.</translation>
    </message>
    <message>
        <source>Give the reason for the return: the body sees it.</source>
        <translation>Укажите причину возврата: орган ее увидит.</translation>
    </message>
    <message>
        <source>Save the Return Package</source>
        <translation>Сохранение пакета возврата</translation>
    </message>
    <message>
        <source>Returned for revision, but the return package was not saved: the body will not see the return until it gets the package.</source>
        <translation>Отчет возвращен на доработку, но пакет возврата не сохранен: орган не узнает о возврате, пока не получит пакет.</translation>
    </message>
    <message>
        <source>Return the report of %1 for revision</source>
        <translation>возврат отчета %1 на доработку</translation>
    </message>
    <message>
        <source>Returned for revision: the body sees the reason and the remarks.</source>
        <translation>Возвращено на доработку: орган увидит причину и замечания.</translation>
    </message>
    <message>
        <source>Accept the report of %1 for %2, %3? An accepted report can no longer be changed.</source>
        <translation>Принять отчет: %1, %2, %3 год? Принятый отчет больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Accept Report</source>
        <translation>Принятие отчета</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Accept the report of %1</source>
        <translation>принятие отчета %1</translation>
    </message>
    <message>
        <source>Accepted: the report can no longer be changed.</source>
        <translation>Принят: отчет больше нельзя изменить.</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture, so it is not opened here. A copy was saved as %2.</source>
        <translation>%1 не является документом или изображением, поэтому здесь не открывается. Копия сохранена как %2.</translation>
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
<context>
    <name>ui::ScheduleArea</name>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Approval of the schedule (§11)</source>
        <translation>Утверждение графика (§11)</translation>
    </message>
    <message>
        <source>Deadlines of the operational evaluation (§10)</source>
        <translation>Сроки операционной оценки (§10)</translation>
    </message>
    <message>
        <source>Results evaluation (§70)</source>
        <translation>Оценка результативности (§70)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Clear the box while the date is not known</source>
        <translation>Снимите флажок, пока дата неизвестна</translation>
    </message>
    <message>
        <source>Approved by order of the Head of the Presidential Administration</source>
        <translation>Утвержден приказом Руководителя Администрации Президента</translation>
    </message>
    <message>
        <source>Results evaluation reported to the President</source>
        <translation>Итоги оценки результативности внесены Президенту</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Optional: the order or the reason, kept in the history</source>
        <translation>Необязательно: приказ или причина, сохраняется в истории изменений</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save the schedule as a one-page A4 PDF document</source>
        <translation>Сохранить график в виде одностраничного PDF-документа формата A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>The approval of the schedule</source>
        <translation>Утверждение графика</translation>
    </message>
    <message>
        <source>The results evaluation</source>
        <translation>Оценка результативности</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>Этап %1 (%2)</translation>
    </message>
    <message>
        <source>The schedule is approved on %1, later than %2 (§11).</source>
        <translation>График утвержден %1, позднее %2 (§11).</translation>
    </message>
    <message>
        <source>The schedule is not approved yet: it is approved by order of the Head of the Presidential Administration no later than %1 (§11).</source>
        <translation>График еще не утвержден: он утверждается приказом Руководителя Администрации Президента не позднее %1 (§11).</translation>
    </message>
    <message>
        <source>%1 falls on %2, %3: a non-working day (%4). The date is not moved.</source>
        <translation>%1: %2, %3 — нерабочий день (%4). Дата не переносится.</translation>
    </message>
    <message>
        <source>The results evaluation on %1 is later than %2 (§70).</source>
        <translation>Дата оценки результативности (%1) позднее %2 (§70).</translation>
    </message>
    <message>
        <source>The evaluation of %1 is held in %2; the schedule is approved by 15 December %1 (§11).</source>
        <translation>Оценка за %1 год проводится в %2 году; график утверждается не позднее 15 декабря %1 года (§11).</translation>
    </message>
    <message>
        <source>No later than %1.</source>
        <translation>Не позднее %1.</translation>
    </message>
    <message>
        <source>The Head of the Presidential Administration reports the results of the results evaluation to the President no later than %1.</source>
        <translation>Руководитель Администрации Президента вносит Президенту итоги оценки результативности не позднее %1.</translation>
    </message>
    <message>
        <source>See: %1.</source>
        <translation>См.: %1.</translation>
    </message>
    <message>
        <source>Warnings (the schedule can be saved as it is):</source>
        <translation>Предупреждения (график можно сохранить как есть):</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>No schedule is stored for %1 yet.</source>
        <translation>График на %1 год еще не сохранен.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Save the schedule of %1</source>
        <translation>сохранение графика за %1 год</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>schedule-%1</source>
        <translation>график-%1</translation>
    </message>
    <message>
        <source>Export the Schedule as PDF</source>
        <translation>Экспорт графика в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Не удалось записать PDF-файл: %1</translation>
    </message>
    <message>
        <source>Print the Schedule</source>
        <translation>Печать графика</translation>
    </message>
    <message>
        <source>The schedule could not be printed.</source>
        <translation>Не удалось напечатать график.</translation>
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
        <translation>(считается равным 0)</translation>
    </message>
    <message>
        <source>No indicator counted</source>
        <translation>Ни один показатель не учтен</translation>
    </message>
    <message>
        <source>%1 of the block; its share after re-weighting: %2</source>
        <translation>%1 от блока; доля после перераспределения весов: %2</translation>
    </message>
    <message>
        <source>%1 of the criterion; its share of the block score: %2</source>
        <translation>%1 от критерия; доля в балле по блоку: %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the fact; leave it empty for no data</source>
        <translation>Дважды щелкните или нажмите F2, чтобы изменить факт; если данных нет, оставьте поле пустым</translation>
    </message>
    <message>
        <source>Achievement counted: %1</source>
        <translation>Учтенный уровень достижения: %1</translation>
    </message>
    <message>
        <source>Points this indicator adds to the block score: its share × its score</source>
        <translation>Вклад показателя в балл по блоку: его доля × его балл</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Критерий / показатель</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight in the block, an indicator&apos;s weight in its criterion</source>
        <translation>Вес критерия в блоке, вес показателя в критерии</translation>
    </message>
    <message>
        <source>Fully, partially or not achieved; not counted, with the reason</source>
        <translation>Полностью, частично или не достигнут; не учитывается — с указанием причины</translation>
    </message>
    <message>
        <source>On 100 points</source>
        <translation>По 100-балльной шкале</translation>
    </message>
    <message>
        <source>Points added to the block score; they add up to the score</source>
        <translation>Вклад в балл по блоку; в сумме дает балл</translation>
    </message>
</context>
<context>
    <name>ui::ScoreTableModel</name>
    <message>
        <source>⚠ fell 2+ years in a row</source>
        <translation>⚠ 2+ года снижения</translation>
    </message>
    <message>
        <source>Scored with the methodology of %1, version %2</source>
        <translation>Оценено по методике: %1, версия %2</translation>
    </message>
    <message>
        <source>A sample methodology: not a real one.</source>
        <translation>Методика-пример, а не действующая.</translation>
    </message>
    <message>
        <source>The methodology is a draft: not approved yet (§19).</source>
        <translation>Методика — проект: еще не утверждена (§19).</translation>
    </message>
    <message>
        <source>No indicator is counted: there is no score.</source>
        <translation>Ни один показатель не учтен: балла нет.</translation>
    </message>
    <message>
        <source>From %1 points</source>
        <translation>От %1 балла</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source>No score in %1 to compare with</source>
        <translation>Нет балла за %1 год для сравнения</translation>
    </message>
    <message>
        <source>§73: the score fell two or more years in a row: %1. The Presidential Administration proposes to consider the responsibility of the officials.</source>
        <translation>§73: балл снижался два и более года подряд: %1. Администрация Президента вносит предложение о рассмотрении вопроса об ответственности должностных лиц.</translation>
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
        <translation>Полностью</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Not ach.</source>
        <translation>Не дост.</translation>
    </message>
    <message>
        <source>Not cnt.</source>
        <translation>Не учт.</translation>
    </message>
    <message>
        <source>§73</source>
        <translation>§73</translation>
    </message>
    <message>
        <source>Rank: equal scores share a rank</source>
        <translation>Место: при равных баллах место общее</translation>
    </message>
    <message>
        <source>The evaluated body</source>
        <translation>Оцениваемый государственный орган</translation>
    </message>
    <message>
        <source>The block&apos;s score on 100 points</source>
        <translation>Балл по блоку по 100-балльной шкале</translation>
    </message>
    <message>
        <source>Indicators fully achieved</source>
        <translation>Полностью достигнутые показатели</translation>
    </message>
    <message>
        <source>Indicators partially achieved</source>
        <translation>Частично достигнутые показатели</translation>
    </message>
    <message>
        <source>Indicators not achieved</source>
        <translation>Недостигнутые показатели</translation>
    </message>
    <message>
        <source>Indicators not counted (no data)</source>
        <translation>Неучтенные показатели (нет данных)</translation>
    </message>
    <message>
        <source>The rating band of the score</source>
        <translation>Рейтинговая группа, соответствующая баллу</translation>
    </message>
    <message>
        <source>Trend against the previous year: ▲ up, ▼ down, ■ the same</source>
        <translation>Динамика по сравнению с предыдущим годом: ▲ рост, ▼ снижение, ■ без изменений</translation>
    </message>
    <message>
        <source>§73: the score fell two or more years in a row</source>
        <translation>§73: балл снижался два и более года подряд</translation>
    </message>
</context>
<context>
    <name>ui::ScoresArea</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» не является числом.</translation>
    </message>
    <message>
        <source>Evaluated year:</source>
        <translation>Оцениваемый год:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Reason for a change:</source>
        <translation>Основание изменения:</translation>
    </message>
    <message>
        <source>Optional: why a value changes (late data, a correction), kept in the history</source>
        <translation>Необязательно: почему изменяется значение (поздно поступившие данные, исправление), сохраняется в истории изменений</translation>
    </message>
    <message>
        <source>empty: no data</source>
        <translation>пусто: нет данных</translation>
    </message>
    <message>
        <source>There is no methodology of %1 for %2: nothing to score yet.</source>
        <translation>На %2 год нет методики (%1): оценивать пока нечего.</translation>
    </message>
    <message>
        <source>Scored with the sample methodology, version %1 — draft: not approved yet (§19). Sample data, not a real evaluation.</source>
        <translation>Оценено по методике-примеру, версия %1 — проект: еще не утверждена (§19). Данные — пример, а не реальная оценка.</translation>
    </message>
    <message>
        <source>Scored with the sample methodology, version %1 — approved. Sample data, not a real evaluation.</source>
        <translation>Оценено по методике-примеру, версия %1 — утверждена. Данные — пример, а не реальная оценка.</translation>
    </message>
    <message>
        <source>Scored with the methodology, version %1 — draft: not approved yet (§19).</source>
        <translation>Оценено по методике, версия %1 — проект: еще не утверждена (§19).</translation>
    </message>
    <message>
        <source>Scored with the methodology, version %1 — approved.</source>
        <translation>Оценено по методике, версия %1 — утверждена.</translation>
    </message>
    <message>
        <source>Select a body in the table.</source>
        <translation>Выберите орган в таблице.</translation>
    </message>
    <message>
        <source>Indicators not counted (no data): %1.</source>
        <translation>Неучтенные показатели (нет данных): %1.</translation>
    </message>
    <message>
        <source>The points of the indicators add up to %1; the score is limited to 100.</source>
        <translation>Сумма вкладов показателей — %1; балл ограничивается 100.</translation>
    </message>
    <message>
        <source>The points of the indicators add up to the score: %1 ≈ %2.</source>
        <translation>Сумма вкладов показателей равна баллу: %1 ≈ %2.</translation>
    </message>
    <message>
        <source>No indicator is counted: there is no score.</source>
        <translation>Ни один показатель не учтен: балла нет.</translation>
    </message>
    <message>
        <source>Double-click a fact (or press F2) to correct it.</source>
        <translation>Чтобы исправить факт, дважды щелкните его (или нажмите F2).</translation>
    </message>
    <message>
        <source>The database is open read-only: values cannot be changed.</source>
        <translation>База данных открыта только для чтения: значения изменить нельзя.</translation>
    </message>
    <message>
        <source>No scores for %1, %2</source>
        <translation>Баллов нет: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2: ranking</source>
        <translation>%1, %2: рейтинг</translation>
    </message>
    <message>
        <source>No body selected</source>
        <translation>Орган не выбран</translation>
    </message>
    <message>
        <source>%1: scores over the years</source>
        <translation>%1: баллы по годам</translation>
    </message>
    <message>
        <source>Change a value</source>
        <translation>изменение значения</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Изменение отклонено.</translation>
    </message>
    <message>
        <source>Scoring %1 for %2…</source>
        <translation>Расчет баллов (%1, %2 год)…</translation>
    </message>
</context>
<context>
    <name>ui::SpecialCommissionDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Удалить члена</translation>
    </message>
    <message>
        <source>Special Commission for %1</source>
        <translation>Специальная комиссия на %1 год</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Working body</source>
        <translation>Рабочий орган</translation>
    </message>
    <message>
        <source>Represents the Commission&apos;s working body (§59)</source>
        <translation>Представляет рабочий орган Комиссии (§59)</translation>
    </message>
    <message>
        <source>§59: each authorized body forms a special commission to consider the objections to its conclusions. No one who took part in that evaluation may sit on it, and a representative of the Commission&apos;s working body is included. The Presidential Administration considers objections without a special commission.</source>
        <translation>§59: каждый уполномоченный на оценку орган образует специальную комиссию для рассмотрения возражений на свои заключения. В ее состав не могут входить сотрудники, участвовавшие в этой оценке, и входит представитель рабочего органа Комиссии. Администрация Президента рассматривает возражения без специальной комиссии.</translation>
    </message>
    <message>
        <source>Authorized body:</source>
        <translation>Уполномоченный на оценку орган:</translation>
    </message>
    <message>
        <source>Formed on:</source>
        <translation>Дата образования:</translation>
    </message>
    <message>
        <source>No authorized body has conclusions in %1.</source>
        <translation>Ни у одного уполномоченного на оценку органа нет заключений за %1 год.</translation>
    </message>
    <message>
        <source>The Presidential Administration decides objections without a special commission (§59).</source>
        <translation>Администрация Президента принимает решения по возражениям без специальной комиссии (§59).</translation>
    </message>
    <message numerus="yes">
        <source>Formed on %1 with %n member(s).</source>
        <translation>
            <numerusform>Образована %1, %n член.</numerusform>
            <numerusform>Образована %1, %n члена.</numerusform>
            <numerusform>Образована %1, %n членов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not formed yet: objections to its conclusions cannot be decided until it is.</source>
        <translation>Еще не образована: пока ее нет, решения по возражениям на заключения органа принять нельзя.</translation>
    </message>
    <message>
        <source>Took part in its evaluations of %1 (they may not sit on it): %2</source>
        <translation>Участвовали в его оценках за %1 год (не могут входить в комиссию): %2</translation>
    </message>
    <message>
        <source>No staff who took part in its evaluations of %1 are recorded.</source>
        <translation>Сотрудники, участвовавшие в его оценках за %1 год, не записаны.</translation>
    </message>
</context>
<context>
    <name>ui::TrendChartView</name>
    <message>
        <source>Evaluated year</source>
        <translation>Оцениваемый год</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>§73: fell 2+ years in a row</source>
        <translation>§73: снижение 2+ года подряд</translation>
    </message>
</context>
<context>
    <name>ui::YearGrid</name>
    <message>
        <source>Day off for %1 on %2 (weekend rule)</source>
        <translation>Выходной день за праздник «%1» %2, совпавший с выходным</translation>
    </message>
    <message>
        <source>Day off by transfer; %1 is worked instead</source>
        <translation>Выходной день по переносу; вместо него рабочий день %1</translation>
    </message>
    <message>
        <source>Working day by transfer, for the day off on %1</source>
        <translation>Рабочий день по переносу, вместо выходного дня %1</translation>
    </message>
</context>
</TS>
