<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Жарайды</translation></message>
    <message><source>Save</source><translation>Сақтау</translation></message>
    <message><source>Save All</source><translation>Барлығын сақтау</translation></message>
    <message><source>Open</source><translation>Ашу</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Иә</translation></message>
    <message><source>Yes to &amp;All</source><translation>Барлығына и&amp;ә</translation></message>
    <message><source>&amp;No</source><translation>&amp;Жоқ</translation></message>
    <message><source>N&amp;o to All</source><translation>Барлығына ж&amp;оқ</translation></message>
    <message><source>Abort</source><translation>Тоқтату</translation></message>
    <message><source>Retry</source><translation>Қайталау</translation></message>
    <message><source>Ignore</source><translation>Елемеу</translation></message>
    <message><source>Close</source><translation>Жабу</translation></message>
    <message><source>Cancel</source><translation>Болдырмау</translation></message>
    <message><source>Discard</source><translation>Сақтамау</translation></message>
    <message><source>Help</source><translation>Анықтама</translation></message>
    <message><source>Apply</source><translation>Қолдану</translation></message>
    <message><source>Reset</source><translation>Тастау</translation></message>
    <message><source>Restore Defaults</source><translation>Әдепкі мәндерді қайтару</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>Жарайды</translation></message>
    <message><source>Cancel</source><translation>Болдырмау</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Толығырақ...</translation></message>
    <message><source>Hide Details...</source><translation>Толығырақты жасыру...</translation></message>
    <message><source>OK</source><translation>Жарайды</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>Болдырма&amp;у</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Қайтару</translation></message>
    <message><source>Cu&amp;t</source><translation>Қи&amp;ып алу</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Көшіру</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Кірістіру</translation></message>
    <message><source>Delete</source><translation>Жою</translation></message>
    <message><source>Select All</source><translation>Барлығын таңдау</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>Болдырма&amp;у</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Қайтару</translation></message>
    <message><source>Cu&amp;t</source><translation>Қи&amp;ып алу</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Көшіру</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Сілтеме &amp;адресін көшіру</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Кірістіру</translation></message>
    <message><source>Delete</source><translation>Жою</translation></message>
    <message><source>Select All</source><translation>Барлығын таңдау</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>&amp;Select All</source><translation>&amp;Барлығын таңдау</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Арттыру</translation></message>
    <message><source>Step &amp;down</source><translation>&amp;Азайту</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Қарау орны:</translation></message>
    <message><source>File &amp;name:</source><translation>Файл &amp;аты:</translation></message>
    <message><source>Files of type:</source><translation>Файл түрі:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Ашу</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Сақтау</translation></message>
    <message><source>Back</source><translation>Артқа</translation></message>
    <message><source>Forward</source><translation>Алға</translation></message>
    <message><source>Parent Directory</source><translation>Жоғарғы бума</translation></message>
    <message><source>Create New Folder</source><translation>Жаңа бума жасау</translation></message>
    <message><source>List View</source><translation>Тізім</translation></message>
    <message><source>Detail View</source><translation>Толық көрініс</translation></message>
    <message><source>All Files (*)</source><translation>Барлық файлдар (*)</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Атауы</translation></message>
    <message><source>Size</source><translation>Өлшемі</translation></message>
    <message><source>Date Modified</source><translation>Өзгертілген күні</translation></message>
    <message><source>Type</source><comment>All other platforms</comment><translation>Түрі</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>Ctrl</source><translation>Ctrl</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>%1%</source><translation>%1%</translation></message>
    <message><source>Print Preview</source><translation>Басып шығаруды алдын ала қарау</translation></message>
    <message><source>Print</source><translation>Басып шығару</translation></message>
    <message><source>Fit page</source><translation>Бетке сыйдыру</translation></message>
    <message><source>Fit width</source><translation>Ені бойынша сыйдыру</translation></message>
    <message><source>Zoom in</source><translation>Үлкейту</translation></message>
    <message><source>Zoom out</source><translation>Кішірейту</translation></message>
    <message><source>Portrait</source><translation>Кітаптық</translation></message>
    <message><source>Landscape</source><translation>Альбомдық</translation></message>
    <message><source>Page Setup</source><translation>Бет параметрлері</translation></message>
    <message><source>Page setup</source><translation>Бет параметрлері</translation></message>
    <message><source>Show overview of all pages</source><translation>Барлық беттерге шолу</translation></message>
    <message><source>First page</source><translation>Бірінші бет</translation></message>
    <message><source>Last page</source><translation>Соңғы бет</translation></message>
    <message><source>Previous page</source><translation>Алдыңғы бет</translation></message>
    <message><source>Next page</source><translation>Келесі бет</translation></message>
    <message><source>Show single page</source><translation>Бір бетті көрсету</translation></message>
    <message><source>Show facing pages</source><translation>Қатар тұрған беттерді көрсету</translation></message>
    <message><source>Export to PDF</source><translation>PDF экспорттау</translation></message>
