// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace ui {

/// A date that may be open: a check box ("since"/"until") and a date editor with a calendar popup.
class DateField final : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    [[nodiscard]] QDate date() const; ///< null when unchecked
    void setDate(QDate date);
    void setCheckText(const QString& text);
    void setDisplayFormat(const QString& format);
    [[nodiscard]] QDateEdit* editor() const { return m_edit; }
    [[nodiscard]] QCheckBox* checkBox() const { return m_check; }

Q_SIGNALS:
    void dateChanged();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace ui
