// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/PackageService.h"
#include "core/Registry.h"
#include "core/Text3.h"

#include <QAbstractTableModel>
#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace ui {

class Session;

/// The templates issued to the bodies, newest first: the body, the year and blocks, who issued it
/// and when, the fingerprint of the body's key and whether that key is still accepted.
class PackageTemplateModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Body, Year, Blocks, IssuedAt, IssuedBy, Fingerprint, KeyState, ColumnCount };
    enum Role {
        TemplateIdRole = Qt::UserRole + 1, ///< qint64
        SortRole,
    };
    enum class KeyStatus { Valid, Expired, Revoked, Unknown };

    struct Row
    {
        core::IssuedTemplate issued;
        std::optional<core::BodyKey> key;
        QString bodyCode;
        core::Text3 bodyName; ///< the short name in force in the template's year
    };

    explicit PackageTemplateModel(Session& session, QObject* parent = nullptr);

    /// Re-reads the templates (of `year`, or all) and the bodies' keys.
    core::Result<void> load(std::optional<int> year);
    void setLanguage(core::Language language);
    /// The day a key's expiry is judged on; QDate::currentDate() unless set (tests).
    void setToday(QDate today);

    [[nodiscard]] const Row& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] KeyStatus keyStatus(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString keyStateText(int row) const;

    Session& m_session;
    core::Language m_language = core::Language::English;
    QDate m_today;
    std::vector<Row> m_rows;
};

/// The bodies as the package tables name them: code and short name in force in a year.
struct PackageBodies
{
    std::map<qint64, core::Body> byId;
    /// Reads every body of the registry.
    [[nodiscard]] static core::Result<PackageBodies> read(Session& session);
    [[nodiscard]] QString code(qint64 id) const;
    [[nodiscard]] core::Text3 shortName(qint64 id, int year) const;
};

} // namespace ui
