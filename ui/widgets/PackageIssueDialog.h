// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Registry.h"
#include "core/Text3.h"

#include <QDate>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ui {

class Session;

/// Chooses the body and the year of a template: the evaluated bodies of the year (§17), filtered
/// by code or name in the interface's language.
class PackageIssueDialog final : public DialogBase
{
    Q_OBJECT
public:
    PackageIssueDialog(Session& session, core::Language language, int year, QWidget* parent = nullptr);

    [[nodiscard]] int year() const;
    [[nodiscard]] std::optional<qint64> bodyId() const;
    [[nodiscard]] QString bodyCode() const;
    /// Selects a body of the list; false when it is not shown.
    bool selectBody(const QString& code);

    // For tests.
    [[nodiscard]] QSpinBox* yearSpinBox() const { return m_year; }
    [[nodiscard]] QLineEdit* filterLineEdit() const { return m_filter; }
    [[nodiscard]] QListWidget* bodyList() const { return m_bodies; }

private:
    void loadBodies();
    void applyFilter();
    void updateButtons();

    Session& m_session;
    core::Language m_language;
    QSpinBox* m_year;
    QLineEdit* m_filter;
    QListWidget* m_bodies;
    QLabel* m_scope;
    std::vector<int> m_withMethodology; ///< the blocks with a methodology in effect in the year
};

/// Says that a template was issued and saved: the fingerprint of the body's key, and that the file
/// holds the body's signing key and is handed over like a password.
class PackageIssuedDialog final : public QDialog
{
    Q_OBJECT
public:
    PackageIssuedDialog(const QString& bodyText, int year, const QString& path, const QString& fingerprint,
                        QDate expiresOn, core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* fingerprintLabel() const { return m_fingerprint; }
    [[nodiscard]] QLabel* warningLabel() const { return m_warning; }

private:
    QLabel* m_fingerprint;
    QLabel* m_warning;
};

} // namespace ui
