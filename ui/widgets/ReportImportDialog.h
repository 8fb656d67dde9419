// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PackageService.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace ui {

/// The preview of a return package before it is applied (the dry run of the import): the remarks
/// of the authorized body first, then the other changes, each with the old and the new value.
class ReportImportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Block, Indicator, Change, OldValue, NewValue, ColumnCount };
    /// The indicator's name in the interface's language, for a block and code.
    using NameOf = std::function<QString(int block, const QString& code)>;

    ReportImportDialog(const core::PackageCheck& check, const QString& bodyText, const NameOf& nameOf,
                       QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* changesTree() const { return m_changes; }
    /// The changes in the order shown: remarks first.
    [[nodiscard]] static std::vector<core::PackageChange> ordered(std::vector<core::PackageChange> changes);

private:
    QTreeWidget* m_changes;
};

} // namespace ui
