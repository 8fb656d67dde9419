// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <functional>

namespace test {

/// A database made once per build of the test executable and `flavour`, then shared by every test
/// process of that build (catch_discover_tests runs each test case in a process of its own, and
/// loading the demo takes seconds, a minute under the sanitizers). `make` writes the database at the
/// path it is given and closes it; returns false on failure. The file is keyed by the executable's
/// path, size and time, so a rebuild makes it anew. Copy it before opening it: it is shared.
inline QString cachedDatabase(const QString& flavour, const std::function<bool(const QString&)>& make)
{
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    const QByteArray id = (exe.absoluteFilePath() + QString::number(exe.size())
                           + QString::number(exe.lastModified().toMSecsSinceEpoch()) + flavour)
                              .toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
    const QDir dir(QDir::temp().filePath(QStringLiteral("bagalau-test-cache")));
    QDir().mkpath(dir.path());
    const QString name = flavour + QLatin1Char('-') + key + QStringLiteral(".db");
    const QString path = dir.filePath(name);
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(15 * 60 * 1000); // making it can take minutes under the sanitizers
    if (!lock.lock())
        return {};
    if (QFileInfo::exists(path))
        return path;
    // Earlier builds' files of this flavour go.
    for (const QString& old : dir.entryList({flavour + QStringLiteral("-*.db")}, QDir::Files))
        if (old != name)
            QFile::remove(dir.filePath(old));
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!make(partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return {};
    }
    return path;
}

} // namespace test