</context>
<context>
    <name>QPrintDialog</name>
    <message><source>Print</source><translation>Басып шығару</translation></message>
    <message><source>&amp;Print</source><translation>&amp;Басып шығару</translation></message>
    <message><source>&amp;Options &gt;&gt;</source><translation>&amp;Параметрлер &gt;&gt;</translation></message>
    <message><source>&amp;Options &lt;&lt;</source><translation>&amp;Параметрлер &lt;&lt;</translation></message>
    <message><source>Print to File (PDF)</source><translation>Файлға басып шығару (PDF)</translation></message>
    <message><source>Print To File ...</source><translation>Файлға басып шығару ...</translation></message>
    <message><source>Local file</source><translation>Жергілікті файл</translation></message>
    <message><source>Write PDF file</source><translation>PDF файлын жазу</translation></message>
    <message><source>All Pages</source><translation>Барлық беттер</translation></message>
    <message><source>Odd Pages</source><translation>Тақ беттер</translation></message>
    <message><source>Even Pages</source><translation>Жұп беттер</translation></message>
    <message><source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source><translation>«Бастап» мәні «дейін» мәнінен үлкен бола алмайды.</translation></message>
    <message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation></message>
    <message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 — бума.
Басқа файл атауын таңдаңыз.</translation></message>
    <message><source>File %1 is not writable.
Please choose a different file name.</source><translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation></message>
    <message><source>Invalid Pages Definition</source><translation>Беттер дұрыс көрсетілмеген</translation></message>
</context>
<context>
    <name>QPrintWidget</name>
    <message><source>Printer</source><translation>Принтер</translation></message>
    <message><source>&amp;Name:</source><translation>&amp;Атауы:</translation></message>
    <message><source>P&amp;roperties</source><translation>&amp;Қасиеттері</translation></message>
    <message><source>Location:</source><translation>Орналасуы:</translation></message>
    <message><source>Preview</source><translation>Алдын ала қарау</translation></message>
    <message><source>Type:</source><translation>Түрі:</translation></message>
    <message><source>Output &amp;file:</source><translation>Шығыс &amp;файлы:</translation></message>
    <message><source>...</source><translation>...</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Copies</source><translation>Көшірмелер</translation></message>
    <message><source>Copies:</source><translation>Көшірмелер саны:</translation></message>
    <message><source>Print range</source><translation>Басып шығару ауқымы</translation></message>
    <message><source>Print all</source><translation>Барлығы</translation></message>
    <message><source>Pages from</source><translation>Беттер:</translation></message>
    <message><source>to</source><translation>—</translation></message>
    <message><source>Pages</source><translation>Беттер</translation></message>
    <message><source>Current Page</source><translation>Ағымдағы бет</translation></message>
    <message><source>Selection</source><translation>Ерекшеленген бөлік</translation></message>
    <message><source>Collate</source><translation>Көшірмелер бойынша сұрыптау</translation></message>
    <message><source>Reverse</source><translation>Кері ретпен</translation></message>
    <message><source>Options</source><translation>Параметрлер</translation></message>
    <message><source>Output Settings</source><translation>Шығыс баптаулары</translation></message>
    <message><source>Color Mode</source><translation>Түс режимі</translation></message>
    <message><source>Color</source><translation>Түсті</translation></message>
    <message><source>Grayscale</source><translation>Сұр реңктер</translation></message>
    <message><source>Double Sided Printing</source><translation>Екі жақты басып шығару</translation></message>
    <message><source>Off</source><translation>Өшірулі</translation></message>
    <message><source>Long side binding</source><translation>Ұзын жағынан түптеу</translation></message>
    <message><source>Short side binding</source><translation>Қысқа жағынан түптеу</translation></message>
    <message><source>Page Set:</source><translation>Беттер жиыны:</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Paper</source><translation>Қағаз</translation></message>
    <message><source>Page size:</source><translation>Бет өлшемі:</translation></message>
    <message><source>Width:</source><translation>Ені:</translation></message>
    <message><source>Height:</source><translation>Биіктігі:</translation></message>
    <message><source>Paper source:</source><translation>Қағаз көзі:</translation></message>
    <message><source>Orientation</source><translation>Бағдар</translation></message>
    <message><source>Portrait</source><translation>Кітаптық</translation></message>
    <message><source>Landscape</source><translation>Альбомдық</translation></message>
    <message><source>Reverse landscape</source><translation>Төңкерілген альбомдық</translation></message>
    <message><source>Reverse portrait</source><translation>Төңкерілген кітаптық</translation></message>
    <message><source>Margins</source><translation>Жиектер</translation></message>
    <message><source>top margin</source><translation>жоғарғы жиек</translation></message>
    <message><source>bottom margin</source><translation>төменгі жиек</translation></message>
    <message><source>left margin</source><translation>сол жақ жиек</translation></message>
    <message><source>right margin</source><translation>оң жақ жиек</translation></message>
    <message><source>Page Layout</source><translation>Беттердің орналасуы</translation></message>
    <message><source>Page order:</source><translation>Беттер реті:</translation></message>
    <message><source>Pages per sheet:</source><translation>Парақтағы беттер саны:</translation></message>
    <message><source>Custom</source><translation>Таңдаулы</translation></message>
    <message><source>Millimeters (mm)</source><translation>Миллиметр (мм)</translation></message>
    <message><source>mm</source><translation>мм</translation></message>
    <message><source>Inches (in)</source><translation>Дюйм (in)</translation></message>
    <message><source>Points (pt)</source><translation>Пункт (pt)</translation></message>
</context>
</TS>
