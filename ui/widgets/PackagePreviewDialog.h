// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/PackageService.h"
#include "core/Text3.h"

#include <functional>
#include <optional>

class QLabel;
class QTreeWidget;

namespace ui {

/// The preview of a report package before it is imported (the dry run): what the package says
/// about itself, whether this very file was imported already, the blocks submitted late, and every
/// change the import would make, old → new. Import applies all of it or nothing.
class PackagePreviewDialog final : public DialogBase
{
    Q_OBJECT
public:
    enum Column { Block, Indicator, Change, OldValue, NewValue, ColumnCount };
    /// The indicator's name in the interface's language, for a block and code.
    using NameOf = std::function<QString(int block, const QString& code)>;

    /// `bodyText`: the body's code and name; `sameFile`: the history's entry of this very file when
    /// it was imported before; `superseded`: the entry this package replaces.
    PackagePreviewDialog(const core::PackageCheck& check, const QString& bodyText,
                         const std::optional<core::ImportedPackage>& sameFile,
                         const std::optional<core::ImportedPackage>& superseded, const NameOf& nameOf,
                         core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] bool canImport() const { return m_canImport; }

    // For tests.
    [[nodiscard]] QTreeWidget* changesTree() const { return m_changes; }
    [[nodiscard]] QLabel* headerLabel() const { return m_header; }
    [[nodiscard]] QLabel* noticeLabel() const { return m_notice; }
    [[nodiscard]] QLabel* lateLabel() const { return m_late; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

private:
    bool m_canImport = true;
    QLabel* m_header;
    QLabel* m_notice;
    QLabel* m_late;
    QLabel* m_summary;
    QTreeWidget* m_changes;
};

} // namespace ui
