// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Language.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {
const QString KeyVersion = u"settingsVersion"_s;
const QString KeyLanguage = u"ui/language"_s;
const QString KeyUserName = u"audit/userName"_s;
const QString KeyLastDatabase = u"database/last"_s;
const QString KeyGeometry = u"window/geometry"_s;
const QString KeyState = u"window/state"_s;
const QString KeyRegistrySplitter = u"registry/splitter"_s;
const QString KeyRegistryHeader = u"registry/header"_s;
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate()
{
    // Version 1 is the first; later versions rename or convert keys here.
    if (m_settings->value(KeyVersion, 0).toInt() < Version)
        m_settings->setValue(KeyVersion, Version);
}

core::Language Settings::language() const
{
    const auto stored = core::parseLanguage(m_settings->value(KeyLanguage).toString());
    return stored.value_or(Language::systemDefault());
}

void Settings::setLanguage(core::Language language)
{
    m_settings->setValue(KeyLanguage, core::languageCode(language));
    Q_EMIT changed();
}

QString Settings::userName() const
{
    QString name = m_settings->value(KeyUserName).toString().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"user"_s));
    return name;
}

void Settings::setUserName(const QString& name)
{
    m_settings->setValue(KeyUserName, name.trimmed());
    Q_EMIT changed();
}

QString Settings::lastDatabase() const
{
    return m_settings->value(KeyLastDatabase).toString();
}

void Settings::setLastDatabase(const QString& path)
{
    m_settings->setValue(KeyLastDatabase, path);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(KeyGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(KeyGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(KeyState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(KeyState, state);
}

QByteArray Settings::registrySplitter() const
{
    return m_settings->value(KeyRegistrySplitter).toByteArray();
}

void Settings::setRegistrySplitter(const QByteArray& state)
{
    m_settings->setValue(KeyRegistrySplitter, state);
}

QByteArray Settings::registryHeader() const
{
    return m_settings->value(KeyRegistryHeader).toByteArray();
}

void Settings::setRegistryHeader(const QByteArray& state)
{
    m_settings->setValue(KeyRegistryHeader, state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace ui
