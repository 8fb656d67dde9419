// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ui {

class ReportsArea;

/// The evidence files of one line of a report: each with its size, its SHA-256 and who attached it
/// when. Files are attached, opened and removed through the Reports area (each change is saved at once).
class EvidenceDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { FileName, Size, Hash, Added, ColumnCount };

    EvidenceDialog(ReportsArea& area, const QString& code, QWidget* parent = nullptr);

    /// Lists the line's files anew.
    void refresh();
    [[nodiscard]] QTreeWidget* filesTree() const { return m_files; }

private:
    void onAttach();
    void onOpen();
    void onRemove();
    [[nodiscard]] qint64 currentEvidenceId() const;
    void updateButtons();

    ReportsArea& m_area;
    QString m_code;
    QLabel* m_title;
    QTreeWidget* m_files;
    QLabel* m_note;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace ui
