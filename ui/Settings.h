// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text3.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>

#include <memory>

namespace ui {

/// The one place that reads and writes QSettings: one accessor per key, its default beside it.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int Version = 1;

    /// The user's settings (QSettings' default location), or an INI file (tests).
    explicit Settings(QObject* parent = nullptr);
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    [[nodiscard]] core::Language language() const;
    void setLanguage(core::Language language);

    /// The name written in the audit trail; the login name until the user chooses one.
    [[nodiscard]] QString userName() const;
    void setUserName(const QString& name);

    [[nodiscard]] QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    [[nodiscard]] QByteArray registrySplitter() const;
    void setRegistrySplitter(const QByteArray& state);
    [[nodiscard]] QByteArray registryHeader() const;
    void setRegistryHeader(const QByteArray& state);

    void sync();

Q_SIGNALS:
    void changed();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ui
