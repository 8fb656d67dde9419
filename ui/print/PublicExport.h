// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/PublicationService.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <utility>
#include <vector>

namespace ui {

/// The public export of a year's results (§52) for the operational evaluation internet resource:
/// a self-contained page (index.html), the results and the public indicators as CSV (UTF-8 with a
/// byte order mark, for spreadsheets) and both as an XLSX workbook.
///
/// It shows only what core::PublicationService::publicData() lets through; the withheld items are
/// not named anywhere in the files (a block whose conclusion is withheld looks like one without a
/// published conclusion), and the page says only that confidential information is not published.
///
/// Sentences come from the installed translation (ui::Language::apply), names and texts from
/// `language`, as for the printed documents.
///
/// Where it writes: a folder that does not exist yet, an empty folder, or a folder that holds only
/// an earlier export (index.html and results.csv, and nothing but the export's files), which is
/// replaced. Any other folder (or a symbolic link) is refused, so that nothing of the user's is
/// ever overwritten or removed. The files are written into a temporary folder beside the target
/// and moved in only when all of them were written: the target is either the complete new export
/// or left as it was.
class PublicExport
{
    Q_DECLARE_TR_FUNCTIONS(PublicExport)
public:
    PublicExport(const core::PublicData& data, core::Language language);

    /// The files of an export, in the order they are written.
    [[nodiscard]] static const QStringList& fileNames();
    /// The date on the page; today unless set.
    void setGeneratedOn(QDate date) { m_generatedOn = date; }

    /// "Results of the operational evaluation of the effectiveness of state bodies for 2024"
    [[nodiscard]] static QString title(int year);
    [[nodiscard]] QString html() const;
    /// One row per body and block of its scope.
    [[nodiscard]] QByteArray resultsCsv() const;
    /// One row per public indicator line of a published conclusion.
    [[nodiscard]] QByteArray indicatorsCsv() const;
    /// Writes the workbook (sheets of results and indicators) to `path`.
    [[nodiscard]] core::Result<void> writeXlsx(const QString& path) const;

    /// Whether `dir` may receive an export: it does not exist, is empty, or holds only an earlier
    /// export. FileUnreadable with the reason otherwise.
    [[nodiscard]] static core::Result<void> checkTarget(const QString& dir);
    /// Writes every file into `dir`, all or nothing; returns the file names with their SHA-256.
    /// `progress` counts the rows written (the bodies of the page, the rows of the tables and of
    /// the workbook); stopping it fails with Cancelled, removes what was written so far and leaves
    /// `dir` as it was.
    [[nodiscard]] core::Result<std::vector<std::pair<QString, QString>>>
    writeTo(const QString& dir, const core::Progress& progress = {}) const;

private:
    class Steps;
    struct Column
    {
        enum class Kind { Text, Number, Score };
        QString header;
        double width; ///< characters, for the workbook
        Kind kind = Kind::Text; ///< Score: shown with two decimals in the workbook
    };
    /// Each table as its header and rows of cells (numbers as text, '.' for the decimal point).
    [[nodiscard]] std::vector<Column> resultColumns() const;
    [[nodiscard]] std::vector<QStringList> resultRows() const;
    [[nodiscard]] std::vector<Column> indicatorColumns() const;
    [[nodiscard]] std::vector<QStringList> indicatorRows() const;
    /// The page, the tables and the workbook, each step counted in `steps` (none: not counted);
    /// what they return is incomplete once the steps were stopped.
    [[nodiscard]] QString page(Steps* steps) const;
    [[nodiscard]] static QByteArray csvFile(const std::vector<Column>& columns, const std::vector<QStringList>& rows,
                                            Steps* steps);
    [[nodiscard]] core::Result<void> workbook(const QString& path, const std::vector<QStringList>& results,
                                              const std::vector<QStringList>& indicators, Steps* steps) const;
    [[nodiscard]] QString bodySection(const core::PublicBody& body) const;
    [[nodiscard]] QString number(const std::optional<double>& value, int decimals) const;
    [[nodiscard]] QString change(const std::optional<double>& value) const;
    [[nodiscard]] QString rating(const core::PublicBlock& block) const;

    core::PublicData m_data;
    core::Language m_language;
    QDate m_generatedOn;
};

} // namespace ui
