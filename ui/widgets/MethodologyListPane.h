// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MethodologyService.h"
#include "core/Text3.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace ui {

/// The left pane of the methodology area: the methodologies by evaluated year, each in two lines
/// (with a "Sample" badge), and the buttons that act on the selected one. Its texts belong to the
/// translation context of MethodologyArea, where they were first written.
class MethodologyListPane final : public QWidget
{
    Q_OBJECT
public:
    explicit MethodologyListPane(QWidget* parent = nullptr);

    /// Lists `summaries` (sorted by year) and makes `selected` current; `detail` gives the second
    /// line of a methodology. It emits nothing.
    void fill(const std::vector<core::MethodologySummary>& summaries, std::optional<qint64> selected,
              core::Language language, const std::function<QString(const core::MethodologySummary&)>& detail);
    /// Sets the second line of methodology `id` without rebuilding the list.
    void setDetail(qint64 id, const QString& detail);
    void updateActions(bool writable, bool selected, bool draft, bool modified);
    void retranslate();

    [[nodiscard]] QPushButton* newButton() const { return m_new; }
    [[nodiscard]] QPushButton* newVersionButton() const { return m_newVersion; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    /// The user made methodology `id` current.
    void methodologySelected(qint64 id);

private:
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_newVersion;
    QPushButton* m_copy;
    QPushButton* m_approve;
    QPushButton* m_delete;
};

} // namespace ui
