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
</TS>
